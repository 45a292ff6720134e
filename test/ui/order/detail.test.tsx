/**
 * The order detail page: contact shown in full or masked exactly as the server's view says, the buttons are the
 * server's actions, a command sheet asks what it needs and sends the version the person saw, and losing a race
 * shows the message and the order as it is now.
 */
import { fireEvent } from '@testing-library/react';
import OrderPage from '../../../src/app/order/detail';
import { api, refuse } from '../fake-api';
import { masked, me, orderDetail } from '../builders';
import { renderAs, screen, waitFor } from '../render';

test('the resident sees their own contact in full and can only cancel', async () => {
  api.on('order.detail', () => orderDetail({ actions: ['cancel'] }));
  await renderAs(me(['resident']), <OrderPage />, { id: 'o1' });
  expect(await screen.findByTestId('contact-phone')).toHaveTextContent('13912345678');
  expect(screen.getByTestId('address')).toHaveTextContent('3栋 2单元 501');
  const buttons = screen.getAllByRole('button').map((b) => b.textContent);
  expect(buttons).toContain('取消需求');
  expect(buttons).not.toContain('我来接单');
  expect(screen.getByTestId('timeline')).toHaveTextContent('群众点单');
});

test('a member browsing the pool sees it masked and may claim', async () => {
  api.on('order.detail', () => masked({ status: 'open', mode: 'pool', deadline: '2099-01-01T00:00:00.000Z', actions: ['claim'] }));
  await renderAs(me([['member', 'verified']]), <OrderPage />, { id: 'o1' });
  expect(await screen.findByTestId('contact-phone')).toHaveTextContent('139******78');
  expect(screen.getByTestId('address')).toHaveTextContent('门牌号已隐藏');
  expect(screen.getByText('我来接单')).toBeInTheDocument();
});

test('claiming asks for confirmation, then shows the order as held', async () => {
  api.on('order.detail', () => masked({ status: 'open', mode: 'pool', actions: ['claim'] }));
  api.on('order.claim', () => orderDetail({ status: 'in_progress', mode: 'pool', actions: ['progress', 'complete', 'release'], holders: [{ memberId: 'u1', name: '张建国', claimedAt: '2026-11-20T03:00:00.000Z', part: null }] }));
  await renderAs(me([['member', 'verified']]), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('我来接单'));
  fireEvent.click(await screen.findByText('确认认领'));
  await waitFor(() => expect(screen.getByTestId('contact-phone')).toHaveTextContent('13912345678'));
  expect(api.callsOf('order.claim')).toEqual([{ orderId: 'o1' }]);
  expect(screen.getByText('报告完成')).toBeInTheDocument();
});

test('losing the race shows 该需求已被其他党员认领 and reloads the order', async () => {
  let taken = false;
  api.on('order.detail', () => (taken ? masked({ status: 'in_progress', actions: [] }) : masked({ status: 'open', actions: ['claim'] })));
  api.on('order.claim', () => {
    taken = true;
    return refuse('ORDER.NOT_CLAIMABLE');
  });
  await renderAs(me([['member', 'verified']]), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('我来接单'));
  fireEvent.click(await screen.findByText('确认认领'));
  expect(await screen.findByText('该需求已被其他党员认领')).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText('我来接单')).not.toBeInTheDocument());
  expect(api.callsOf('order.detail')).toHaveLength(2);
});

test('a reason is required before 未解决 is sent, with the version the resident saw', async () => {
  api.on('order.detail', () => orderDetail({ status: 'awaiting_rating', version: 7, actions: ['confirm', 'reopen'] }));
  api.on('order.reopen', () => orderDetail({ status: 'in_progress', version: 8 }));
  await renderAs(me(['resident']), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('未解决'));
  fireEvent.click(await screen.findByText('提交'));
  expect(await screen.findByText('请填写原因')).toBeInTheDocument();
  expect(api.callsOf('order.reopen')).toEqual([]);
  fireEvent.change(screen.getByPlaceholderText('请简要说明原因'), { target: { value: '还在漏水' } });
  fireEvent.click(screen.getByText('提交'));
  await waitFor(() => expect(api.callsOf('order.reopen')).toEqual([{ orderId: 'o1', version: 7, reason: '还在漏水' }]));
});
