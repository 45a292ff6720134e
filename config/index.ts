// Taro build configuration. Types only from @tarojs/cli: a runtime import loads a native binding the build does not need.
import type { UserConfigExport } from '@tarojs/cli';
import { resolve } from 'node:path';
import { ariaComponents } from './aria';
import { h5Copy, h5CssOutput, h5Output, h5WebpackChain } from './h5';
import { sharedBySubpackages, weappWebpackChain } from './weapp';

const defineConfig = (config: UserConfigExport<'webpack5'>) => config;

/**
 * WeChat reads sitemap.json (which pages its search may index) beside app.json, and shared cards name their image by
 * package path; Taro copies neither.
 */
const weappCopy = {
  patterns: [
    { from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' },
    { from: 'src/assets/share.png', to: 'dist/weapp/assets/share.png' },
  ],
  options: {},
};

/**
 * Packages Taro does not compile (it compiles only node_modules paths containing "taro") that ship syntax newer than
 * the ES2017 floor of package.json's browserslist: immer uses optional chaining.
 */
const modernPackages = (file: string) => /node_modules[\\/]immer[\\/]/.test(file);

/** What Taro compiles beyond src/: types/ (constants the pages import: input limits, queue tabs) and the packages above. */
const compile = { include: [resolve(__dirname, '..', 'types'), modernPackages] };

export default defineConfig({
  projectName: 'sandan',
  date: '2026-11-21',
  // NutUI is drawn at 375; our own styles at 750.
  designWidth: (input: any) => (input?.file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750),
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: `dist/${process.env.TARO_ENV}`,
  plugins: ['@tarojs/plugin-html', ['@tarojs/plugin-inject', { components: ariaComponents }]],
  // Client settings come only through TARO_APP_* variables (typed in types/global.d.ts).
  env: {
    TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
    TARO_APP_SUBSCRIBE_TMPL_ACCEPT: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TMPL_ACCEPT ?? ''),
    TARO_APP_SUBSCRIBE_TMPL_PROGRESS: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TMPL_PROGRESS ?? ''),
    TARO_APP_SUBSCRIBE_TMPL_DONE: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TMPL_DONE ?? ''),
    TARO_APP_SUBSCRIBE_TMPL_REJECTED: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TMPL_REJECTED ?? ''),
    TARO_APP_SUBSCRIBE_TMPL_NEW_ORDER: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TMPL_NEW_ORDER ?? ''),
  },
  defineConstants: {},
  framework: 'react',
  compiler: { type: 'webpack5', prebundle: { enable: false } },
  cache: { enable: false },
  copy: process.env.TARO_ENV === 'h5' ? h5Copy : weappCopy,
  mini: {
    compile,
    // Modules two subpackages use stay once in the main package (config/weapp.ts).
    optimizeMainPackage: { enable: true, exclude: [sharedBySubpackages] },
    webpackChain: weappWebpackChain,
    // NutUI's per-component stylesheets have no order between them that matters.
    miniCssExtractPluginOption: { ignoreOrder: true },
    postcss: {
      pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
      cssModules: { enable: false },
    },
  },
  h5: {
    compile,
    output: h5Output,
    webpackChain: h5WebpackChain,
    miniCssExtractPluginOption: h5CssOutput,
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    postcss: {
      pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
      autoprefixer: { enable: true },
    },
  },
});
