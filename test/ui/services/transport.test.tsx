/**
 * A weapp built against a self-hosted host: calls go over HTTP to that host, and a missing or expired token is
 * renewed with wx.login → POST /auth/wechat, once, before the call is tried again.
 */
import Taro from '@tarojs/taro';
import { ERROR_MESSAGES } from '../../../types/errors';

process.env.TARO_ENV = 'weapp';
process.env.TARO_APP_API_BASE = 'https://host.example';
// The real transport (setup.ts replaces it for every other test), built as that weapp.
const { transport, tokenStore } = jest.requireActual('../../../src/services/transport');

afterAll(() => {
  process.env.TARO_ENV = 'h5';
  process.env.TARO_APP_API_BASE = '';
});

const request = Taro.request as jest.Mock;
const login = Taro.login as jest.Mock;
const authRequired = { statusCode: 200, data: { code: 'AUTH.REQUIRED', message: ERROR_MESSAGES['AUTH.REQUIRED'] } };

/** The host: /api answers from `api` (given the Authorization header), /auth/wechat from `wechat`. */
function host(api: (auth: string | undefined) => unknown, wechat: (code: string) => unknown) {
  request.mockImplementation(async ({ url, data, header }: { url: string; data: { code: string }; header?: Record<string, string> }) => {
    if (url === 'https://host.example/api') return api(header?.Authorization);
    if (url === 'https://host.example/auth/wechat') return wechat(data.code);
    throw new Error(`unexpected ${url}`);
  });
}

const apiCalls = () => request.mock.calls.filter(([o]) => o.url.endsWith('/api'));

beforeEach(() => {
  request.mockReset();
  login.mockClear();
  tokenStore.clear();
});

test('an expired token: signs in with wx.login\'s code, keeps the new token and retries the call', async () => {
  tokenStore.set('expired');
  host(
    (auth) => (auth === 'Bearer fresh' ? { statusCode: 200, data: { code: 0, data: { ok: true } } } : authRequired),
    (code) => ({ statusCode: 200, data: code === 'wx-login-code' ? { code: 0, data: { token: 'fresh' } } : { code: 'AUTH.WECHAT_FAILED', message: '' } }),
  );
  expect(await transport.call('session.me', {})).toEqual({ code: 0, data: { ok: true } });
  expect(login).toHaveBeenCalledTimes(1);
  expect(apiCalls()).toHaveLength(2);
  expect(apiCalls()[0][0]).toMatchObject({ method: 'POST', data: { action: 'session.me', data: {} } });
  expect(tokenStore.get()).toBe('fresh');
});

test('signs in again only once: a second AUTH.REQUIRED is returned to the caller', async () => {
  host(() => authRequired, () => ({ statusCode: 200, data: { code: 0, data: { token: 'fresh' } } }));
  expect(await transport.call('session.me', {})).toMatchObject({ code: 'AUTH.REQUIRED' });
  expect(login).toHaveBeenCalledTimes(1);
  expect(apiCalls()).toHaveLength(2);
});

test('WeChat refuses the code: the call is not retried and nothing is stored', async () => {
  host(() => authRequired, () => ({ statusCode: 401, data: { code: 'AUTH.WECHAT_FAILED', message: ERROR_MESSAGES['AUTH.WECHAT_FAILED'] } }));
  expect(await transport.call('session.me', {})).toMatchObject({ code: 'AUTH.REQUIRED' });
  expect(apiCalls()).toHaveLength(1);
  expect(tokenStore.get()).toBe('');
});
