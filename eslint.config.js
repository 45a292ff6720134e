// Lint: TypeScript's recommended rules everywhere, and the house's boundaries:
// the domain stays pure (no Taro, no WeChat SDK, no database), and the shared contracts import nothing at run time.
const tseslint = require('typescript-eslint');

const IO_PACKAGES = ['@tarojs/*', 'wx-server-sdk', '@cloudbase/*', '@electric-sql/*', 'pg', 'node:*', 'fs', 'http', 'zod'];

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cloudfunctions/**', '.data/**', '.temp/**', 'stubs/**', 'coverage/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['cloud/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: IO_PACKAGES, message: 'The domain is pure: no Taro, WeChat SDK, database or I/O here.' },
            { group: ['../store/*', '../actions/*', '../host/*', '../platform/*'], message: 'The domain depends on nothing outside it but types/.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Use ctx.now; the clock is injected.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use ctx.now; the clock is injected.' }],
    },
  },
  {
    files: ['types/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./)', message: 'types/ is the shared contract: no runtime dependencies.' }] }],
    },
  },
);
