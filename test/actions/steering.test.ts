/**
 * Staff steering stuck work over HTTP, through the real host: 督办 marks the queue until the member answers, 延期 shows
 * in the resident's timeline, 收回 frees one member's slot, 改派 hands the order to another member who accepts, and
 * the member picker shows each member's load. Bad input gets a typed Chinese error and changes nothing.
 */
import type { Envelope } from '../../types/errors';
import { ERROR_MESSAGES } from '../../types/errors';
import { inDays, makePerson, resetStore, startTestHost, submission, type TestHost } from '../factories';
import { makeWorld, type World } from '../scenarios';

let host: TestHost;
let w: World;

beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  w = await makeWorld(host);
});

const kinds = async (who: World['staff']) => (await who.ok('notice.list', {})).items.map((n) => n.kind);
const queueItem = async (tab: 'in_progress' | 'dispatched', orderId: string) =>
  (await w.staff.ok('order.queue', { communityId: 'c1', tab })).items.find((o) => o.id === orderId)!;

test('督办: the member is told, the queue marks it until the member reports progress', async () => {
  const orderId = await w.orderAt('in_progress');
  const urged = await w.staff.ok('order.urge', { orderId, note: '居民反映还没人联系，请今天上门' });
  expect(urged.status).toBe('in_progress');
  expect(urged.timeline.at(-1)).toMatchObject({ type: 'urge', actorRole: 'staff', actorName: 'staff', note: '居民反映还没人联系，请今天上门' });
  expect((await queueItem('in_progress', orderId)).urgedAt).toBe(urged.urgedAt);
  const notice = (await w.member.ok('notice.list', {})).items.find((n) => n.kind === 'urged');
  expect(notice?.text).toBe('社区督办：居民反映还没人联系，请今天上门');
  expect(await kinds(w.staff)).not.toContain('urged');

  await w.member.ok('order.progress', { orderId, note: '已联系，下午上门' });
  expect((await queueItem('in_progress', orderId)).urgedAt).toBeNull();
});

test('延期: a later deadline with the reason, seen by the resident in the timeline and told to them', async () => {
  const orderId = await w.orderAt('in_progress');
  const deadline = inDays(6);
  const extended = await w.staff.ok('order.extend', { orderId, deadline, reason: '配件需要从厂家调货' });
  expect(extended.deadline).toBe(deadline);
  const mine = await w.resident.ok('order.detail', { orderId });
  expect(mine.deadline).toBe(deadline);
  const step = mine.timeline.find((e) => e.type === 'extend')!;
  expect(step).toMatchObject({ actorRole: 'staff', from: 'in_progress', to: 'in_progress' });
  expect(step.note).toMatch(/^办结时限延至\d+月\d+日 \d\d:\d\d：配件需要从厂家调货$/);
  expect(await kinds(w.resident)).toContain('extended');
  expect(await kinds(w.member)).toContain('task_extended');
});

test('收回 from one of two holders: their slot returns to the pool, the other keeps working', async () => {
  const { id: orderId } = await w.resident.ok('order.submit', submission('team'));
  await w.staff.ok('order.dispatch', { orderId, deadline: inDays(3), headcount: 2 });
  const member2 = await host.as('member2');
  await w.member.ok('order.claim', { orderId });
  await member2.ok('order.claim', { orderId });

  const nameless = await w.staff.call('order.recall', { orderId, reason: '长时间没有进展' });
  expect(nameless).toMatchObject({ code: 'ORDER.RECALL_WHOM', message: ERROR_MESSAGES['ORDER.RECALL_WHOM'] });

  const recalled = await w.staff.ok('order.recall', { orderId, memberId: w.ids.member2, reason: '长时间没有进展' });
  expect(recalled).toMatchObject({ status: 'open', holders: [expect.objectContaining({ memberId: w.ids.member })] });
  expect(recalled.timeline.at(-1)).toMatchObject({ type: 'recall', actorRole: 'staff', note: '收回党员member2承接的任务：长时间没有进展' });
  expect(await kinds(member2)).toContain('recalled');
  expect((await member2.ok('order.myClaims', { state: 'active' })).items).toEqual([]);
  // Another member takes the free slot.
  await makePerson(host.store, 'member3', 'member');
  const third = await host.as('member3');
  expect((await third.ok('order.claim', { orderId })).status).toBe('in_progress');
});

test('改派: the holder lets go, the new member is asked and accepts; the picker shows each one’s load', async () => {
  const orderId = await w.orderAt('in_progress');
  const before = await w.staff.ok('member.list', { communityId: 'c1', status: 'verified' });
  const load = (page: typeof before, id: string) => page.items.find((m) => m.userId === id)!;
  expect(load(before, w.ids.member)).toMatchObject({ activeOrders: 1, lastActiveAt: expect.any(String) });
  expect(load(before, w.ids.member2)).toMatchObject({ activeOrders: 0, lastActiveAt: null });

  const moved = await w.staff.ok('order.reassign', { orderId, memberId: w.ids.member2, note: '改派给就近的党员' });
  expect(moved).toMatchObject({ status: 'assigned', mode: 'assign', holders: [], assignee: { memberId: w.ids.member2 } });
  expect(await kinds(w.member)).toContain('recalled');
  const member2 = await host.as('member2');
  expect(await kinds(member2)).toContain('assigned');
  expect((await member2.ok('order.accept', { orderId })).status).toBe('in_progress');

  const after = await w.staff.ok('member.list', { communityId: 'c1', status: 'verified' });
  expect(load(after, w.ids.member).activeOrders).toBe(0);
  expect(load(after, w.ids.member2)).toMatchObject({ activeOrders: 1, lastActiveAt: expect.any(String) });
});

test('bad input: a member urging, a resident recalling, a non-holder, an extension into the past — typed, in Chinese, nothing changed', async () => {
  const orderId = await w.orderAt('in_progress');
  const seen = await w.staff.ok('order.detail', { orderId });
  const refused = async (res: Envelope<unknown>, code: keyof typeof ERROR_MESSAGES) => {
    expect(res).toEqual({ code, message: ERROR_MESSAGES[code] });
    expect(await w.staff.ok('order.detail', { orderId })).toEqual(seen);
  };
  await refused(await w.member.call('order.urge', { orderId, note: '快点' }), 'AUTH.FORBIDDEN');
  await refused(await w.resident.call('order.recall', { orderId, reason: '不想要这个党员了' }), 'AUTH.FORBIDDEN');
  await refused(await w.staff.call('order.recall', { orderId, memberId: w.ids.member2, reason: '长时间没有进展' }), 'ORDER.NOT_HOLDER');
  await refused(await w.staff.call('order.extend', { orderId, deadline: inDays(-1), reason: '配件需要调货' }), 'ORDER.DEADLINE_PAST');
  await refused(await w.staff.call('order.extend', { orderId, deadline: inDays(1), reason: '配件需要调货' }), 'ORDER.DEADLINE_NOT_LATER');
  const blank = await w.staff.call('order.urge', { orderId, note: '  ' });
  expect(blank).toMatchObject({ code: 'INPUT.INVALID', fields: { note: '请填写说明' } });
  expect(await w.staff.ok('order.detail', { orderId })).toEqual(seen);
});
