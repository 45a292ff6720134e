// Every UI test starts from the same client state; the TARO_ENV is the browser's.
process.env.TARO_ENV = 'h5';
process.env.TARO_APP_API_BASE = '';

import '@testing-library/jest-dom';
import Taro from '@tarojs/taro';
import { api } from './fake-api';

jest.mock('../../src/services/transport', () => {
  const { api: fake } = jest.requireActual('./fake-api');
  let token = 'ui-test-token';
  return {
    transport: {
      call: (action: string, data: unknown) => fake.handle(action, data),
      upload: async (path: string) => {
        fake.uploads.push(path);
        return `/files/${'0'.repeat(8)}-0000-0000-0000-${String(fake.uploads.length).padStart(12, '0')}.png`;
      },
    },
    tokenStore: { get: () => token, set: (t: string) => (token = t), clear: () => (token = '') },
    apiBase: () => '',
    talksToHost: () => true,
  };
});

beforeEach(() => {
  api.reset();
  Taro.clearStorage();
});
