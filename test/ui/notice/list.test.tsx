/**
 * 消息中心: the server's notices newest first with unread ones marked in words, more on 加载更多, a tap reads the
 * notice and opens its order, 全部已读 clears every mark and the count.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { NoticeView } from '../../../types/notices';
import NoticeListPage from '../../../src/app/notice/list';
import { ROUTES } from '../../../src/utils/routes';
import { me } from '../builders';
import { api } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const notice = (id: string, over: Partial<NoticeView> = {}): NoticeView => ({
  id, kind: 'progress', orderId: `o${id}`, title: '厨房水龙头漏水', text: '党员张建国更新了进度', at: '2026-11-20T02:00:00.000Z', read: false, ...over,
});

const first = [
  notice('3', { kind: 'new_order', title: '老人摔倒', text: '【危及生命】新需求，请在15分钟内受理', at: '2026-11-20T04:00:00.000Z' }),
  notice('2', { kind: 'done', text: '服务已完成，请确认并评价', at: '2026-11-20T03:00:00.000Z' }),
  notice('1', { read: true }),
];

const ids = () => screen.getAllByTestId('notice').map((n) => n.getAttribute('data-notice-id'));
const unreadIds = () => screen.getAllByTestId('notice').filter((n) => within(n).queryByTestId('notice-unread')).map((n) => n.getAttribute('data-notice-id'));

beforeEach(() => (Taro.navigateTo as jest.Mock).mockClear());

test('lists notices as the server orders them (newest first), marks the unread ones and pages on', async () => {
  api.on('notice.list', ({ cursor }) =>
    cursor === 'c2' ? { items: [notice('0', { read: true, at: '2026-11-19T02:00:00.000Z' })], nextCursor: null, unread: 2 } : { items: first, nextCursor: 'c2', unread: 2 },
  );
  await renderAs(me(['staff']), <NoticeListPage />);
  await waitFor(() => expect(ids()).toEqual(['3', '2', '1']));
  expect(unreadIds()).toEqual(['3', '2']);
  expect(screen.getByTestId('notices-unread')).toHaveTextContent('2 条未读');
  const urgent = screen.getAllByTestId('notice')[0];
  expect(urgent).toHaveTextContent('新需求');
  expect(urgent).toHaveTextContent('老人摔倒');
  expect(urgent).toHaveTextContent('【危及生命】新需求，请在15分钟内受理');

  fireEvent.click(screen.getByText('加载更多'));
  await waitFor(() => expect(ids()).toEqual(['3', '2', '1', '0']));
  expect(api.callsOf('notice.list')).toEqual([{}, { cursor: 'c2' }]);
  expect(screen.getByText('没有更多了')).toBeInTheDocument();
});

test('a tap marks the notice read and opens its order', async () => {
  api.on('notice.list', () => ({ items: first, nextCursor: null, unread: 2 }));
  api.on('notice.read', () => ({ unread: 1 }));
  await renderAs(me(['staff']), <NoticeListPage />);
  await waitFor(() => expect(ids()).toEqual(['3', '2', '1']));

  fireEvent.click(screen.getAllByTestId('notice')[0]);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.order}?id=o3` });
  expect(api.callsOf('notice.read')).toEqual([{ ids: ['3'] }]);
  await waitFor(() => expect(unreadIds()).toEqual(['2']));
  expect(screen.getByTestId('notices-unread')).toHaveTextContent('1 条未读');

  // A notice already read opens its order without asking the server again.
  fireEvent.click(screen.getAllByTestId('notice')[2]);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.order}?id=o1` });
  expect(api.callsOf('notice.read')).toHaveLength(1);
});

test('a notice about a 微心愿 opens the wish page', async () => {
  api.on('notice.list', () => ({ items: [notice('9', { kind: 'wish_returned', orderId: 'w9', read: true })], nextCursor: null, unread: 0 }));
  await renderAs(me(['staff']), <NoticeListPage />);
  fireEvent.click(await screen.findByTestId('notice'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.wish}?id=w9` });
});

test('全部已读 marks everything read; with nothing unread it cannot be pressed', async () => {
  api.on('notice.list', () => ({ items: first, nextCursor: null, unread: 2 }));
  api.on('notice.read', () => ({ unread: 0 }));
  await renderAs(me(['resident']), <NoticeListPage />);
  await waitFor(() => expect(unreadIds()).toEqual(['3', '2']));

  fireEvent.click(screen.getByText('全部已读'));
  await waitFor(() => expect(screen.queryAllByTestId('notice-unread')).toHaveLength(0));
  expect(api.callsOf('notice.read')).toEqual([{ all: true }]);
  expect(screen.getByTestId('notices-unread')).toHaveTextContent('没有未读消息');
  expect(screen.getByText('全部已读').closest('.nut-button')).toHaveClass('nut-button-disabled');
});

test('no notices yet: says so', async () => {
  api.on('notice.list', () => ({ items: [], nextCursor: null, unread: 0 }));
  await renderAs(me(['resident']), <NoticeListPage />);
  expect(await screen.findByText('暂无消息')).toBeInTheDocument();
});
