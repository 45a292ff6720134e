/**
 * 首页: a failed first look-up says why and offers 重试 (and loads by itself when the network returns); the unread
 * count shows on the page and as the 我的 tab's badge; a member sees assignments waiting with the time left; staff
 * see 待受理 marked when an urgent order waits.
 */
import { act, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { OrderView, QueuePage } from '../../../types/views';
import Home from '../../../src/pages/index';
import { SessionProvider } from '../../../src/services/session';
import { ROUTES } from '../../../src/utils/routes';
import { me, orderDetail } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';
import { network } from '../stubs/taro';

const resident = me(['resident']);
const menu = { community: resident.communities[0], categories: [{ id: 'k1', communityId: 'c1', group: '生活服务', name: '水电维修', icon: '', basePoints: 5, sort: 0, photoRequired: true, defaultPriority: 'normal' as const, active: true, fields: [] }], grids: [], teams: [], residentTags: [] };
const view = (over: Partial<OrderView>): OrderView => {
  const { timeline: _t, ...v } = orderDetail(over);
  return v;
};

beforeEach(() => {
  api.on('menu.get', () => menu);
  api.on('notice.list', () => ({ items: [], nextCursor: null, unread: 0 }));
  for (const fn of [Taro.navigateTo, Taro.setTabBarBadge, Taro.removeTabBarBadge, Taro.redirectTo]) (fn as jest.Mock).mockClear();
});

test('the first look-up fails on a weak network: a clear message and 重试, which loads the page', async () => {
  let fail = true;
  api.on('session.me', () => (fail ? refuse('NETWORK.OFFLINE') : resident));
  render(
    <SessionProvider>
      <Home />
    </SessionProvider>,
  );
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  expect(Taro.redirectTo).not.toHaveBeenCalled();
  fail = false;
  fireEvent.click(screen.getByText('重试'));
  expect(await screen.findByText('我要点单')).toBeInTheDocument();
  expect(screen.queryByText('重试')).not.toBeInTheDocument();
});

test('the page loads by itself when the network comes back', async () => {
  let fail = true;
  api.on('session.me', () => (fail ? refuse('NETWORK.OFFLINE') : resident));
  render(
    <SessionProvider>
      <Home />
    </SessionProvider>,
  );
  expect(await screen.findByText('重试')).toBeInTheDocument();
  fail = false;
  act(() => network.change(false));
  expect(api.callsOf('session.me')).toHaveLength(1);
  act(() => network.change(true));
  expect(await screen.findByText('我要点单')).toBeInTheDocument();
});

test('the service menu failing to load says so with 重试', async () => {
  let fail = true;
  api.on('menu.get', () => (fail ? refuse('NETWORK.OFFLINE') : menu));
  await renderAs(resident, <Home />);
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  fail = false;
  fireEvent.click(screen.getByText('重试'));
  expect(await screen.findByText('水电维修')).toBeInTheDocument();
});

test('unread notices: counted on the page and as the 我的 tab badge; the entry opens 消息中心', async () => {
  api.on('notice.list', () => ({ items: [], nextCursor: null, unread: 3 }));
  await renderAs(resident, <Home />);
  expect(await screen.findByTestId('home-unread')).toHaveTextContent('3 条未读');
  expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 1, text: '3' });
  expect(api.callsOf('notice.list')).toEqual([{ limit: 1 }]);
  fireEvent.click(screen.getByTestId('home-notices'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.notices });
});

test('nothing unread: no count and the badge is removed', async () => {
  await renderAs(resident, <Home />);
  await waitFor(() => expect(Taro.removeTabBarBadge).toHaveBeenCalledWith({ index: 1 }));
  expect(Taro.setTabBarBadge).not.toHaveBeenCalled();
  expect(screen.queryByTestId('home-unread')).not.toBeInTheDocument();
});

test('a member sees the assignments waiting for an answer with the time left', async () => {
  const answerBy = new Date(Date.now() + 5 * 3600_000 - 60_000).toISOString();
  const waiting = view({ id: 'o7', title: '陪老人去医院', status: 'assigned', answerBy, actions: ['accept', 'decline'] });
  const held = view({ id: 'o8', title: '代买药品', status: 'in_progress', actions: ['progress', 'complete', 'release'] });
  api.on('order.myClaims', () => ({ items: [held, waiting], nextCursor: null }));
  await renderAs(me([['member', 'verified']], '张建国'), <Home />);
  const items = await screen.findAllByTestId('assignment');
  expect(items.map((i) => i.getAttribute('data-order-id'))).toEqual(['o7']);
  expect(screen.getByTestId('assignments')).toHaveTextContent('社区指派给您 1 个需求，待您响应');
  expect(screen.getByTestId('assignment-left')).toHaveTextContent('剩余5小时');
  fireEvent.click(screen.getByText('去响应'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.order}?id=o7` });
});

test('staff: 待受理 is marked when an urgent order waits (the queue puts it first), not otherwise', async () => {
  const counts = { submitted: 2, dispatched: 0, open: 0, assigned: 0, in_progress: 0, awaiting_rating: 0, overdue: 0, escalated: 0, closed: 0 };
  let top = view({ urgency: 'urgent' });
  api.on('order.queue', (): QueuePage => ({ items: [top], nextCursor: null, counts }));
  const { unmount } = await renderAs(me(['staff'], '李娟'), <Home />);
  expect(await screen.findByTestId('urgent-mark')).toHaveTextContent('有紧急');
  expect(screen.getByTestId('count-submitted')).toHaveTextContent('2');
  unmount();

  top = view({ urgency: 'normal', acceptOverdue: true });
  const second = await renderAs(me(['staff'], '李娟'), <Home />);
  expect(await screen.findByTestId('urgent-mark')).toHaveTextContent('受理超时');
  second.unmount();

  top = view({ urgency: 'normal' });
  await renderAs(me(['staff'], '李娟'), <Home />);
  await waitFor(() => expect(screen.getByTestId('count-submitted')).toHaveTextContent('2'));
  expect(screen.queryByTestId('urgent-mark')).not.toBeInTheDocument();
});

test('every role\'s home has a 微心愿 and a 议事 entry; only community staff go to 微心愿管理, the rest to the wall', async () => {
  const counts = { submitted: 0, dispatched: 0, open: 0, assigned: 0, in_progress: 0, awaiting_rating: 0, overdue: 0, escalated: 0, closed: 0 };
  api.on('order.queue', (): QueuePage => ({ items: [], nextCursor: null, counts }));
  api.on('order.myClaims', () => ({ items: [], nextCursor: null }));
  const homes: [string, ReturnType<typeof me>, string][] = [
    ['resident', resident, ROUTES.wishWall],
    ['member', me([['member', 'verified']], '张建国'), ROUTES.wishWall],
    ['staff', me(['staff'], '李娟'), ROUTES.wishManage],
    ['grid worker', me(['grid_worker'], '钱丽'), ROUTES.wishWall],
    ['street', me(['street_staff'], '周明'), ROUTES.wishWall],
  ];
  for (const [who, person, wishes] of homes) {
    (Taro.navigateTo as jest.Mock).mockClear();
    const { unmount } = await renderAs(person, <Home />);
    fireEvent.click(await screen.findByTestId('home-wish'));
    fireEvent.click(screen.getByTestId('home-topic'));
    expect([who, (Taro.navigateTo as jest.Mock).mock.calls.map(([a]) => a.url)]).toEqual([who, [wishes, ROUTES.topics]]);
    unmount();
  }
  // A grid worker also posts a wish met on their rounds.
  (Taro.navigateTo as jest.Mock).mockClear();
  await renderAs(me(['grid_worker'], '钱丽'), <Home />);
  fireEvent.click(await screen.findByTestId('home-wish-post'));
  expect((Taro.navigateTo as jest.Mock).mock.calls.map(([a]) => a.url)).toEqual([ROUTES.wishPost]);
});
