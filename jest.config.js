/**
 * Two projects: `node` (domain, store contract, actions over HTTP, jobs) against the real store, one worker as the
 * databases want; `ui` (components and pages) in jsdom with Taro's components mapped to HTML stand-ins.
 */
const nutuiImport = [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    style: false,
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
  },
];

module.exports = {
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/ui/', '/test/e2e/', '/test/weapp/'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
    },
    {
      // The H5 build in real Chromium against the real local host.
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
    },
    {
      // The compiled weapp build in miniprogram-simulate (which needs a DOM).
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/weapp'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
      transformIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/ui'],
      testMatch: ['**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/ui/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/test/ui/stubs/components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/ui/stubs/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/ui/stubs/style.js',
      },
      transformIgnorePatterns: ['/node_modules/(?!(@nutui|@swc/helpers|@qiun)/)'],
      transform: {
        '^.+\\.[jt]sx?$': [
          'babel-jest',
          {
            configFile: false,
            babelrc: false,
            presets: [['@babel/preset-env', { targets: { node: 'current' } }], ['@babel/preset-react', { runtime: 'automatic' }], '@babel/preset-typescript'],
            plugins: [nutuiImport],
          },
        ],
      },
    },
  ],
};
