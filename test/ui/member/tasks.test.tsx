/**
 * 我的任务: 进行中 and 已完成 from order.myClaims; an assignment waiting for an answer says so; cards open the order
 * detail, where the work itself (progress, completion, release, accept/decline) happens.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { OrderView } from '../../../types/views';
import TasksPage from '../../../src/app/member/tasks';
import { ROUTES } from '../../../src/utils/routes';
import { api } from '../fake-api';
import { masked, me, orderDetail } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const view = ({ timeline: _t, ...v }: ReturnType<typeof orderDetail>): OrderView => v;

const held = view(
  orderDetail({
    id: 'o1', title: '厨房水龙头漏水', status: 'in_progress', mode: 'pool', points: 5, deadline: '2099-01-01T00:00:00.000Z',
    holders: [{ memberId: 'u1', name: '张建国', claimedAt: '2026-11-20T03:00:00.000Z', part: null }], actions: ['progress', 'complete', 'release'],
  }),
);
const assigned = view(
  masked({ id: 'o2', title: '陪老人去医院', status: 'assigned', mode: 'assign', deadline: '2099-01-01T00:00:00.000Z', assignee: { memberId: 'u1', name: '张建国' }, actions: ['accept', 'decline'] }),
);
const done = view(
  orderDetail({
    id: 'o3', title: '代买药品', status: 'closed', points: 6, serviceHours: 1.5, completedAt: '2026-11-18T08:00:00.000Z',
    rating: { stars: 5, comment: '很好', autoClosed: false }, actions: [],
  }),
);

beforeEach(() => (Taro.navigateTo as jest.Mock).mockClear());

test('进行中 lists what I hold and what I am asked to take on; 已完成 lists what I have done', async () => {
  api.on('order.myClaims', ({ state }) => ({ items: state === 'done' ? [done] : [held, assigned], nextCursor: null }));
  await renderAs(me([['member', 'verified']], '张建国'), <TasksPage />);
  const cards = await screen.findAllByTestId('order-card');
  expect(cards.map((c) => c.getAttribute('data-order-id'))).toEqual(['o1', 'o2']);
  expect(api.callsOf('order.myClaims')).toEqual([{ state: 'active' }]);
  expect(screen.getByTestId('tasks-tab-active')).toHaveAttribute('aria-selected', 'true');

  // The assignment waiting for an answer says so; the held order offers a call to the resident.
  expect(within(cards[1]).getByTestId('task-awaiting')).toHaveTextContent('待响应');
  expect(within(cards[1]).getByText('去响应')).toBeInTheDocument();
  expect(within(cards[1]).queryByText('联系居民')).not.toBeInTheDocument();
  expect(within(cards[0]).queryByTestId('task-awaiting')).not.toBeInTheDocument();
  fireEvent.click(within(cards[0]).getByText('联系居民'));
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13912345678' });

  fireEvent.click(screen.getByTestId('tasks-tab-done'));
  await waitFor(() => expect(screen.getAllByTestId('order-card').map((c) => c.getAttribute('data-order-id'))).toEqual(['o3']));
  expect(api.callsOf('order.myClaims').at(-1)).toEqual({ state: 'done' });
  expect(screen.getByTestId('tasks-tab-done')).toHaveAttribute('aria-selected', 'true');
  const card = screen.getByTestId('order-card');
  expect(card).toHaveTextContent('服务 1.5 小时');
  expect(card).toHaveTextContent('6 积分');
  expect(card).toHaveTextContent('★★★★★');
});

test('a card opens the order detail, where the work is done', async () => {
  api.on('order.myClaims', () => ({ items: [held, assigned], nextCursor: null }));
  await renderAs(me([['member', 'verified']], '张建国'), <TasksPage />);
  fireEvent.click(await screen.findByText('厨房水龙头漏水'));
  fireEvent.click(screen.getByText('去响应'));
  expect((Taro.navigateTo as jest.Mock).mock.calls).toEqual([[{ url: `${ROUTES.order}?id=o1` }], [{ url: `${ROUTES.order}?id=o2` }]]);
});

test('the done tab can be asked for by the link, and empty tabs point to the pool', async () => {
  api.on('order.myClaims', () => ({ items: [], nextCursor: null }));
  await renderAs(me([['member', 'verified']], '张建国'), <TasksPage />, { tab: 'done' });
  expect(await screen.findByText('还没有完成的任务')).toBeInTheDocument();
  expect(api.callsOf('order.myClaims')).toEqual([{ state: 'done' }]);
  fireEvent.click(screen.getByTestId('tasks-tab-active'));
  expect(await screen.findByText('暂无进行中的任务')).toBeInTheDocument();
  fireEvent.click(screen.getByText('去接单大厅'));
  expect((Taro.navigateTo as jest.Mock).mock.calls).toEqual([[{ url: ROUTES.pool }]]);
});

test('more tasks load with the cursor', async () => {
  api.on('order.myClaims', ({ cursor }) => (cursor ? { items: [assigned], nextCursor: null } : { items: [held], nextCursor: 'n2' }));
  await renderAs(me([['member', 'verified']], '张建国'), <TasksPage />);
  await screen.findByTestId('order-card');
  fireEvent.click(screen.getByText('加载更多'));
  await waitFor(() => expect(screen.getAllByTestId('order-card')).toHaveLength(2));
  expect(api.callsOf('order.myClaims').at(-1)).toEqual({ state: 'active', cursor: 'n2' });
});
