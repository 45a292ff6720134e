/**
 * The browser's login page: the six digits from 我的 → 电脑登录 sign in and go home; a wrong code says why in
 * Chinese; demo accounts appear only while the host's demo login is on.
 */
import { fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Login from '../../../src/pages/login';
import { SessionProvider } from '../../../src/services/session';
import { tokenStore } from '../../../src/services/transport';
import { ROUTES } from '../../../src/utils/routes';
import { ERROR_MESSAGES } from '../../../types/errors';
import { me } from '../builders';
import { api } from '../fake-api';
import { screen, waitFor } from '../render';

const request = Taro.request as jest.Mock;
const devLoginOff = { statusCode: 404, data: { code: 'AUTH.DEV_LOGIN_OFF', message: '演示登录未开启' } };

function host(pcLogin: (code: string) => { statusCode: number; data: unknown }, accounts: { statusCode: number; data: unknown } = devLoginOff) {
  request.mockImplementation(async ({ url, data }: { url: string; data: { code: string } }) => {
    if (url === '/auth/dev-accounts') return accounts;
    if (url === '/auth/pc-login') return pcLogin(data.code);
    throw new Error(`unexpected ${url}`);
  });
}

function renderLogin() {
  tokenStore.clear();
  render(
    <SessionProvider>
      <Login />
    </SessionProvider>,
  );
}

async function enterCode(code: string) {
  fireEvent.change(await screen.findByLabelText('电脑登录码', { selector: 'input' }), { target: { value: code } });
  fireEvent.click(screen.getByText('登录'));
}

beforeEach(() => {
  request.mockReset();
  (Taro.switchTab as jest.Mock).mockClear();
});

test('the right code signs in with the host\'s token and goes home', async () => {
  host((code) => (code === '123456' ? { statusCode: 200, data: { code: 0, data: { token: 'pc-token' } } } : { statusCode: 401, data: {} }));
  api.on('session.me', () => me(['staff']));
  renderLogin();
  expect(screen.queryByText(/【演示】/)).not.toBeInTheDocument();
  await enterCode('123456');
  await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.home }));
  expect(tokenStore.get()).toBe('pc-token');
  expect(api.callsOf('session.me').length).toBeGreaterThan(0);
});

test('a wrong code: the host\'s Chinese message, no sign-in', async () => {
  host(() => ({ statusCode: 401, data: { code: 'AUTH.CODE_INVALID', message: ERROR_MESSAGES['AUTH.CODE_INVALID'] } }));
  renderLogin();
  await enterCode('000000');
  expect(await screen.findByText('登录码不正确或已过期，请在小程序“我的 → 电脑登录”重新获取')).toBeInTheDocument();
  expect(Taro.switchTab).not.toHaveBeenCalled();
  expect(tokenStore.get()).toBe('');
});

test('demo accounts are offered beside the code while the host\'s demo login is on', async () => {
  host(() => ({ statusCode: 401, data: {} }), { statusCode: 200, data: { code: 0, data: [{ openid: 'demo-staff', name: '李社工', label: '社区工作人员' }] } });
  renderLogin();
  expect(await screen.findByText('【演示】社区工作人员 · 李社工')).toBeInTheDocument();
  expect(screen.getByLabelText('电脑登录码', { selector: 'input' })).toBeInTheDocument();
});
