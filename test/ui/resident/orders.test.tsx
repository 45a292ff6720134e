/**
 * 我的需求: the status tabs ask the server for the right group, an empty list offers 去点单, more pages load on
 * request, and a tap opens the order.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MyOrdersPage from '../../../src/app/resident/orders';
import { ROUTES } from '../../../src/utils/routes';
import type { OrderView, Page } from '../../../types/views';
import { me, orderDetail } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const view = (over: Partial<OrderView> = {}): OrderView => {
  const { timeline: _timeline, ...order } = orderDetail(over);
  return order;
};
const page = (items: OrderView[], nextCursor: string | null = null): Page<OrderView> => ({ items, nextCursor });
const tab = (status: string) => screen.getAllByTestId('orders-tab').find((t) => t.getAttribute('data-status') === status)!;

beforeEach(() => jest.clearAllMocks());

test('each tab asks for its own status group and shows what came back', async () => {
  api.on('order.mine', ({ status }) =>
    page(status === 'awaiting_rating' ? [view({ id: 'o2', title: '门锁坏了', status: 'awaiting_rating', actions: ['confirm', 'reopen'] })] : [view({ title: `列表-${status ?? 'all'}` })]),
  );
  await renderAs(me(['resident']), <MyOrdersPage />);
  expect(await screen.findByText('列表-all')).toBeInTheDocument();
  expect(api.callsOf('order.mine')[0]).toEqual({ cursor: undefined });
  expect(tab('all')).toHaveAttribute('aria-selected', 'true');

  fireEvent.click(tab('active'));
  expect(await screen.findByText('列表-active')).toBeInTheDocument();
  fireEvent.click(tab('awaiting_rating'));
  expect(await screen.findByText('门锁坏了')).toBeInTheDocument();
  expect(tab('awaiting_rating')).toHaveAttribute('aria-selected', 'true');
  fireEvent.click(tab('done'));
  expect(await screen.findByText('列表-done')).toBeInTheDocument();
  fireEvent.click(tab('all'));
  await waitFor(() => expect(api.callsOf('order.mine')).toHaveLength(5));
  expect(api.callsOf('order.mine').map((c) => c.status)).toEqual([undefined, 'active', 'awaiting_rating', 'done', undefined]);
});

test('cards show the status, and 去评价 appears only where the server offers confirm', async () => {
  api.on('order.mine', () =>
    page([
      view({ id: 'o1', title: '厨房水龙头漏水', status: 'in_progress', actions: ['cancel'] }),
      view({ id: 'o2', title: '门锁坏了', status: 'awaiting_rating', actions: ['confirm', 'reopen'] }),
    ]),
  );
  await renderAs(me(['resident']), <MyOrdersPage />);
  const cards = await screen.findAllByTestId('order-card');
  expect(within(cards[0]).getByText('办理中')).toBeInTheDocument();
  expect(within(cards[0]).queryByText('去评价')).not.toBeInTheDocument();
  expect(within(cards[1]).getByText('待评价')).toBeInTheDocument();
  fireEvent.click(within(cards[1]).getByText('去评价'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.order}?id=o2` });
  fireEvent.click(within(cards[0]).getByText('厨房水龙头漏水'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.order}?id=o1` });
});

test('opened with ?status=awaiting_rating it starts on 待评价', async () => {
  api.on('order.mine', () => page([]));
  await renderAs(me(['resident']), <MyOrdersPage />, { status: 'awaiting_rating' });
  expect(await screen.findByText('没有需要评价的需求')).toBeInTheDocument();
  expect(api.callsOf('order.mine')[0]).toMatchObject({ status: 'awaiting_rating' });
});

test('with no orders it says so and offers 去点单', async () => {
  api.on('order.mine', () => page([]));
  await renderAs(me(['resident']), <MyOrdersPage />);
  expect(await screen.findByText('您还没有提过需求')).toBeInTheDocument();
  fireEvent.click(screen.getByText('去点单'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.submit });
});

test('more orders load with the cursor, then 没有更多了', async () => {
  api.on('order.mine', ({ cursor }) =>
    cursor === 'p2' ? page([view({ id: 'o3', title: '第三条' })]) : page([view({ id: 'o1', title: '第一条' }), view({ id: 'o2', title: '第二条' })], 'p2'),
  );
  await renderAs(me(['resident']), <MyOrdersPage />);
  expect(await screen.findByText('第一条')).toBeInTheDocument();
  fireEvent.click(screen.getByText('加载更多'));
  expect(await screen.findByText('第三条')).toBeInTheDocument();
  expect(screen.getAllByTestId('order-card')).toHaveLength(3);
  expect(api.callsOf('order.mine')[1]).toEqual({ cursor: 'p2' });
  expect(screen.getByText('没有更多了')).toBeInTheDocument();
});

test('a dropped network says so and can be retried instead of spinning', async () => {
  let offline = true;
  api.on('order.mine', () => (offline ? refuse('NETWORK.OFFLINE') : page([view({ title: '厨房水龙头漏水' })])));
  await renderAs(me(['resident']), <MyOrdersPage />);
  expect((await screen.findAllByText('网络不太稳定，请检查网络后重试')).length).toBeGreaterThan(0);
  offline = false;
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByText('厨房水龙头漏水')).toBeInTheDocument();
});
