/**
 * 居民档案 as a grid worker works with it: the list searched by name or phone tail and filtered by tag, a record with
 * its phone masked until 查看完整号码 (which the history then shows), 代点单 from the record, and a 代点单 order
 * shown as placed by them and, once rated for the resident, as 代评.
 */
import { fireEvent } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ResidentView } from '../../../types/residents';
import OrderForPage from '../../../src/app/staff/order-for';
import ResidentPage from '../../../src/app/staff/resident';
import ResidentsPage from '../../../src/app/staff/residents';
import OrderDetailPage from '../../../src/app/order/detail';
import { me, orderDetail } from '../builders';
import { api } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const gridWorker = () => ({
  ...me(['grid_worker'], '钱丽'),
  roles: [{ role: 'grid_worker' as const, communityId: 'c1', streetId: null, memberStatus: null, gridId: 'c1-g1' }],
  grids: [{ communityId: 'c1', gridId: 'c1-g1', name: '第一网格', role: 'grid_worker' as const }],
});

const record = (over: Partial<ResidentView> = {}): ResidentView => ({
  id: 'rec-1', communityId: 'c1', name: '周桂英', phone: '139******01', address: { building: '2栋', unit: '1单元', room: '101' }, gridId: 'c1-g1',
  gridName: '第一网格', tags: ['孤寡老人', '高龄'], linkedUserId: null, createdBy: 'u1', createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z', version: 1, canAct: true, ...over,
});

const menu = {
  community: { id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' },
  categories: [{ id: 'c1-k1', communityId: 'c1', group: '生活服务', name: '代买代办', icon: '', basePoints: 5, sort: 0, photoRequired: true, defaultPriority: 'normal' as const, active: true, fields: [] }],
  grids: [{ id: 'c1-g1', communityId: 'c1', name: '第一网格' }],
  teams: [],
  residentTags: ['孤寡老人', '高龄', '独居'],
};

beforeEach(() => {
  (Taro.navigateTo as jest.Mock).mockClear();
  (Taro.redirectTo as jest.Mock).mockClear();
  api.on('menu.get', () => menu);
  api.on('resident.list', () => ({ items: [record(), record({ id: 'rec-2', name: '吴德华', tags: ['独居'] })], nextCursor: null }));
  api.on('resident.get', () => ({ record: record(), audit: [{ id: '1', recordId: 'rec-1', communityId: 'c1', actorId: 'u1', action: 'create', fields: [], at: '2026-11-20T02:00:00.000Z', actorName: '钱丽' }] }));
});

test('the list: masked phones and tags; digits search the phone tail, words the name, a tag filters', async () => {
  await renderAs(gridWorker(), <ResidentsPage />);
  expect(await screen.findAllByTestId('resident-card')).toHaveLength(2);
  expect(screen.getAllByTestId('resident-card')[0]).toHaveTextContent('139******01');
  expect(screen.getAllByTestId('resident-card')[0]).toHaveTextContent('孤寡老人');
  expect(api.callsOf('resident.list')[0]).toMatchObject({ communityId: 'c1' });
  fireEvent.change(screen.getByTestId('residents-search'), { target: { value: '0001' } });
  await waitFor(() => expect(api.callsOf('resident.list').at(-1)).toMatchObject({ phoneTail: '0001' }));
  fireEvent.change(screen.getByTestId('residents-search'), { target: { value: '周' } });
  await waitFor(() => expect(api.callsOf('resident.list').at(-1)).toMatchObject({ name: '周' }));
  fireEvent.click(await screen.findByText('独居', { selector: '.chip *' }));
  await waitFor(() => expect(api.callsOf('resident.list').at(-1)).toMatchObject({ name: '周', tag: '独居' }));
  fireEvent.click((await screen.findAllByTestId('resident-card'))[0]);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/app/staff/resident/index?id=rec-1' });
});

test('a record: the phone masked until 查看完整号码, which is sent and shown; 代点单 opens the form', async () => {
  api.on('resident.revealPhone', () => ({ phone: '13961110001' }));
  await renderAs(gridWorker(), <ResidentPage />, { id: 'rec-1' });
  expect(await screen.findByTestId('resident-phone')).toHaveTextContent('139******01');
  expect(screen.getByTestId('resident-audit')).toHaveTextContent('钱丽 建档');
  fireEvent.click(screen.getByTestId('reveal-phone'));
  await waitFor(() => expect(screen.getByTestId('resident-phone')).toHaveTextContent('13961110001'));
  expect(api.callsOf('resident.revealPhone')).toEqual([{ residentId: 'rec-1' }]);
  fireEvent.click(screen.getByTestId('order-for'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/app/staff/order-for/index?residentId=rec-1' });
});

test('street staff read a record but get neither the reveal nor 代点单', async () => {
  api.on('resident.get', () => ({ record: record({ canAct: false }), audit: [] }));
  await renderAs(me(['street_staff']), <ResidentPage />, { id: 'rec-1' });
  expect(await screen.findByTestId('resident-phone')).toHaveTextContent('139******01');
  expect(screen.queryByTestId('reveal-phone')).not.toBeInTheDocument();
  expect(screen.queryByTestId('order-for')).not.toBeInTheDocument();
});

test('代点单: checked before sending, then sent once with the record and a key, and the order opens', async () => {
  api.on('order.submitFor', () => orderDetail({ id: 'o9' }));
  await renderAs(gridWorker(), <OrderForPage />, { residentId: 'rec-1' });
  expect(await screen.findByText('为 周桂英 点单')).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('order-for-submit'));
  expect(await screen.findByText('请选择需要什么服务')).toBeInTheDocument();
  expect(api.callsOf('order.submitFor')).toEqual([]);
  fireEvent.click(screen.getByText('代买代办'));
  fireEvent.change(screen.getByTestId('input-title'), { target: { value: '代买降压药' } });
  fireEvent.click(screen.getByTestId('order-for-submit'));
  await waitFor(() => expect(api.callsOf('order.submitFor')).toHaveLength(1));
  expect(api.callsOf('order.submitFor')[0]).toMatchObject({ residentId: 'rec-1', categoryId: 'c1-k1', title: '代买降压药', urgency: 'normal', idempotencyKey: expect.stringMatching(/^for-rec-1-/) });
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/app/order/detail/index?id=o9' }));
});

test('代点单 from a 民情日记 visit: the need fills the form (as WeChat passes it, encoded) and the order is linked to the visit', async () => {
  api.on('order.submitFor', () => orderDetail({ id: 'o9' }));
  api.on('visit.linkOrder', ({ visitId, orderId }) => ({ id: visitId, orderId }) as never);
  const title = encodeURIComponent('希望每周有人帮忙买菜');
  await renderAs(gridWorker(), <OrderForPage />, { residentId: 'rec-1', title, description: encodeURIComponent('上门走访：腿脚不便'), visitId: 'v1' });
  expect(await screen.findByTestId('input-title')).toHaveValue('希望每周有人帮忙买菜');
  fireEvent.click(screen.getByText('代买代办'));
  fireEvent.click(screen.getByTestId('order-for-submit'));
  await waitFor(() => expect(api.callsOf('visit.linkOrder')).toEqual([{ visitId: 'v1', orderId: 'o9' }]));
  expect(api.callsOf('order.submitFor')[0]).toMatchObject({ title: '希望每周有人帮忙买菜', description: '上门走访：腿脚不便' });
});

test('a 代点单 order says who placed it; once rated for the resident it says 代评 and how', async () => {
  const placedBy = { userId: 'u1', name: '钱丽', role: 'grid_worker' as const };
  api.on('order.detail', () => orderDetail({ status: 'closed', placedBy, recordId: 'rec-1', rating: { stars: 4, comment: '老人很满意', autoClosed: false, proxy: { by: 'u1', way: 'visit' } } }));
  await renderAs(gridWorker(), <OrderDetailPage />, { id: 'o1' });
  expect(await screen.findByTestId('placed-by')).toHaveTextContent('代点单 · 网格员 钱丽');
  expect(screen.getByTestId('rating')).toHaveTextContent('4星 ★★★★ 老人很满意（代评 · 上门回访）');
  expect(screen.getByText('代评')).toBeInTheDocument();
});
