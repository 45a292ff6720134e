/**
 * 职能部门 over HTTP: the street's admin keeps its departments and their staff; street staff send an escalated order
 * on to a department of their street with its own deadline; the department reports progress, resolves it (the resident
 * rates it) or returns it to the street; the sweep marks it once past the department's deadline. Every step is in the
 * timeline and tells who must know; bad input is a typed Chinese error that changes nothing.
 */
import { sweep } from '../../cloud/jobs/sweep';
import { inDays, makePerson, resetStore, startTestHost, type Client, type TestHost } from '../factories';
import { makeWorld, WORLD_DEPARTMENT, type World } from '../scenarios';

const HOUR = 3_600_000;
let now = new Date();
let host: TestHost;
let w: World;

beforeAll(async () => {
  host = await startTestHost({ clock: () => now });
});
afterAll(() => host.stop());
beforeEach(async () => {
  now = new Date();
  await resetStore(host.store);
  w = await makeWorld(host);
});

const rows = async () => ({
  orders: await host.store.db.query('SELECT * FROM orders ORDER BY id'),
  events: await host.store.db.query('SELECT * FROM order_events ORDER BY id'),
  departments: await host.store.db.query('SELECT * FROM departments ORDER BY id'),
  grants: await host.store.db.query('SELECT * FROM role_grants ORDER BY user_id, role, community_id, street_id'),
});
const kinds = async (who: Client) => (await who.ok('notice.list', {})).items.map((n) => n.kind);
const send = (orderId: string, over: Record<string, unknown> = {}) =>
  w.street.call('order.toDepartment', { orderId, departmentId: WORLD_DEPARTMENT.id, deadline: inDays(2), note: '占道经营，请城管中队处理', ...over });

test('the street sends it on, the department reports and resolves it, the resident rates it: each step timed and told', async () => {
  const id = await w.orderAt('escalated');
  const sent = await send(id);
  expect(sent).toMatchObject({ code: 0, data: { status: 'escalated', department: { departmentId: WORLD_DEPARTMENT.id, name: '城管中队', outcome: null } } });
  expect(await kinds(w.dept)).toEqual(['dept_assigned']);
  expect((await w.dept.ok('department.queue', { departmentId: WORLD_DEPARTMENT.id })).items.map((o) => o.id)).toEqual([id]);

  const seen = await w.dept.ok('order.detail', { orderId: id });
  expect(seen.actions.sort()).toEqual(['dept_progress', 'dept_resolve', 'dept_return']);
  expect(seen.contactMasked).toBe(false);
  // The street waits for the department's answer.
  expect((await w.street.ok('order.detail', { orderId: id })).actions).toEqual([]);

  await w.dept.ok('order.departmentStep', { orderId: id, step: 'progress', note: '已到现场查看' });
  const done = await w.dept.ok('order.departmentStep', { orderId: id, step: 'resolve', note: '已清理完毕' });
  expect(done).toMatchObject({ status: 'awaiting_rating', department: { outcome: 'resolved' } });
  expect(done.timeline.map((e) => [e.type, e.actorRole])).toEqual(
    expect.arrayContaining([
      ['to_department', 'street_staff'],
      ['dept_progress', 'department_staff'],
      ['dept_resolve', 'department_staff'],
    ]),
  );
  expect(await kinds(w.street)).toEqual(['dept_resolved']);
  expect(await kinds(w.resident)).toEqual(expect.arrayContaining(['progress', 'done']));
  expect((await w.resident.ok('order.detail', { orderId: id })).actions).toEqual(expect.arrayContaining(['confirm']));
  expect((await w.dept.ok('department.queue', { departmentId: WORLD_DEPARTMENT.id, tab: 'resolved' })).items.map((o) => o.id)).toEqual([id]);
});

test('returned to the street with the reason, the street may resolve it or send it on again', async () => {
  const id = await w.departmentOrder();
  const back = await w.dept.ok('order.departmentStep', { orderId: id, step: 'return', note: '不属于本部门职责' });
  expect(back).toMatchObject({ status: 'escalated', department: { outcome: 'returned' } });
  expect(back.timeline.at(-1)).toMatchObject({ type: 'dept_return', note: '退回街道：不属于本部门职责' });
  expect(await kinds(w.street)).toEqual(['dept_returned']);
  expect((await w.street.ok('order.detail', { orderId: id })).actions.sort()).toEqual(['street_resolve', 'street_return', 'to_department']);
  expect(await w.dept.call('order.departmentStep', { orderId: id, step: 'resolve', note: '又改主意' })).toMatchObject({ code: 'DEPARTMENT.NOT_WITH_IT' });
});

test('the sweep marks it once past the department deadline and tells the department and the street', async () => {
  const id = await w.orderAt('escalated');
  await w.street.ok('order.toDepartment', { orderId: id, departmentId: WORLD_DEPARTMENT.id, deadline: new Date(Date.now() + HOUR).toISOString(), note: '请处理' });
  expect((await sweep(host.store, new Date(Date.now() + 2 * HOUR))).departmentOverdue).toBe(1);
  expect((await sweep(host.store, new Date(Date.now() + 3 * HOUR))).departmentOverdue).toBe(0);
  now = new Date(Date.now() + 2 * HOUR);
  const d = await w.dept.ok('order.detail', { orderId: id });
  expect(d.department).toMatchObject({ overdue: true });
  expect(d.department!.overdueAt).not.toBeNull();
  expect(await kinds(w.dept)).toEqual(['dept_overdue', 'dept_assigned']);
  expect(await kinds(w.street)).toEqual(['dept_overdue']);
  expect((await w.dept.ok('department.queue', { departmentId: WORLD_DEPARTMENT.id, tab: 'overdue' })).items.map((o) => o.id)).toEqual([id]);
});

describe('bad input is refused in Chinese and changes nothing', () => {
  test.each([
    ['a department of another street', { departmentId: 'st2-d1' }, 'DEPARTMENT.OTHER_STREET', '只能转派给本街道的职能部门'],
    ['a department that does not exist', { departmentId: 'nope' }, 'DEPARTMENT.NOT_FOUND', '未找到该职能部门，或它已停用'],
    ['a deadline in the past', { deadline: inDays(-1) }, 'ORDER.DEADLINE_PAST', '办结时限必须晚于当前时间'],
  ])('转派 to %s', async (_name, over, code, message) => {
    await host.store.saveDepartment({ id: 'st2-d1', streetId: 'st2', name: '二街道城管', contactName: '孙队', contactPhone: '13900004444', active: true });
    const id = await w.orderAt('escalated');
    const before = await rows();
    expect(await send(id, over)).toMatchObject({ code, message });
    expect(await rows()).toEqual(before);
  });

  test('a retired department takes no new orders', async () => {
    await w.streetAdmin.ok('department.save', { streetId: 'st1', department: { ...WORLD_DEPARTMENT, active: false } });
    const id = await w.orderAt('escalated');
    expect(await send(id)).toMatchObject({ code: 'DEPARTMENT.NOT_FOUND' });
  });

  test('community staff, and department staff, cannot send it on', async () => {
    const id = await w.orderAt('escalated');
    const before = await rows();
    expect(await w.staff.call('order.toDepartment', { orderId: id, departmentId: WORLD_DEPARTMENT.id, deadline: inDays(2), note: '请处理' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await w.dept.call('order.toDepartment', { orderId: id, departmentId: WORLD_DEPARTMENT.id, deadline: inDays(2), note: '请处理' })).toMatchObject({ code: 'ORDER.NOT_FOUND' });
    expect(await rows()).toEqual(before);
  });

  test("staff of another department cannot act on this department's order, nor read its queue", async () => {
    await host.store.saveDepartment({ id: 'st1-d2', streetId: 'st1', name: '住建办', contactName: '王工', contactPhone: '13900003333', active: true });
    await host.store.setDepartmentStaff((await host.store.ensureUser('dept2', 'dept2')).id, { id: 'st1-d2', streetId: 'st1' }, true);
    const other = await host.as('dept2');
    const id = await w.departmentOrder();
    const before = await rows();
    expect(await other.call('order.departmentStep', { orderId: id, step: 'resolve', note: '已办结' })).toMatchObject({ code: 'ORDER.NOT_FOUND' });
    expect(await other.call('department.queue', { departmentId: WORLD_DEPARTMENT.id })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await rows()).toEqual(before);
  });

  test('a duplicate name, a bad phone, and granting oneself', async () => {
    const before = await rows();
    const dup = await w.streetAdmin.call('department.save', { streetId: 'st1', department: { name: '城管中队', contactName: '李', contactPhone: '13900001234' } });
    expect(dup).toMatchObject({ code: 'DEPARTMENT.DUPLICATE', fields: { 'department.name': '本街道已有同名的职能部门' } });
    const phone = await w.streetAdmin.call('department.save', { streetId: 'st1', department: { name: '住建办', contactName: '李', contactPhone: '123' } });
    expect(phone).toMatchObject({ code: 'INPUT.INVALID' });
    const self = await w.streetAdmin.call('department.grant', { departmentId: WORLD_DEPARTMENT.id, userId: (await w.streetAdmin.ok('session.me', {})).userId });
    expect(self).toMatchObject({ code: 'DEPARTMENT.SELF_GRANT', message: '不能给自己授予或撤销部门工作人员身份' });
    expect(await rows()).toEqual(before);
  });
});

test('the street admin grants and revokes department staff; a revoked one no longer sees the queue', async () => {
  const newcomer = await makePerson(host.store, 'newcomer2', 'resident');
  const granted = await w.streetAdmin.ok('department.grant', { departmentId: WORLD_DEPARTMENT.id, userId: newcomer });
  expect(granted.staff.map((s) => s.userId)).toContain(newcomer);
  const them = await host.as('newcomer2');
  expect((await them.ok('session.me', {})).roles).toContainEqual(expect.objectContaining({ role: 'department_staff', departmentId: WORLD_DEPARTMENT.id }));
  await them.ok('department.queue', { departmentId: WORLD_DEPARTMENT.id });
  const revoked = await w.streetAdmin.ok('department.grant', { departmentId: WORLD_DEPARTMENT.id, userId: newcomer, revoke: true });
  expect(revoked.staff.map((s) => s.userId)).not.toContain(newcomer);
  expect(await them.call('department.queue', { departmentId: WORLD_DEPARTMENT.id })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
});

test("the street's dashboard carries each department's 部门考核 from the orders sent to it", async () => {
  const onTime = await w.departmentOrder();
  await w.dept.ok('order.departmentStep', { orderId: onTime, step: 'resolve', note: '已办结' });
  await w.resident.ok('order.confirm', { orderId: onTime, stars: 5 });
  await w.departmentOrder(); // still with it
  await w.streetAdmin.ok('department.save', { streetId: 'st1', department: { name: '住建办', contactName: '王工', contactPhone: '13900003333' } });
  const s = await w.street.ok('stats.street', { streetId: 'st1', from: inDays(-1), to: inDays(1) });
  expect(s.byDepartment).toEqual([
    { departmentId: expect.any(String), name: '住建办', received: 0, resolved: 0, onTimeRate: null, satisfaction: null },
    { departmentId: WORLD_DEPARTMENT.id, name: '城管中队', received: 2, resolved: 1, onTimeRate: 1, satisfaction: 1 },
  ]);
});
