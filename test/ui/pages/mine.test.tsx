/**
 * 我的: never blank — a failed look-up says why with 重试; 消息中心 is a row with the unread count, also on the tab.
 */
import { fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Mine from '../../../src/pages/mine';
import { SessionProvider } from '../../../src/services/session';
import { ROUTES } from '../../../src/utils/routes';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen } from '../render';

beforeEach(() => {
  (Taro.navigateTo as jest.Mock).mockClear();
  (Taro.setTabBarBadge as jest.Mock).mockClear();
});

test('the first look-up fails: the reason and 重试 instead of a blank page', async () => {
  let fail = true;
  api.on('session.me', () => (fail ? refuse('NETWORK.OFFLINE') : me(['resident'])));
  api.on('notice.list', () => ({ items: [], nextCursor: null, unread: 0 }));
  render(
    <SessionProvider>
      <Mine />
    </SessionProvider>,
  );
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  fail = false;
  fireEvent.click(screen.getByText('重试'));
  expect(await screen.findByText('消息中心')).toBeInTheDocument();
});

test('消息中心 shows the unread count, sets the tab badge and opens the centre', async () => {
  api.on('notice.list', () => ({ items: [], nextCursor: null, unread: 120 }));
  await renderAs(me(['resident']), <Mine />);
  const row = await screen.findByTestId('mine-notices');
  expect(await screen.findByText('120 条未读')).toBeInTheDocument();
  expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 1, text: '99+' });
  fireEvent.click(row);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.notices });
});
