/**
 * Sharing an order sends a generic card: a link to the permission-checked detail page and a neutral image, never
 * the order's text, the resident's name, door or phone, nor a screenshot of the page.
 */
import Taro from '@tarojs/taro';
import OrderPage from '../../../src/app/order/detail';
import { homeShare } from '../../../src/utils/share';
import { api } from '../fake-api';
import { me, orderDetail } from '../builders';
import { renderAs, screen } from '../render';

const useShare = Taro.useShareAppMessage as jest.Mock;

test('the order detail shares a generic link to itself, with nothing of the order in it', async () => {
  useShare.mockClear();
  const order = orderDetail({ actions: ['cancel'] });
  api.on('order.detail', () => order);
  await renderAs(me(['resident']), <OrderPage />, { id: 'o1' });
  await screen.findByTestId('contact-phone');
  const card = useShare.mock.calls.at(-1)![0]();
  expect(card).toEqual({ title: '三单通 · 一条社区服务需求', path: '/app/order/detail/index?id=o1', imageUrl: '/assets/share.png' });
  const text = JSON.stringify(card);
  for (const secret of [order.title, order.contactPhone, order.contactName, order.address]) expect(text).not.toContain(secret);
});

test('the home page shares itself with the same neutral image', () => {
  expect(homeShare()).toEqual({ title: '三单通 · 有困难找社区，党员来帮忙', path: '/pages/index/index', imageUrl: '/assets/share.png' });
});
