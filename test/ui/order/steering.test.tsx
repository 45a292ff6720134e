/**
 * Staff steering an order from its detail page: 督办 with a note, 延期 with a new time limit and a reason, 收回 from the
 * holder they choose, 改派 to a member picked by their load; each sent with the version staff saw. The queue's card
 * marks an urged order.
 */
import { fireEvent, render, within } from '@testing-library/react';
import type { MemberListItem } from '../../../types/views';
import OrderPage from '../../../src/app/order/detail';
import OrderCard from '../../../src/components/order-card';
import { me, orderDetail } from '../builders';
import { api } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const STEERING = ['escalate', 'urge', 'extend', 'recall', 'reassign'] as const;
const HOLDERS = [
  { memberId: 'm1', name: '张建国', claimedAt: '2026-11-20T03:00:00.000Z', part: null },
  { memberId: 'm2', name: '陈静', claimedAt: '2026-11-20T04:00:00.000Z', part: null },
];
const held = (over = {}) =>
  orderDetail({ status: 'in_progress', mode: 'pool', version: 6, deadline: '2099-01-01T00:00:00.000Z', holders: HOLDERS.slice(0, 1), actions: [...STEERING], ...over });

const staff = () => me(['staff'], '李娟');

test('staff see 督办, 延期, 收回 and 改派; 督办 needs a note and marks the order', async () => {
  api.on('order.detail', () => held());
  api.on('order.urge', () => held({ version: 7, urgedAt: '2026-11-28T02:00:00.000Z' }));
  await renderAs(staff(), <OrderPage />, { id: 'o1' });
  for (const label of ['督办', '延期', '收回', '改派']) expect(await screen.findByText(label)).toBeInTheDocument();
  fireEvent.click(screen.getByText('督办'));
  fireEvent.click(await screen.findByText('发送督办'));
  expect(await screen.findByText('请填写督办内容')).toBeInTheDocument();
  expect(api.callsOf('order.urge')).toEqual([]);
  fireEvent.change(screen.getByPlaceholderText('例如：居民反映还没有人联系，请今天之内上门'), { target: { value: '请今天上门' } });
  fireEvent.click(screen.getByText('发送督办'));
  await waitFor(() => expect(api.callsOf('order.urge')).toEqual([{ orderId: 'o1', version: 6, note: '请今天上门' }]));
  expect(await screen.findByTestId('urged')).toHaveTextContent('已督办');
});

test('延期 names the time limit it must exceed, and sends the new one with the reason', async () => {
  api.on('order.detail', () => held());
  api.on('order.extend', () => held({ version: 7 }));
  await renderAs(staff(), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('延期'));
  expect(await screen.findByText('原时限 2099年1月1日 08:00，新时限须晚于它')).toBeInTheDocument();
  fireEvent.click(await screen.findByText('确认延期'));
  expect(await screen.findByText('请填写延期原因')).toBeInTheDocument();
  fireEvent.change(screen.getByPlaceholderText('例如：配件需要从厂家调货，预计三天到货'), { target: { value: '配件需要调货' } });
  const before = Date.now();
  fireEvent.click(screen.getByText('确认延期'));
  await waitFor(() => expect(api.callsOf('order.extend')).toHaveLength(1));
  const [sent] = api.callsOf('order.extend') as { orderId: string; version: number; deadline: string; reason: string }[];
  expect(sent).toMatchObject({ orderId: 'o1', version: 6, reason: '配件需要调货' });
  expect(Date.parse(sent.deadline)).toBeGreaterThan(before);
});

test('收回 from a team order asks which holder; with one holder it does not ask', async () => {
  api.on('order.detail', () => held({ holders: HOLDERS, headcount: 2 }));
  api.on('order.recall', () => held({ version: 7, status: 'open', holders: HOLDERS.slice(0, 1) }));
  await renderAs(staff(), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('收回'));
  const choices = await screen.findByTestId('recall-holder');
  fireEvent.click(within(choices).getByText('陈静'));
  fireEvent.change(screen.getByPlaceholderText('请简要说明原因'), { target: { value: '联系不上' } });
  fireEvent.click(screen.getByText('确认收回'));
  await waitFor(() => expect(api.callsOf('order.recall')).toEqual([{ orderId: 'o1', version: 6, memberId: 'm2', reason: '联系不上' }]));
});

test('收回 from the only holder names nobody: the server takes that one', async () => {
  api.on('order.detail', () => held());
  api.on('order.recall', () => held({ version: 7, status: 'open', holders: [] }));
  await renderAs(staff(), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('收回'));
  expect(screen.queryByTestId('recall-holder')).not.toBeInTheDocument();
  fireEvent.change(await screen.findByPlaceholderText('请简要说明原因'), { target: { value: '联系不上' } });
  fireEvent.click(screen.getByText('确认收回'));
  await waitFor(() => expect(api.callsOf('order.recall')).toEqual([{ orderId: 'o1', version: 6, reason: '联系不上' }]));
});

test('改派: the picker shows each member’s load and last activity; the chosen one is sent', async () => {
  const member = (over: Partial<MemberListItem>): MemberListItem => ({
    userId: 'm3', communityId: 'c1', realName: '刘洋', phone: '13905190004', workUnit: '钟楼区司法局', branch: '司法局党支部', skills: [],
    teamId: null, gridId: null, status: 'verified', reviewNote: null, notifyPool: false, createdAt: '2026-10-20T02:00:00.000Z',
    teamName: null, gridName: null, activeOrders: 0, lastActiveAt: null, ...over,
  });
  api.on('order.detail', () => held());
  api.on('member.list', () => ({
    items: [member({}), member({ userId: 'm4', realName: '赵磊', activeOrders: 2, lastActiveAt: new Date(Date.now() - 3 * 3600_000).toISOString() })],
    nextCursor: null,
  }));
  api.on('order.reassign', () => held({ version: 7, status: 'assigned', holders: [], actions: [] }));
  await renderAs(staff(), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('改派'));
  fireEvent.click(await screen.findByText('确认改派'));
  expect(await screen.findByText('请选择党员')).toBeInTheDocument();
  const loads = (await screen.findAllByTestId('member-load')).map((e) => e.textContent);
  expect(loads).toEqual(['暂无在办 · 还没有接过单', '在办2件 · 最近活动3 小时前']);
  fireEvent.click(screen.getAllByTestId('member-option')[1]);
  fireEvent.click(screen.getByText('确认改派'));
  await waitFor(() => expect(api.callsOf('order.reassign')).toEqual([{ orderId: 'o1', version: 6, memberId: 'm4' }]));
});

test('the queue card marks an urged order 已督办, and nothing else', () => {
  const { rerender } = render(<OrderCard order={held({ urgedAt: '2026-11-28T02:00:00.000Z' })} />);
  expect(screen.getByTestId('urged')).toHaveTextContent('已督办');
  rerender(<OrderCard order={held()} />);
  expect(screen.queryByTestId('urged')).not.toBeInTheDocument();
});
