/**
 * 受理派单: the order's contact exactly as the server sent it, only the server's actions as segments, and each
 * segment sends what it asks for with the version shown: dispatch (category, priority, deadline, headcount,
 * points, pool limits), assign (a member found by search), reject (a reason is required), escalate.
 * Client checks and the server's field messages appear beside the fields.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MemberListItem, MenuView, OrderDetail } from '../../../types/views';
import TriagePage from '../../../src/app/staff/triage';
import { ROUTES } from '../../../src/utils/routes';
import { masked, me, orderDetail } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const DAY = 86_400_000;
const ALL: OrderDetail['actions'] = ['dispatch', 'assign', 'reject', 'escalate'];

const menu: MenuView = {
  community: { id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' },
  categories: [
    { id: 'c1-k1', communityId: 'c1', group: '便民服务', name: '水电维修', icon: '', basePoints: 5, sort: 1, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
    { id: 'c1-k2', communityId: 'c1', group: '咨询调解', name: '法律咨询', icon: '', basePoints: 12, sort: 2, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
  ],
  grids: [
    { id: 'c1-g1', communityId: 'c1', name: '第一网格' },
    { id: 'c1-g2', communityId: 'c1', name: '第二网格' },
  ],
  teams: [
    { id: 'c1-t1', communityId: 'c1', name: '红色先锋队', color: 'red' },
    { id: 'c1-t2', communityId: 'c1', name: '橙色暖心队', color: 'orange' },
  ],
  residentTags: [],
};

const member = (over: Partial<MemberListItem> = {}): MemberListItem => ({
  userId: 'm1', communityId: 'c1', realName: '张建国', phone: '13905190002', workUnit: '常州市供电公司', branch: '常州市供电公司党支部',
  skills: ['水电维修', '家电维修'], teamId: 'c1-t1', gridId: 'c1-g1', status: 'verified', reviewNote: null, notifyPool: false,
  createdAt: '2026-10-20T02:00:00.000Z', teamName: '红色先锋队', gridName: '第一网格', activeOrders: 2, lastActiveAt: '2026-11-20T03:00:00.000Z', ...over,
});

const MEMBERS = [
  member(),
  member({ userId: 'm2', realName: '陈静', workUnit: '常州市第二人民医院', branch: '二院党支部', skills: ['医护', '健康咨询'], teamName: null }),
  member({ userId: 'm3', realName: '刘洋', workUnit: '钟楼区司法局', branch: '司法局党支部', skills: ['法律咨询'] }),
];

const open = (over: Partial<OrderDetail> = {}) => orderDetail({ version: 4, actions: ALL, ...over });

beforeEach(() => {
  (Taro.redirectTo as jest.Mock).mockClear();
  api.on('menu.get', () => menu);
});

const submit = () => fireEvent.click(screen.getByTestId('triage-submit'));

test('dispatch sends category, priority, deadline, headcount, points, pool limits and the version shown', async () => {
  api.on('order.detail', () => open());
  api.on('order.dispatch', () => open({ status: 'open', mode: 'pool', version: 5, actions: [] }));
  await renderAs(me(['staff'], '李娟'), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  expect(await screen.findByTestId('triage-contact-phone')).toHaveTextContent('13912345678');
  expect(screen.getByTestId('triage-form')).toHaveAttribute('data-segment', 'dispatch');
  expect(screen.getByTestId('plan-points')).toHaveValue(5);

  // Another category: its base points become the default.
  fireEvent.click(screen.getByTestId('plan-category'));
  fireEvent.click(within(await screen.findByTestId('category-choices')).getByText('法律咨询'));
  await waitFor(() => expect(screen.getByTestId('plan-points')).toHaveValue(12));
  // 高 priority moves the default time limit to one day; staff then choose three.
  fireEvent.click(within(screen.getByTestId('plan-priority')).getByText('高'));
  expect(within(screen.getByTestId('plan-deadline')).getByText('1天').closest('[role=radio]')).toHaveAttribute('aria-checked', 'true');
  fireEvent.click(within(screen.getByTestId('plan-deadline')).getByText('3天'));
  fireEvent.change(screen.getByTestId('plan-headcount'), { target: { value: '2' } });
  fireEvent.click(screen.getByLabelText('增加一人'));
  fireEvent.change(screen.getByTestId('plan-points'), { target: { value: '8' } });
  // Pool limits: a skill, a team, two grids.
  fireEvent.click(screen.getByTestId('limit-toggle'));
  fireEvent.change(screen.getByTestId('limit-skill-input'), { target: { value: '法律咨询' } });
  fireEvent.click(screen.getByTestId('limit-skill-add'));
  fireEvent.click(within(screen.getByTestId('limit-team')).getByText('橙色暖心队'));
  fireEvent.click(within(screen.getByTestId('limit-grids')).getByText('第一网格'));
  fireEvent.click(within(screen.getByTestId('limit-grids')).getByText('第二网格'));

  const before = Date.now();
  submit();
  await waitFor(() => expect(api.callsOf('order.dispatch')).toHaveLength(1));
  const sent = api.callsOf('order.dispatch')[0];
  expect(sent).toEqual({
    orderId: 'o1', version: 4, categoryId: 'c1-k2', priority: 'high', deadline: expect.any(String), headcount: 3, points: 8,
    poolLimit: { skills: ['法律咨询'], teamId: 'c1-t2', gridIds: ['c1-g1', 'c1-g2'] },
  });
  expect(Math.abs(Date.parse(sent.deadline) - (before + 3 * DAY))).toBeLessThan(60_000);
  expect(await screen.findByText('已发布到接单大厅')).toBeInTheDocument();
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `${ROUTES.order}?id=o1` }), { timeout: 2000 });
});

test('without limits the pool is open to all (poolLimit null) and the defaults are the order’s', async () => {
  api.on('order.detail', () => open({ points: 6 }));
  api.on('order.dispatch', () => open({ status: 'open', actions: [] }));
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  await screen.findByTestId('triage-form');
  submit();
  await waitFor(() => expect(api.callsOf('order.dispatch')).toHaveLength(1));
  expect(api.callsOf('order.dispatch')[0]).toMatchObject({ categoryId: 'c1-k1', priority: 'normal', headcount: 1, points: 6, poolLimit: null, version: 4 });
});

test('client checks stop a bad form, beside the fields', async () => {
  api.on('order.detail', () => open());
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  fireEvent.change(await screen.findByTestId('plan-headcount'), { target: { value: '0' } });
  fireEvent.change(screen.getByTestId('plan-points'), { target: { value: '101' } });
  submit();
  expect(await screen.findByTestId('field-error-headcount')).toHaveTextContent('需要党员人数须为1–20的整数');
  expect(screen.getByTestId('field-error-points')).toHaveTextContent('积分须为0–100的整数');
  expect(api.callsOf('order.dispatch')).toEqual([]);
});

test('the server’s field messages and field-shaped refusals are shown beside the fields', async () => {
  api.on('order.detail', () => open());
  let answer: () => never = () => refuse('INPUT.INVALID', { points: '单个需求积分最多100分', 'poolLimit.skills.0': '技能不能为空' });
  api.on('order.dispatch', () => answer());
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  fireEvent.click(await screen.findByTestId('limit-toggle'));
  submit();
  expect(await screen.findByTestId('field-error-points')).toHaveTextContent('单个需求积分最多100分');
  expect(screen.getByTestId('field-error-poolLimit.skills')).toHaveTextContent('技能不能为空');

  answer = () => refuse('ORDER.DEADLINE_PAST');
  submit();
  expect(await screen.findByTestId('field-error-deadline')).toHaveTextContent('办结时限必须晚于当前时间');
  expect(screen.queryByTestId('field-error-points')).not.toBeInTheDocument();
  expect(Taro.redirectTo).not.toHaveBeenCalled();
});

test('assign: search the verified members by name, filter by skill, pick one, send with the version', async () => {
  api.on('order.detail', () => open());
  api.on('member.list', ({ q, skill }) => ({
    items: MEMBERS.filter((m) => (!q || m.realName.includes(q) || m.workUnit.includes(q) || m.branch.includes(q)) && (!skill || m.skills.includes(skill))),
    nextCursor: null,
  }));
  api.on('order.assign', () => open({ status: 'assigned', mode: 'assign', actions: [] }));
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'assign' });
  expect(await screen.findAllByTestId('member-option')).toHaveLength(3);
  expect(api.callsOf('member.list')[0]).toMatchObject({ communityId: 'c1', status: 'verified' });

  // Nobody chosen yet.
  submit();
  expect(await screen.findByTestId('field-error-memberId')).toHaveTextContent('请选择要指派的党员');

  fireEvent.change(screen.getByTestId('member-search'), { target: { value: '医院' } });
  await waitFor(() => expect(api.callsOf('member.list').at(-1)).toMatchObject({ status: 'verified', q: '医院' }));
  await waitFor(() => expect(screen.getAllByTestId('member-option')).toHaveLength(1));
  expect(screen.getByTestId('member-option')).toHaveTextContent('陈静');

  fireEvent.change(screen.getByTestId('member-search'), { target: { value: '' } });
  await waitFor(() => expect(screen.getAllByTestId('member-option')).toHaveLength(3));
  fireEvent.click(screen.getAllByTestId('member-skill').find((s) => s.textContent === '法律咨询')!);
  await waitFor(() => expect(api.callsOf('member.list').at(-1)).toMatchObject({ skill: '法律咨询' }));
  await waitFor(() => expect(screen.getAllByTestId('member-option')).toHaveLength(1));
  fireEvent.click(screen.getByTestId('member-option'));
  expect(screen.getByTestId('member-chosen')).toHaveTextContent('刘洋');

  submit();
  await waitFor(() => expect(api.callsOf('order.assign')).toHaveLength(1));
  expect(api.callsOf('order.assign')[0]).toEqual({
    orderId: 'o1', version: 4, memberId: 'm3', categoryId: 'c1-k1', priority: 'normal', deadline: expect.any(String), points: 5,
  });
  expect(await screen.findByText('已指派给刘洋，等待党员响应')).toBeInTheDocument();
});

test('reject requires a reason, then sends it with the referral', async () => {
  api.on('order.detail', () => open());
  api.on('order.reject', () => open({ status: 'rejected', actions: [] }));
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  fireEvent.click(await screen.findByTestId('tab-reject'));
  expect(screen.getByTestId('triage-submit')).toHaveTextContent('确认不予受理');
  submit();
  expect(await screen.findByTestId('field-error-reason')).toHaveTextContent('请填写不予受理的原因');
  expect(api.callsOf('order.reject')).toEqual([]);

  fireEvent.change(within(screen.getByTestId('triage-form')).getByPlaceholderText(/房产过户/), { target: { value: '属于不动产登记业务，社区无法代办' } });
  fireEvent.click(within(screen.getByTestId('reject-referral-choices')).getByText('请拨打12345市民服务热线'));
  submit();
  await waitFor(() =>
    expect(api.callsOf('order.reject')).toEqual([{ orderId: 'o1', version: 4, reason: '属于不动产登记业务，社区无法代办', referral: '请拨打12345市民服务热线' }]),
  );
});

test('escalate sends the note and the street’s time limit', async () => {
  api.on('order.detail', () => open());
  api.on('order.escalate', () => open({ status: 'escalated', actions: [] }));
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1' });
  fireEvent.click(await screen.findByTestId('tab-escalate'));
  submit();
  expect(await screen.findByTestId('field-error-note')).toHaveTextContent('请填写上报说明');
  fireEvent.change(within(screen.getByTestId('triage-form')).getByPlaceholderText(/市政管网/), { target: { value: '涉及市政管网，社区无法处理' } });
  fireEvent.click(within(screen.getByTestId('escalate-deadline')).getByText('7天'));
  const before = Date.now();
  submit();
  await waitFor(() => expect(api.callsOf('order.escalate')).toHaveLength(1));
  const sent = api.callsOf('order.escalate')[0];
  expect(sent).toEqual({ orderId: 'o1', version: 4, note: '涉及市政管网，社区无法处理', photos: [], deadline: expect.any(String) });
  expect(Math.abs(Date.parse(sent.deadline) - (before + 7 * DAY))).toBeLessThan(60_000);
});

test('the contact is shown exactly as the server sent it, never unmasked on the client', async () => {
  api.on('order.detail', () => masked({ version: 4, actions: ALL }));
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1' });
  expect(await screen.findByTestId('triage-contact-phone')).toHaveTextContent('139******78');
  expect(screen.getByTestId('triage-contact-name')).toHaveTextContent('王**');
  expect(screen.queryByText('13912345678')).not.toBeInTheDocument();
});

test('only the server’s actions are offered; an order already handled says so', async () => {
  let actions: OrderDetail['actions'] = ['reject', 'escalate'];
  api.on('order.detail', () => open({ actions }));
  const { unmount } = await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  await screen.findByTestId('triage-form');
  expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['不予受理', '上报街道']);
  expect(screen.getByTestId('triage-form')).toHaveAttribute('data-segment', 'reject');
  unmount();

  actions = [];
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  expect(await screen.findByText('这个需求已经处理过了')).toBeInTheDocument();
  expect(screen.queryByTestId('triage-submit')).not.toBeInTheDocument();
});

test('a stale screen is told so and the order reloaded with its new version', async () => {
  let version = 4;
  api.on('order.detail', () => open({ version }));
  api.on('order.dispatch', () => {
    version = 5;
    return refuse('ORDER.CONFLICT');
  });
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1', mode: 'dispatch' });
  await screen.findByTestId('triage-form');
  submit();
  expect(await screen.findByText('该需求刚刚有了新变化，请刷新后重试')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByTestId('triage')).toHaveAttribute('data-version', '5'));
  expect(api.callsOf('order.detail')).toHaveLength(2);
});

test('a dropped network while loading ends in the message and a retry', async () => {
  let offline = true;
  api.on('order.detail', () => (offline ? refuse('NETWORK.OFFLINE') : open()));
  await renderAs(me(['staff']), <TriagePage />, { id: 'o1' });
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  offline = false;
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByTestId('triage-form')).toBeInTheDocument();
});
