/**
 * The whole loop through the real host over HTTP, with three people:
 * 群众点单 → 党组织下单 → 党员接单 → progress → complete → 评 (points and hours), and the timeline of it all.
 */
import { deliver } from '../../cloud/jobs/deliver';
import { inDays, makePerson, resetStore, startTestHost, submission, type TestHost } from '../factories';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  host.platform.outbox.length = 0;
});

test('a resident, a staff member and a member take an order from submission to a rated close', async () => {
  await makePerson(host.store, 'resident', 'resident');
  await makePerson(host.store, 'staff', 'staff');
  const memberId = await makePerson(host.store, 'member', 'member');
  const [resident, staff, member] = await Promise.all(['resident', 'staff', 'member'].map((o) => host.as(o)));

  const placed = await resident.ok('order.submit', submission(1, { photos: [] }));
  expect(placed.status).toBe('submitted');
  expect(placed.actions).toEqual(['cancel']);
  expect(placed.contactPhone).toBe('13912345678');

  const queue = await staff.ok('order.queue', { communityId: 'c1', tab: 'submitted' });
  expect(queue.items.map((o) => o.id)).toEqual([placed.id]);
  expect(queue.counts.submitted).toBe(1);
  expect(queue.items[0].actions).toEqual(expect.arrayContaining(['reject', 'dispatch', 'assign', 'escalate']));

  const dispatched = await staff.ok('order.dispatch', { orderId: placed.id, deadline: inDays(3), points: 12, priority: 'high' });
  expect(dispatched).toMatchObject({ status: 'open', points: 12, priority: 'high', mode: 'pool' });

  const pool = await member.ok('order.pool', { communityId: 'c1' });
  expect(pool.items.map((o) => o.id)).toEqual([placed.id]);
  expect(pool.items[0].contactPhone).toBe('139******78');
  expect(pool.items[0].address).not.toContain('501');
  expect(pool.items[0].actions).toEqual(['claim']);

  const claimed = await member.ok('order.claim', { orderId: placed.id });
  expect(claimed.status).toBe('in_progress');
  expect(claimed.holders.map((h) => h.memberId)).toEqual([memberId]);
  // Holding it, the member now sees the door and the phone.
  expect(claimed.contactPhone).toBe('13912345678');
  expect(claimed.address).toContain('501');

  await member.ok('order.progress', { orderId: placed.id, note: '已上门查看' });
  const done = await member.ok('order.complete', { orderId: placed.id, note: '已修好', hours: 2 });
  expect(done.status).toBe('awaiting_rating');

  const mine = await resident.ok('order.mine', { status: 'awaiting_rating' });
  expect(mine.items[0].actions).toEqual(['confirm', 'reopen']);
  const closed = await resident.ok('order.confirm', { orderId: placed.id, stars: 5, comment: '非常感谢' });
  expect(closed.status).toBe('closed');
  expect(closed.rating).toEqual({ stars: 5, comment: '非常感谢', autoClosed: false });

  const ledger = await member.ok('ledger.mine', { communityId: 'c1' });
  expect(ledger).toMatchObject({ points: 12, hours: 2, orders: 1 });

  const visited = await staff.ok('order.visit', { orderId: placed.id, note: '电话回访', satisfied: true });
  expect(visited.timeline.map((e) => [e.type, e.from, e.to])).toEqual([
    ['submit', null, 'submitted'],
    ['dispatch', 'submitted', 'open'],
    ['claim', 'open', 'in_progress'],
    ['progress', 'in_progress', 'in_progress'],
    ['complete', 'in_progress', 'awaiting_rating'],
    ['confirm', 'awaiting_rating', 'closed'],
    ['visit', 'closed', 'closed'],
  ]);
  expect(visited.timeline.map((e) => e.actorRole)).toEqual(['resident', 'staff', 'member', 'member', 'member', 'resident', 'staff']);
  // Every step someone must know about left a notice; delivered, WeChat would have told staff of the new order and
  // the resident three times: someone took it on, progress, and it is done.
  expect(await deliver(host.store, host.platform)).toMatchObject({ sent: 4 });
  expect(host.platform.outbox.map((n) => [n.openid, n.kind, n.orderId])).toEqual([
    ['staff', 'new_order', placed.id],
    ['resident', 'taken', placed.id],
    ['resident', 'progress', placed.id],
    ['resident', 'done', placed.id],
  ]);
  expect(await deliver(host.store, host.platform)).toMatchObject({ sent: 0 });
  const told = await resident.ok('notice.list', {});
  expect(told.items.map((n) => [n.kind, n.text])).toEqual([
    ['done', '服务已完成，请确认并评价'],
    ['progress', '服务进度：已上门查看'],
    ['taken', '党员党员member（某单位·某支部）已接单，将尽快联系您'],
  ]);
  expect(told.unread).toBe(3);
  // After the close the member no longer needs the contact.
  const after = await member.ok('order.detail', { orderId: placed.id });
  expect(after.contactMasked).toBe(true);
});
