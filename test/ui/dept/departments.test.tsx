/**
 * The department rung on screen: the street's 转派职能部门 sheet asks for a department of its street, a note and a
 * deadline and sends them; a department's staff see their queue by tab and open an order from it.
 */
import { fireEvent } from '@testing-library/react';
import Taro from '@tarojs/taro';
import OrderPage from '../../../src/app/order/detail';
import DepartmentQueuePage from '../../../src/dept/queue';
import { ROUTES } from '../../../src/utils/routes';
import type { DepartmentView } from '../../../types/departments';
import type { RoleGrant } from '../../../types/domain';
import { api } from '../fake-api';
import { me, orderDetail } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const DEPARTMENTS: DepartmentView[] = [
  { id: 'd1', streetId: 'st1', name: '城管中队', contactName: '黄磊', contactPhone: '13905190101', active: true, staff: [] },
  { id: 'd2', streetId: 'st1', name: '物业管理科', contactName: '顾敏', contactPhone: '13905190103', active: false, staff: [] },
];
const TASK = { departmentId: 'd1', name: '城管中队', deadline: '2099-01-01T00:00:00.000Z', sentAt: '2026-11-20T02:00:00.000Z', overdueAt: null, outcome: null, endedAt: null };
const deptStaff = () => {
  const m = me([], '黄磊');
  const grant: RoleGrant = { role: 'department_staff', communityId: null, streetId: 'st1', memberStatus: null, departmentId: 'd1' };
  return { ...m, roles: [grant], communities: [] };
};

beforeEach(() => jest.clearAllMocks());

test('street staff send an escalated order on to an active department of their street, with a note', async () => {
  api.on('order.detail', () => orderDetail({ status: 'escalated', version: 4, actions: ['street_resolve', 'street_return', 'to_department'] }));
  api.on('department.list', () => DEPARTMENTS);
  api.on('order.toDepartment', () => orderDetail({ status: 'escalated', department: { ...TASK, overdue: false }, actions: [] }));
  await renderAs(me(['street_staff'], '周明'), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('转派职能部门'));
  fireEvent.click(await screen.findByText('确认转派'));
  expect(await screen.findByText('请选择职能部门')).toBeInTheDocument();
  expect(screen.queryByText('物业管理科')).toBeNull(); // retired: takes no new orders
  fireEvent.click(screen.getByText('城管中队'));
  fireEvent.change(screen.getByTestId('to_department-note'), { target: { value: '占道经营，请城管中队处理' } });
  fireEvent.click(screen.getByText('确认转派'));
  await waitFor(() => expect(api.callsOf('order.toDepartment')).toHaveLength(1));
  const [sent] = api.callsOf('order.toDepartment') as { orderId: string; version: number; departmentId: string; note: string; deadline: string }[];
  expect(sent).toMatchObject({ orderId: 'o1', version: 4, departmentId: 'd1', note: '占道经营，请城管中队处理' });
  expect(Date.parse(sent.deadline)).toBeGreaterThan(Date.now());
  expect(api.callsOf('department.list')).toEqual([{ streetId: 'st1' }]);
});

test("a department's staff see their queue by tab, the department deadline on each card, and open one", async () => {
  api.on('department.queue', ({ tab }) => ({
    items: tab === 'overdue' ? [] : [orderDetail({ status: 'escalated', title: '路边建筑垃圾长期堆放', department: { ...TASK, overdue: false } })],
    nextCursor: null,
  }));
  await renderAs(deptStaff(), <DepartmentQueuePage />);
  expect(await screen.findByText('路边建筑垃圾长期堆放')).toBeInTheDocument();
  expect(screen.getByTestId('dept-due')).toHaveTextContent('部门办结时限');
  expect(api.callsOf('department.queue')[0]).toMatchObject({ departmentId: 'd1', tab: 'active' });
  fireEvent.click(screen.getByText('路边建筑垃圾长期堆放'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.order}?id=o1` });
  fireEvent.click(screen.getByTestId('dept-tab-overdue'));
  expect(await screen.findByText('没有已超期的任务')).toBeInTheDocument();
  expect(api.callsOf('department.queue').at(-1)).toMatchObject({ departmentId: 'd1', tab: 'overdue' });
});
