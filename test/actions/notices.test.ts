/**
 * Notices and urgency over HTTP, through the real host: urgent orders lead the queue, staff hear of new orders at
 * once, the resident hears of progress, the sweep tells staff again of orders left waiting and reminds the people
 * doing the work; everyone reads and marks only their own notices.
 */
import { sweep } from '../../cloud/jobs/sweep';
import { resetStore, startTestHost, submission, type TestHost } from '../factories';
import { makeWorld, type World } from '../scenarios';

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

const later = (hours: number) => new Date(Date.now() + hours * HOUR);
const unread = async (who: World['staff']) => (await who.ok('notice.list', {})).unread;

test('危及生命 and 紧急 orders lead 待受理, then those past their 受理时限, then the rest oldest first', async () => {
  // A second apart: the host's clock stands still in this file.
  const submitAt = (seconds: number, n: string, over: Parameters<typeof submission>[1] = {}) => {
    now = new Date(Date.now() + seconds * 1000);
    return w.resident.ok('order.submit', submission(n, over));
  };
  const normal = await submitAt(1, 'normal');
  const urgent = await submitAt(2, 'urgent', { urgency: 'urgent' });
  const life = await submitAt(3, 'life', { urgency: 'life_threatening' });
  const normal2 = await submitAt(4, 'normal2');
  expect(life.acceptBy).toBe(new Date(Date.parse(life.createdAt) + 15 * 60_000).toISOString());
  const queue = async () => (await w.staff.ok('order.queue', { communityId: 'c1', tab: 'submitted' })).items;
  expect((await queue()).map((o) => o.id)).toEqual([life.id, urgent.id, normal.id, normal2.id]);
  expect((await queue()).map((o) => o.acceptOverdue)).toEqual([false, false, false, false]);

  // An hour on, the life-threatening order is past its 15 minutes: flagged, and staff are told again.
  now = later(1);
  expect((await queue()).map((o) => [o.id, o.acceptOverdue])).toEqual([[life.id, true], [urgent.id, false], [normal.id, false], [normal2.id, false]]);
  const before = await unread(w.staff);
  expect((await sweep(host.store, now)).acceptOverdue).toBe(1);
  expect((await sweep(host.store, now)).acceptOverdue).toBe(0);
  const list = await w.staff.ok('notice.list', {});
  expect(list.unread).toBe(before + 1);
  expect(list.items[0]).toMatchObject({ kind: 'accept_overdue', orderId: life.id, text: '【危及生命】已超过受理时限，请尽快受理', read: false });
  const detail = await w.staff.ok('order.detail', { orderId: life.id });
  expect(detail.timeline.at(-1)).toMatchObject({ type: 'accept_overdue', actorName: '系统', from: 'submitted', to: 'submitted' });

  // A day on, the normal ones are past theirs too: marked, they come before the unmarked one submitted later.
  now = later(25);
  const late = await w.resident.ok('order.submit', submission('late'));
  await sweep(host.store, now);
  expect((await queue()).map((o) => o.id)).toEqual([life.id, urgent.id, normal.id, normal2.id, late.id]);
});

test('a new urgent order reaches every staff member and admin at once, marked, with unread +1; the resident is told nothing', async () => {
  const [staffBefore, adminBefore] = [await unread(w.staff), await unread(w.admin)];
  const order = await w.resident.ok('order.submit', submission('leak', { urgency: 'urgent', title: '水管爆裂' }));
  for (const [who, before] of [[w.staff, staffBefore], [w.admin, adminBefore]] as const) {
    const list = await who.ok('notice.list', {});
    expect(list.unread).toBe(before + 1);
    expect(list.items[0]).toEqual({ id: expect.any(String), kind: 'new_order', orderId: order.id, title: '水管爆裂', text: '【紧急】新需求，请在2小时内受理', at: order.createdAt, read: false });
  }
  expect((await w.resident.ok('notice.list', {})).items.map((n) => n.orderId)).not.toContain(order.id);
  expect(await unread(w.street)).toBe(0);
});

test('the resident hears of 完成 and is asked to rate; reminded the day before it closes unrated, once', async () => {
  const orderId = await w.orderAt('awaiting_rating');
  const list = await w.resident.ok('notice.list', {});
  expect(list.items[0]).toMatchObject({ kind: 'done', orderId, text: '服务已完成，请确认并评价', read: false });
  expect(list.items.map((n) => n.kind)).toEqual(['done', 'taken']);
  await sweep(host.store, later(5 * 24));
  expect((await w.resident.ok('notice.list', {})).items).toHaveLength(2);
  await sweep(host.store, later(6.5 * 24));
  await sweep(host.store, later(6.6 * 24));
  expect((await w.resident.ok('notice.list', {})).items.map((n) => n.kind)).toEqual(['rate_reminder', 'done', 'taken']);
});

test('the member holding an order is told once as its deadline nears, then again with staff when it passes', async () => {
  const orderId = await w.orderAt('in_progress'); // deadline in 3 days
  // Progress reported, so the claim sweep (claim without progress) leaves this claim alone.
  await w.member.ok('order.progress', { orderId, note: '已联系居民' });
  const kinds = async () => (await w.member.ok('notice.list', {})).items.filter((n) => n.orderId === orderId).map((n) => n.kind);
  await sweep(host.store, later(60));
  expect(await kinds()).toEqual([]);
  await sweep(host.store, later(68));
  await sweep(host.store, later(69));
  expect(await kinds()).toEqual(['deadline_near']);
  now = later(73);
  await sweep(host.store, now);
  expect(await kinds()).toEqual(['task_overdue', 'deadline_near']);
  expect((await w.staff.ok('notice.list', {})).items[0]).toMatchObject({ kind: 'order_overdue', orderId });
});

test('全部已读 leaves nothing unread; marking by id touches only the caller\'s own; another\'s ids are ignored', async () => {
  await w.resident.ok('order.submit', submission('a'));
  await w.resident.ok('order.submit', submission('b'));
  const staff = await w.staff.ok('notice.list', {});
  const admin = await w.admin.ok('notice.list', {});
  expect(staff.unread).toBe(2);
  // Marking the staff member's notices as someone else changes nothing of theirs.
  expect(await w.admin.ok('notice.read', { ids: staff.items.map((n) => n.id) })).toEqual({ unread: 2 });
  expect(await w.resident.ok('notice.read', { ids: staff.items.map((n) => n.id) })).toEqual({ unread: 0 });
  expect((await w.staff.ok('notice.list', {})).unread).toBe(2);
  expect(await w.staff.ok('notice.read', { ids: [staff.items[0].id, admin.items[0].id, 'nonsense'] })).toEqual({ unread: 1 });
  expect((await w.staff.ok('notice.list', {})).items.map((n) => n.read)).toEqual([true, false]);
  expect((await w.admin.ok('notice.list', {})).unread).toBe(2);
  expect(await w.staff.ok('notice.read', { all: true })).toEqual({ unread: 0 });
  expect((await w.admin.ok('notice.list', {})).unread).toBe(2);
  expect(await w.staff.call('notice.read', {})).toMatchObject({ code: 'INPUT.INVALID', message: '请选择要标为已读的消息' });
});

test('the message centre pages newest first', async () => {
  for (let i = 0; i < 5; i++) await w.resident.ok('order.submit', submission(`p${i}`));
  const first = await w.staff.ok('notice.list', { limit: 3 });
  const second = await w.staff.ok('notice.list', { limit: 3, cursor: first.nextCursor! });
  expect([...first.items, ...second.items].map((n) => n.title)).toEqual([4, 3, 2, 1, 0].map((i) => `需要帮助 p${i}`));
  expect(second.nextCursor).toBeNull();
  expect(first.unread).toBe(5);
});

test('a notice for an order the reader can no longer see opens with the ordinary "not found"', async () => {
  const orderId = await w.orderAt('assigned');
  const told = (await w.member.ok('notice.list', {})).items.find((n) => n.orderId === orderId);
  expect(told).toMatchObject({ kind: 'assigned', text: '社区给您指派了需求，请在24小时内接受' });
  await w.resident.ok('order.cancel', { orderId });
  expect(await w.member.call('order.detail', { orderId: told!.orderId })).toMatchObject({ code: 'ORDER.NOT_FOUND' });
});

test('staff hear when an assignment is declined, a claim released, an order reopened or returned by the street', async () => {
  const declined = await w.orderAt('assigned');
  await w.member.ok('order.decline', { orderId: declined, reason: '本周出差' });
  const released = await w.orderAt('in_progress');
  await w.member.ok('order.release', { orderId: released, reason: '临时有事' });
  const reopened = await w.orderAt('awaiting_rating');
  await w.resident.ok('order.reopen', { orderId: reopened, reason: '还是漏水' });
  const returned = await w.orderAt('escalated');
  await w.street.ok('order.streetResolve', { orderId: returned, note: '请社区继续跟进', outcome: 'returned' });
  const items = (await w.staff.ok('notice.list', { limit: 50 })).items.filter((n) => n.kind !== 'new_order');
  expect(items.map((n) => [n.kind, n.orderId])).toEqual([
    ['street_returned', returned],
    ['order_reopened', reopened],
    ['claim_released', released],
    ['assign_declined', declined],
  ]);
  const resident = (await w.resident.ok('notice.list', { limit: 50 })).items;
  expect(resident.find((n) => n.orderId === released && n.kind === 'back_to_pool')).toMatchObject({ text: '党员因故退出，需求已重新发布' });
  expect((await w.member.ok('notice.list', { limit: 50 })).items.find((n) => n.orderId === reopened)).toMatchObject({ kind: 'task_reopened' });
});
