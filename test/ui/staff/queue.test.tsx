/**
 * 待办: the tab from ?tab= is the one asked for, every tab shows the server's count, filters by category and grid
 * reach the server, 待受理 cards offer 受理派单 when the server allows it, and street staff see 已上报 only.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MenuView, OrderView, QueuePage, QueueTab } from '../../../types/views';
import QueuePage_ from '../../../src/app/staff/queue';
import { ROUTES } from '../../../src/utils/routes';
import { me, orderDetail } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const counts = (over: Partial<Record<QueueTab, number>> = {}): Record<QueueTab, number> => ({
  submitted: 3, dispatched: 4, open: 3, assigned: 1, in_progress: 2, awaiting_rating: 1, overdue: 2, escalated: 1, closed: 9, ...over,
});

const order = (over: Partial<OrderView> = {}): OrderView => {
  const { timeline: _t, ...view } = orderDetail(over);
  return view;
};

const page = (items: OrderView[], over: Partial<QueuePage> = {}): QueuePage => ({ items, nextCursor: null, counts: counts(), ...over });

const menu = (communityId = 'c1'): MenuView => ({
  community: { id: communityId, streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' },
  categories: [
    { id: 'c1-k1', communityId, group: '便民服务', name: '水电维修', icon: '', basePoints: 5, sort: 1, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
    { id: 'c1-k2', communityId, group: '咨询调解', name: '法律咨询', icon: '', basePoints: 10, sort: 2, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
  ],
  grids: [
    { id: 'c1-g1', communityId, name: '第一网格' },
    { id: 'c1-g2', communityId, name: '第二网格' },
  ],
  teams: [{ id: 'c1-t1', communityId, name: '红色服务队', color: 'red' }],
  residentTags: [],
});

beforeEach(() => {
  (Taro.navigateTo as jest.Mock).mockClear();
  api.on('menu.get', ({ communityId }) => menu(communityId));
});

test('opens on the tab in ?tab= and shows every tab with the count the server sent', async () => {
  api.on('order.queue', ({ tab }) => page(tab === 'overdue' ? [order({ id: 'o9', title: '楼道灯坏了', status: 'open', overdue: true, deadline: '2020-01-01T00:00:00.000Z' })] : []));
  await renderAs(me(['staff']), <QueuePage_ />, { tab: 'overdue' });
  expect(await screen.findByText('楼道灯坏了')).toBeInTheDocument();
  expect(api.callsOf('order.queue')[0]).toMatchObject({ communityId: 'c1', tab: 'overdue' });
  expect(screen.getByTestId('tab-overdue')).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByTestId('count-overdue')).toHaveTextContent('2');
  expect(screen.getByTestId('count-submitted')).toHaveTextContent('3');
  expect(screen.getByTestId('count-dispatched')).toHaveTextContent('4');
  expect(screen.getByTestId('count-closed')).toHaveTextContent('9');
  const titles = screen.getAllByRole('tab').map((t) => t.textContent);
  expect(titles).toEqual(['待受理3', '已派单4', '办理中2', '待评价1', '已超期2', '已上报1', '已办结9']);

  fireEvent.click(screen.getByTestId('tab-closed'));
  await waitFor(() => expect(api.callsOf('order.queue').at(-1)).toMatchObject({ tab: 'closed' }));
  expect(await screen.findByText('还没有办结的需求')).toBeInTheDocument();
});

test('待受理 cards offer 受理派单 when the server allows it; the card opens the order', async () => {
  api.on('order.queue', () =>
    page([
      order({ id: 'o1', title: '厨房水龙头漏水', actions: ['dispatch', 'assign', 'reject', 'escalate'] }),
      order({ id: 'o2', title: '只能看不能办', actions: [] }),
    ]),
  );
  await renderAs(me(['staff']), <QueuePage_ />, { tab: 'submitted' });
  const cards = await screen.findAllByTestId('order-card');
  expect(cards).toHaveLength(2);
  expect(within(cards[1]).queryByText('受理派单')).not.toBeInTheDocument();
  fireEvent.click(within(cards[0]).getByText('受理派单'));
  expect((Taro.navigateTo as jest.Mock).mock.calls.at(-1)[0]).toEqual({ url: `${ROUTES.triage}?id=o1&mode=dispatch` });
  fireEvent.click(within(cards[1]).getByText('只能看不能办'));
  expect((Taro.navigateTo as jest.Mock).mock.calls.at(-1)[0]).toEqual({ url: `${ROUTES.order}?id=o2` });
});

test('category and grid filters go to the server, and an empty result offers to clear them', async () => {
  api.on('order.queue', ({ categoryId, gridId }) => page(categoryId || gridId ? [] : [order()]));
  await renderAs(me(['staff']), <QueuePage_ />, { tab: 'submitted' });
  await screen.findByText('厨房水龙头漏水');

  fireEvent.click(screen.getByTestId('filter-category'));
  fireEvent.click(within(await screen.findByTestId('category-choices')).getByText('法律咨询'));
  await waitFor(() => expect(api.callsOf('order.queue').at(-1)).toMatchObject({ tab: 'submitted', categoryId: 'c1-k2' }));
  expect(screen.getByTestId('filter-category')).toHaveTextContent('类别：法律咨询');

  fireEvent.click(screen.getByTestId('filter-grid'));
  fireEvent.click(within(await screen.findByTestId('grid-choices')).getByText('第二网格'));
  await waitFor(() => expect(api.callsOf('order.queue').at(-1)).toMatchObject({ categoryId: 'c1-k2', gridId: 'c1-g2' }));
  expect(await screen.findByText('没有符合筛选条件的需求')).toBeInTheDocument();

  fireEvent.click(screen.getAllByText('清除筛选').at(-1)!);
  await waitFor(() => expect(api.callsOf('order.queue').at(-1)).toEqual({ communityId: 'c1', tab: 'submitted', limit: 20 }));
  expect(await screen.findByText('厨房水龙头漏水')).toBeInTheDocument();
});

test('street staff see only 已上报, for each of their communities', async () => {
  api.on('order.queue', ({ communityId }) => page([order({ id: `up-${communityId}`, title: `${communityId} 下水道堵塞`, status: 'escalated', communityId })]));
  const street = me(['street_staff'], '周明');
  street.communities.push({ id: 'c2', streetId: 'st1', name: '西瀛里社区', dutyPhone: '0519-86601235' });
  await renderAs(street, <QueuePage_ />, { tab: 'submitted' });
  expect(await screen.findByText('c1 下水道堵塞')).toBeInTheDocument();
  expect(api.callsOf('order.queue')[0]).toMatchObject({ communityId: 'c1', tab: 'escalated' });
  expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['已上报1']);
  expect(screen.queryByText('受理派单')).not.toBeInTheDocument();

  fireEvent.click(within(screen.getByTestId('queue-communities')).getByText('西瀛里社区'));
  expect(await screen.findByText('c2 下水道堵塞')).toBeInTheDocument();
  expect(api.callsOf('order.queue').at(-1)).toMatchObject({ communityId: 'c2', tab: 'escalated' });
});

test('a dropped network ends in the message and a retry, never a spinner', async () => {
  let offline = true;
  api.on('order.queue', () => (offline ? refuse('NETWORK.OFFLINE') : page([order()])));
  await renderAs(me(['staff']), <QueuePage_ />, { tab: 'submitted' });
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  offline = false;
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByText('厨房水龙头漏水')).toBeInTheDocument();
});

test('opens filtered by the category or grid the dashboard asked for (?category=, ?grid=)', async () => {
  api.on('order.queue', () => page([]));
  await renderAs(me(['staff']), <QueuePage_ />, { category: 'c1-k2', grid: 'c1-g1' });
  await waitFor(() => expect(api.callsOf('order.queue')[0]).toMatchObject({ tab: 'submitted', categoryId: 'c1-k2', gridId: 'c1-g1' }));
  expect(await screen.findByTestId('filter-category')).toHaveTextContent('类别：法律咨询');
});
