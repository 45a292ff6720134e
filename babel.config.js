// Taro's preset for React + TypeScript, and NutUI components imported on demand with their CSS
// (SETUP.md: the `customName` form is the one that builds on NutUI 3.0.20).
const presetTaro = require('babel-preset-taro');

const presetEnv = require(require.resolve('@babel/preset-env', { paths: [require.resolve('babel-preset-taro')] }));

/**
 * babel-preset-taro with @babel/preset-env's `bugfixes` on (Taro does not pass that option through): for the
 * browserslist targets, Safari's few destructuring and parameter bugs get small targeted fixes instead of compiling
 * all destructuring, default parameters and template literals down to ES5 with helpers.
 */
function taroWithBugfixes(api, options) {
  const config = presetTaro(api, options);
  for (const o of config.overrides) {
    const env = (o.presets ?? []).find((p) => Array.isArray(p) && p[0] === presetEnv);
    if (env) env[1] = { ...env[1], bugfixes: true };
  }
  return config;
}

module.exports = {
  presets: [[taroWithBugfixes, { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    './config/babel-swc-helpers',
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        style: 'css',
        camel2DashComponentName: false,
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
      },
      'nutui-react-taro',
    ],
  ],
};
