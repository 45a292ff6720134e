/**
 * 居民档案, 代点单 and 代评 through the real host: grid workers keep the records of their grids, place orders for
 * residents without the app (once per key), rate them for the resident after a call or a visit; phones stay masked
 * but for a logged reveal; every refusal is typed, in Chinese, and changes nothing.
 */
import type { ActionInput } from '../../types/actions';
import { inDays, makePerson, resetStore, residentRecord, startTestHost, submission, type Client, type TestHost } from '../factories';
import { makeWorld, type World } from '../scenarios';
import { deliver } from '../../cloud/jobs/deliver';

let host: TestHost;
let w: World;
let gridB: Client;
let grid2: Client;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  w = await makeWorld(host);
  await makePerson(host.store, 'gridB', 'grid', 'c1', { gridId: 'c1-g2' });
  await makePerson(host.store, 'grid2', 'grid', 'c2');
  [gridB, grid2] = await Promise.all([host.as('gridB'), host.as('grid2')]);
});

/** Everything these actions can change. */
const written = async () =>
  JSON.stringify(
    await Promise.all(
      ['resident_records', 'resident_audit', 'orders', 'order_events', 'users', 'notices'].map((t) => host.store.db.query(`SELECT * FROM ${t} ORDER BY 1`)),
    ),
  );

/** The fields of a 代点单 for a record. */
const forRecord = (residentId: string, n = 'for', over: Partial<ActionInput<'order.submitFor'>> = {}): ActionInput<'order.submitFor'> => {
  const { communityId: _c, contactName: _n, contactPhone: _p, address: _a, gridId: _g, ...fields } = submission(n);
  return { ...fields, residentId, ...over };
};

test('a grid worker keeps records of their own grids only, with the community\'s tags; refusals change nothing', async () => {
  const made = await w.grid.ok('resident.create', residentRecord());
  expect(made).toMatchObject({ name: '张奶奶', phone: '138******22', gridId: 'c1-g1', gridName: '第1网格', tags: ['孤寡老人', '高龄'], canAct: true, version: 1 });
  const before = await written();
  expect(await w.grid.call('resident.create', residentRecord({ gridId: 'c1-g2' }))).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.grid.call('resident.create', residentRecord({ gridId: null }))).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.grid.call('resident.create', residentRecord({ gridId: 'c2-g1' }))).toMatchObject({ code: 'GRID.NOT_FOUND', message: '该网格不存在' });
  expect(await w.grid.call('resident.create', residentRecord({ tags: ['有钱人'] }))).toMatchObject({
    code: 'RESIDENT.TAG_UNKNOWN',
    fields: { tags: '“有钱人”不在本社区的居民标签中' },
  });
  expect(await w.grid.call('resident.create', residentRecord({ phone: '123' }))).toMatchObject({ code: 'INPUT.INVALID', fields: { phone: expect.any(String) } });
  expect(await w.resident.call('resident.create', residentRecord())).toMatchObject({ code: 'AUTH.FORBIDDEN', message: '您没有权限进行此操作' });
  expect(await grid2.call('resident.create', residentRecord())).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await written()).toBe(before);
  // Staff keep records anywhere in the community, and without a grid.
  expect(await w.staff.ok('resident.create', residentRecord({ name: '李爷爷', gridId: null, address: null }))).toMatchObject({ gridId: null, canAct: true });
});

test('records are listed by grid for grid workers, searched by name, phone tail, building and tag; phones masked', async () => {
  const a = await w.grid.ok('resident.create', residentRecord({ name: '张奶奶', phone: '13811110001', tags: ['孤寡老人'] }));
  const b = await w.grid.ok('resident.create', residentRecord({ name: '王爷爷', phone: '13811110002', tags: ['独居'], address: { building: '7栋', unit: null, room: null } }));
  const c = await gridB.ok('resident.create', residentRecord({ name: '赵阿婆', phone: '13811110003', gridId: 'c1-g2', tags: ['残疾'] }));
  const names = async (who: Client, q: object = {}) => (await who.ok('resident.list', { communityId: 'c1', ...q })).items.map((r) => r.name);
  expect(await names(w.grid)).toEqual(['王爷爷', '张奶奶']);
  expect(await names(gridB)).toEqual(['赵阿婆']);
  expect(await names(w.staff)).toEqual(['赵阿婆', '王爷爷', '张奶奶']);
  expect(await names(w.street)).toEqual(['赵阿婆', '王爷爷', '张奶奶']);
  expect(await names(w.grid, { gridId: 'c1-g2' })).toEqual([]);
  expect(await names(w.staff, { name: '王' })).toEqual(['王爷爷']);
  expect(await names(w.staff, { phoneTail: '0003' })).toEqual(['赵阿婆']);
  expect(await names(w.staff, { building: '7栋' })).toEqual(['王爷爷']);
  expect(await names(w.staff, { tag: '孤寡老人' })).toEqual(['张奶奶']);
  expect(await w.staff.call('resident.list', { communityId: 'c1', phoneTail: '1a' })).toMatchObject({ code: 'INPUT.INVALID', fields: { phoneTail: expect.any(String) } });
  const page = await w.staff.ok('resident.list', { communityId: 'c1' });
  expect(page.items.map((r) => r.phone)).toEqual(['138******03', '138******02', '138******01']);
  expect(page.items.find((r) => r.id === c.id)?.canAct).toBe(true);
  expect((await w.street.ok('resident.list', { communityId: 'c1' })).items.every((r) => !r.canAct)).toBe(true);
  for (const who of [w.resident, w.member, grid2]) expect(await who.call('resident.list', { communityId: 'c1' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect([a.id, b.id]).toHaveLength(2);
});

test('the full phone only by a reveal, for staff and the grid\'s workers, each reveal in the audit with every change', async () => {
  const { id } = await w.grid.ok('resident.create', residentRecord());
  expect(await w.grid.ok('resident.revealPhone', { residentId: id })).toEqual({ phone: '13811112222' });
  expect(await w.staff.ok('resident.revealPhone', { residentId: id })).toEqual({ phone: '13811112222' });
  const before = await written();
  for (const who of [gridB, grid2, w.street, w.member, w.resident]) {
    expect(await who.call('resident.revealPhone', { residentId: id })).toMatchObject({ code: 'RESIDENT.NOT_FOUND', message: '未找到该居民档案，可能不在您负责的网格' });
  }
  expect(await gridB.call('resident.get', { residentId: id })).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await gridB.call('resident.update', { residentId: id, version: 1, name: '改名' })).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await written()).toBe(before);
  const updated = await w.grid.ok('resident.update', { residentId: id, version: 1, phone: '13811113333', tags: ['高龄', '独居'] });
  expect(updated).toMatchObject({ version: 2, phone: '138******33', tags: ['高龄', '独居'] });
  expect(await w.grid.call('resident.update', { residentId: id, version: 1, name: '过时的' })).toMatchObject({ code: 'RESIDENT.CONFLICT' });
  // A grid worker cannot move a record out of their grids.
  expect(await w.grid.call('resident.update', { residentId: id, version: 2, gridId: 'c1-g2' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  const street = await w.street.ok('resident.get', { residentId: id });
  expect(street.record).toMatchObject({ phone: '138******33', canAct: false });
  const { audit } = await w.staff.ok('resident.get', { residentId: id });
  expect(audit.map((a) => [a.action, a.actorName, a.fields])).toEqual([
    ['update', 'grid', ['phone', 'tags']],
    ['reveal_phone', 'staff', []],
    ['reveal_phone', 'grid', []],
    ['create', 'grid', []],
  ]);
});

test('代点单: placed once per key by the grid worker, shown as theirs, contact from the record and masked like a resident\'s', async () => {
  const { id: recordId } = await w.grid.ok('resident.create', residentRecord());
  const input = forRecord(recordId, 'once');
  const first = await w.grid.ok('order.submitFor', input);
  const again = await w.grid.ok('order.submitFor', { ...input, title: '重试时改了标题' });
  const burst = await Promise.all(Array.from({ length: 4 }, () => w.grid.ok('order.submitFor', input)));
  expect(new Set([first.id, again.id, ...burst.map((o) => o.id)])).toEqual(new Set([first.id]));
  const [{ n }] = await host.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders');
  expect(n).toBe(1);
  expect(first).toMatchObject({
    status: 'submitted',
    recordId,
    placedBy: { userId: w.ids.grid, name: 'grid', role: 'grid_worker' },
    contactName: '张奶奶',
    contactPhone: '13811112222',
    gridId: 'c1-g1',
    address: '5栋 1单元 302',
  });
  expect(first.timeline).toEqual([expect.objectContaining({ type: 'submit', actorRole: 'grid_worker', actorName: 'grid' })]);
  // Staff hear of it as of any new order, and work it; the member sees the contact masked until they hold it.
  await w.staff.ok('order.dispatch', { orderId: first.id, deadline: inDays(3) });
  const pooled = (await w.member.ok('order.pool', { communityId: 'c1' })).items.find((o) => o.id === first.id)!;
  expect(pooled).toMatchObject({ contactPhone: '138******22', contactMasked: true, placedBy: { role: 'grid_worker', name: 'grid' } });
  expect((await w.member.ok('order.claim', { orderId: first.id })).contactPhone).toBe('13811112222');
  // Staff may place one too; another key is another order.
  const byStaff = await w.staff.ok('order.submitFor', forRecord(recordId, 'staff'));
  expect(byStaff.placedBy).toMatchObject({ userId: w.ids.staff, role: 'staff' });
});

test('a record without WeChat is never pushed to: its notices are skipped at once, the placer\'s are sent', async () => {
  const { id: recordId } = await w.grid.ok('resident.create', residentRecord());
  const order = await w.grid.ok('order.submitFor', forRecord(recordId, 'push'));
  await w.staff.ok('order.dispatch', { orderId: order.id, deadline: inDays(3) });
  await w.member.ok('order.claim', { orderId: order.id });
  const report = await deliver(host.store, host.platform);
  expect(report).toMatchObject({ failed: 0, retry: 0 });
  expect(report.skipped).toBeGreaterThan(0);
  expect(report.sent).toBeGreaterThan(0);
  expect(await deliver(host.store, host.platform)).toMatchObject({ sent: 0, skipped: 0, retry: 0, failed: 0 });
});

test('代点单 refused for a record outside the caller\'s grids or community, or named in another community; nothing changes', async () => {
  const { id: recordId } = await w.grid.ok('resident.create', residentRecord());
  const before = await written();
  expect(await gridB.call('order.submitFor', forRecord(recordId))).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await grid2.call('order.submitFor', forRecord(recordId))).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await w.street.call('order.submitFor', forRecord(recordId))).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await w.resident.call('order.submitFor', forRecord(recordId))).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await w.grid.call('order.submitFor', forRecord(recordId, 'x', { communityId: 'c2' }))).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await w.grid.call('order.submitFor', forRecord(recordId, 'x', { categoryId: 'c2-k1' }))).toMatchObject({ code: 'CATEGORY.NOT_FOUND' });
  expect(await w.grid.call('order.submitFor', forRecord('no-such-record'))).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
  expect(await written()).toBe(before);
});

test('代评: the grid worker rates a 代点单 after a visit; it closes, pays the member and is marked apart from a resident\'s own', async () => {
  const orderId = await w.proxyAt('awaiting_rating');
  const before = await written();
  expect(await gridB.call('order.rateFor', { orderId, stars: 4, way: 'visit' })).toMatchObject({ code: 'ORDER.NOT_FOUND' });
  expect(await w.member.call('order.rateFor', { orderId, stars: 4, way: 'visit' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.grid.call('order.rateFor', { orderId, stars: 4, way: 'letter' })).toMatchObject({ code: 'INPUT.INVALID', fields: { way: '请选择回访方式' } });
  expect(await written()).toBe(before);
  const rated = await w.grid.ok('order.rateFor', { orderId, stars: 4, comment: '老人说很满意', way: 'visit' });
  expect(rated).toMatchObject({ status: 'closed', rating: { stars: 4, comment: '老人说很满意', autoClosed: false, proxy: { by: w.ids.grid, way: 'visit' } } });
  expect(rated.timeline.at(-1)).toMatchObject({ type: 'rate_for', actorRole: 'grid_worker', note: '代评（上门回访）：老人说很满意' });
  expect(await w.member.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 5, hours: 1, orders: 1 });
  // A resident's own order is rated by the resident only.
  const own = await w.orderAt('awaiting_rating');
  expect(await w.staff.call('order.rateFor', { orderId: own, stars: 5, way: 'phone' })).toMatchObject({
    code: 'ORDER.NOT_PROXY',
    message: '只有代点单的需求才能代评，居民本人的需求请等待居民评价',
  });
  const confirmed = await w.resident.ok('order.confirm', { orderId: own, stars: 5 });
  expect(confirmed.rating).toEqual({ stars: 5, comment: null, autoClosed: false });
});

test('linking a record to the resident who joined hands them their 代点单 orders, once', async () => {
  const orderId = await w.proxyAt('submitted');
  const recordId = (await host.store.getOrder(orderId))!.recordId!;
  expect(await w.grid.call('resident.link', { residentId: recordId, userId: w.ids.newcomer })).toMatchObject({ code: 'USER.NOT_FOUND' });
  await w.newcomer.ok('community.join', { communityId: 'c1' });
  const linked = await w.grid.ok('resident.link', { residentId: recordId, userId: w.ids.newcomer });
  expect(linked).toMatchObject({ linkedUserId: w.ids.newcomer, version: 2 });
  const mine = await w.newcomer.ok('order.mine', {});
  expect(mine.items.map((o) => [o.id, o.contactPhone, o.actions])).toEqual([[orderId, '13811112222', ['cancel']]]);
  expect(await w.grid.call('resident.link', { residentId: recordId, userId: w.ids.resident })).toMatchObject({ code: 'RESIDENT.ALREADY_LINKED' });
  // A 代点单 placed after linking is the resident's from the start.
  const later = await w.grid.ok('order.submitFor', forRecord(recordId, 'after-link'));
  expect((await w.newcomer.ok('order.mine', {})).items.map((o) => o.id)).toContain(later.id);
});

test('grid roles: granted per grid by the community\'s admin; the grid worker works the orders of their grids only', async () => {
  const me = await w.admin.ok('grid.grant', { communityId: 'c1', userId: w.ids.newcomer, role: 'grid_leader', gridIds: ['c1-g2'] });
  expect(me.grids).toEqual([{ communityId: 'c1', gridId: 'c1-g2', name: '第2网格', role: 'grid_leader' }]);
  expect(await w.staff.call('grid.grant', { communityId: 'c1', userId: w.ids.resident, role: 'grid_worker', gridIds: ['c1-g1'] })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.admin.call('grid.grant', { communityId: 'c1', userId: w.ids.resident, role: 'grid_worker', gridIds: ['c2-g1'] })).toMatchObject({ code: 'GRID.NOT_FOUND' });
  const inG1 = await w.orderAt('submitted');
  const inG2 = (await w.resident.ok('order.submit', submission('g2', { gridId: 'c1-g2' }))).id;
  const queue = async (who: Client, q: object = {}) => (await who.ok('order.queue', { communityId: 'c1', tab: 'submitted', ...q }));
  const g1 = await queue(w.grid);
  expect(g1.items.map((o) => o.id)).toEqual([inG1]);
  expect(g1.counts.submitted).toBe(1);
  expect((await queue(gridB)).items.map((o) => o.id)).toEqual([inG2]);
  expect((await queue(w.grid, { gridId: 'c1-g2' })).items).toEqual([]);
  expect((await queue(w.staff)).items.map((o) => o.id).sort()).toEqual([inG1, inG2].sort());
  expect(await grid2.call('order.queue', { communityId: 'c1', tab: 'submitted' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  // They work their grid's orders, not the other grid's, and none of the community's admin functions.
  expect(await w.grid.ok('order.dispatch', { orderId: inG1, deadline: inDays(2) })).toMatchObject({ status: 'open' });
  expect(await w.grid.call('order.dispatch', { orderId: inG2, deadline: inDays(2) })).toMatchObject({ code: 'ORDER.NOT_FOUND' });
  expect(await w.grid.call('member.list', { communityId: 'c1' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.grid.call('member.review', { communityId: 'c1', userId: w.ids.pending, decision: 'verify' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.grid.call('ledger.addManual', { communityId: 'c1', memberId: w.ids.member, points: 1, reason: '加分试试' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.grid.call('staff.grant', { communityId: 'c1', userId: w.ids.grid, role: 'staff' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await w.grid.call('grid.grant', { communityId: 'c1', userId: w.ids.grid, role: 'grid_worker', gridIds: ['c1-g2'] })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
});
