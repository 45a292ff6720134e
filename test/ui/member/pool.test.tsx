/**
 * 接单大厅: the filters and sort go to order.pool, a claim is confirmed before it is sent, losing the race says so
 * and takes the card away, a member still under review is told so (not shown an error), and more loads on demand.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MenuView, OrderView } from '../../../types/views';
import PoolPage from '../../../src/app/member/pool';
import { ROUTES } from '../../../src/utils/routes';
import { api, refuse } from '../fake-api';
import { masked, me, orderDetail } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const menu = (): MenuView => ({
  community: { id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' },
  categories: [
    { id: 'c1-k1', communityId: 'c1', group: '生活服务', name: '水电维修', icon: 'water', basePoints: 5, sort: 0, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
    { id: 'c1-k2', communityId: 'c1', group: '十大公益岗', name: '助老服务', icon: 'elder', basePoints: 6, sort: 1, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
  ],
  grids: [
    { id: 'c1-g1', communityId: 'c1', name: '第一网格' },
    { id: 'c1-g2', communityId: 'c1', name: '第二网格' },
  ],
  teams: [],
  residentTags: [],
});

/** An open pool order as a verified member browsing the pool sees it. */
const poolOrder = (id: string, title: string, over: Partial<OrderView> = {}): OrderView => {
  const { timeline: _t, ...view } = masked({
    id, title, status: 'open', mode: 'pool', points: 8, deadline: '2099-01-01T00:00:00.000Z', actions: ['claim'], ...over,
  });
  return view;
};

const verified = () => me([['member', 'verified']], '张建国');

beforeEach(() => {
  (Taro.navigateTo as jest.Mock).mockClear();
  api.on('menu.get', menu);
});

test('lists open orders with their points and time left, each with 我来接单', async () => {
  api.on('order.pool', () => ({ items: [poolOrder('o1', '厨房水龙头漏水'), poolOrder('o2', '陪老人去医院', { points: 6 })], nextCursor: null }));
  await renderAs(verified(), <PoolPage />);
  const cards = await screen.findAllByTestId('order-card');
  expect(cards).toHaveLength(2);
  expect(cards[0]).toHaveTextContent('厨房水龙头漏水');
  expect(cards[0]).toHaveTextContent('8 积分');
  expect(cards[0]).toHaveTextContent(/剩余\d+天/);
  expect(cards[1]).toHaveTextContent('6 积分');
  expect(screen.getAllByTestId('claim-button').map((b) => b.textContent)).toEqual(['我来接单', '我来接单']);
  expect(api.callsOf('order.pool')[0]).toEqual({ communityId: 'c1', sort: 'deadline' });
  expect(screen.getByText('没有更多了')).toBeInTheDocument();
});

test('category, grid and sort are sent to order.pool', async () => {
  api.on('order.pool', () => ({ items: [poolOrder('o1', '厨房水龙头漏水')], nextCursor: null }));
  await renderAs(verified(), <PoolPage />);
  await screen.findAllByTestId('order-card');

  const category = (await screen.findAllByTestId('pool-category')).find((c) => c.textContent === '助老服务')!;
  fireEvent.click(category);
  await waitFor(() => expect(api.callsOf('order.pool').at(-1)).toEqual({ communityId: 'c1', categoryId: 'c1-k2', sort: 'deadline' }));
  expect(category).toHaveAttribute('aria-checked', 'true');

  fireEvent.click(screen.getAllByTestId('pool-grid').find((g) => g.textContent === '第二网格')!);
  await waitFor(() => expect(api.callsOf('order.pool').at(-1)).toEqual({ communityId: 'c1', categoryId: 'c1-k2', gridId: 'c1-g2', sort: 'deadline' }));

  fireEvent.click(screen.getByTestId('pool-sort-newest'));
  await waitFor(() => expect(api.callsOf('order.pool').at(-1)).toEqual({ communityId: 'c1', categoryId: 'c1-k2', gridId: 'c1-g2', sort: 'newest' }));

  fireEvent.click(screen.getAllByTestId('pool-category').find((c) => c.textContent === '全部')!);
  await waitFor(() => expect(api.callsOf('order.pool').at(-1)).toEqual({ communityId: 'c1', gridId: 'c1-g2', sort: 'newest' }));
});

test('a filter with nothing in it offers to show everything again', async () => {
  api.on('order.pool', (q) => ({ items: q.gridId ? [] : [poolOrder('o1', '厨房水龙头漏水')], nextCursor: null }));
  await renderAs(verified(), <PoolPage />);
  await screen.findAllByTestId('order-card');
  fireEvent.click(screen.getAllByTestId('pool-grid').find((g) => g.textContent === '第一网格')!);
  expect(await screen.findByText('没有符合条件的需求')).toBeInTheDocument();
  fireEvent.click(screen.getByText('查看全部'));
  expect(await screen.findByTestId('order-card')).toBeInTheDocument();
  expect(api.callsOf('order.pool').at(-1)).toEqual({ communityId: 'c1', sort: 'deadline' });
});

test('claiming asks first; 再想想 sends nothing', async () => {
  api.on('order.pool', () => ({ items: [poolOrder('o1', '厨房水龙头漏水')], nextCursor: null }));
  api.on('order.claim', () => orderDetail({ status: 'in_progress' }));
  await renderAs(verified(), <PoolPage />);
  fireEvent.click(await screen.findByTestId('claim-button'));
  const sheet = await screen.findByTestId('claim-confirm');
  expect(sheet).toHaveTextContent('厨房水龙头漏水');
  expect(sheet).toHaveTextContent('8 分');
  fireEvent.click(within(sheet).getByText('再想想'));
  await waitFor(() => expect(screen.queryByTestId('claim-confirm')).not.toBeInTheDocument());
  expect(api.callsOf('order.claim')).toEqual([]);
});

test('a won claim says 认领成功, marks the card as mine and opens the order', async () => {
  api.on('order.pool', () => ({ items: [poolOrder('o1', '厨房水龙头漏水'), poolOrder('o2', '陪老人去医院')], nextCursor: null }));
  api.on('order.claim', ({ orderId }) =>
    orderDetail({ id: orderId, status: 'in_progress', mode: 'pool', actions: ['progress', 'complete', 'release'], holders: [{ memberId: 'u1', name: '张建国', claimedAt: '2026-11-20T03:00:00.000Z', part: null }] }),
  );
  await renderAs(verified(), <PoolPage />);
  fireEvent.click((await screen.findAllByTestId('claim-button'))[0]);
  fireEvent.click(await screen.findByTestId('claim-confirm-ok'));
  expect(await screen.findByText('认领成功')).toBeInTheDocument();
  expect(api.callsOf('order.claim')).toEqual([{ orderId: 'o1' }]);
  const card = screen.getAllByTestId('order-card')[0];
  expect(within(card).getByTestId('claimed-badge')).toHaveTextContent('您已认领');
  expect(within(card).queryByText('我来接单')).not.toBeInTheDocument();
  expect(screen.getAllByTestId('claim-button')).toHaveLength(1);
  await waitFor(() => expect((Taro.navigateTo as jest.Mock).mock.calls).toEqual([[{ url: `${ROUTES.order}?id=o1` }]]), { timeout: 2000 });
});

test('losing the race shows 该需求已被其他党员认领 and takes the card away', async () => {
  api.on('order.pool', () => ({ items: [poolOrder('o1', '厨房水龙头漏水'), poolOrder('o2', '陪老人去医院')], nextCursor: null }));
  api.on('order.claim', () => refuse('ORDER.NOT_CLAIMABLE'));
  await renderAs(verified(), <PoolPage />);
  fireEvent.click((await screen.findAllByTestId('claim-button'))[0]);
  fireEvent.click(await screen.findByTestId('claim-confirm-ok'));
  expect(await screen.findByText('该需求已被其他党员认领')).toBeInTheDocument();
  await waitFor(() => expect(screen.getAllByTestId('order-card')).toHaveLength(1));
  expect(screen.getByTestId('order-card')).toHaveTextContent('陪老人去医院');
  expect(screen.queryByTestId('claim-confirm')).not.toBeInTheDocument();
  expect(Taro.navigateTo).not.toHaveBeenCalled();
});

test('other refusals keep the card and show the server message', async () => {
  api.on('order.pool', () => ({ items: [poolOrder('o1', '厨房水龙头漏水')], nextCursor: null }));
  api.on('order.claim', () => refuse('ORDER.CLAIM_LIMIT'));
  await renderAs(verified(), <PoolPage />);
  fireEvent.click(await screen.findByTestId('claim-button'));
  fireEvent.click(await screen.findByTestId('claim-confirm-ok'));
  expect(await screen.findByText('您手头未完成的任务已达上限，请先完成后再接单')).toBeInTheDocument();
  expect(screen.getByTestId('claim-button')).toBeInTheDocument();
});

test('a member still under review sees 报到审核中 with a way to the register page, not an error', async () => {
  api.on('order.pool', () => refuse('MEMBER.NOT_VERIFIED'));
  await renderAs(me([['member', 'pending']], '赵磊'), <PoolPage />);
  const blocked = await screen.findByTestId('pool-blocked');
  expect(blocked).toHaveTextContent('报到审核中');
  expect(screen.queryByText('重新加载')).not.toBeInTheDocument();
  fireEvent.click(within(blocked).getByText('查看报到信息'));
  expect((Taro.navigateTo as jest.Mock).mock.calls).toEqual([[{ url: ROUTES.register }]]);
});

test('a rejected member is sent to re-register', async () => {
  api.on('order.pool', () => refuse('MEMBER.REJECTED'));
  await renderAs(me([['member', 'rejected']]), <PoolPage />);
  const blocked = await screen.findByTestId('pool-blocked');
  expect(blocked).toHaveTextContent('报到未通过审核');
  expect(within(blocked).getByText('重新报到')).toBeInTheDocument();
});

test('加载更多 asks for the next page with the cursor and appends it', async () => {
  api.on('order.pool', (q) =>
    q.cursor === 'p2'
      ? { items: [poolOrder('o3', '代买药品')], nextCursor: null }
      : { items: [poolOrder('o1', '厨房水龙头漏水'), poolOrder('o2', '陪老人去医院')], nextCursor: 'p2' },
  );
  await renderAs(verified(), <PoolPage />);
  await screen.findAllByTestId('order-card');
  fireEvent.click(screen.getByText('加载更多'));
  await waitFor(() => expect(screen.getAllByTestId('order-card')).toHaveLength(3));
  expect(api.callsOf('order.pool').at(-1)).toEqual({ communityId: 'c1', cursor: 'p2', sort: 'deadline' });
  expect(screen.getByText('没有更多了')).toBeInTheDocument();
});

test('an empty pool says so and offers my tasks; a dropped network offers a retry', async () => {
  let offline = true;
  api.on('order.pool', () => (offline ? refuse('NETWORK.OFFLINE') : { items: [], nextCursor: null }));
  await renderAs(verified(), <PoolPage />);
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  offline = false;
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByText('暂时没有待认领的需求')).toBeInTheDocument();
  fireEvent.click(screen.getByText('看看我的任务'));
  expect((Taro.navigateTo as jest.Mock).mock.calls).toEqual([[{ url: ROUTES.tasks }]]);
});
