/**
 * The sweep, with the clock moved forward: overdue orders are recorded once, unrated ones close by themselves
 * (points paid, never counted as satisfied), unanswered assignments go back to staff.
 */
import { sweep } from '../../cloud/jobs/sweep';
import { resetStore, startTestHost, type TestHost } from '../factories';
import { makeWorld, type World } from '../scenarios';

const DAY = 86_400_000;
let now = new Date();
let host: TestHost;
let world: World;

beforeAll(async () => {
  host = await startTestHost({ clock: () => now });
});
afterAll(() => host.stop());
beforeEach(async () => {
  now = new Date();
  await resetStore(host.store);
  world = await makeWorld(host);
});

const later = (days: number) => new Date(Date.now() + days * DAY);

test('an order past its deadline is marked overdue once and shows in the 已超期 tab', async () => {
  const orderId = await world.orderAt('open'); // deadline in 3 days
  expect(await sweep(host.store, later(1))).toEqual({ acceptOverdue: 0, overdue: 0, autoClosed: 0, assignTimeouts: 0, wishesReturned: 0 });

  now = later(4);
  expect((await sweep(host.store, now)).overdue).toBe(1);
  expect((await sweep(host.store, now)).overdue).toBe(0);
  const queue = await world.staff.ok('order.queue', { communityId: 'c1', tab: 'overdue' });
  expect(queue.items.map((o) => [o.id, o.overdue])).toEqual([[orderId, true]]);
  expect(queue.counts.overdue).toBe(1);
  const detail = await world.staff.ok('order.detail', { orderId });
  expect(detail.status).toBe('open');
  expect(detail.timeline.at(-1)).toMatchObject({ type: 'mark_overdue', actorRole: 'system', actorName: '系统', from: 'open', to: 'open' });
});

test('an order left unrated closes itself after 7 days: points paid, marked auto-closed, no stars', async () => {
  const orderId = await world.orderAt('awaiting_rating');
  expect((await sweep(host.store, later(6))).autoClosed).toBe(0);
  expect((await sweep(host.store, later(8))).autoClosed).toBe(1);
  const detail = await world.resident.ok('order.detail', { orderId });
  expect(detail).toMatchObject({ status: 'closed', rating: { stars: null, comment: null, autoClosed: true }, actions: [] });
  const ledger = await world.member.ok('ledger.mine', { communityId: 'c1' });
  expect(ledger).toMatchObject({ points: detail.points, hours: 1, orders: 1 });
});

test('an assignment nobody answers within 24 hours goes back to staff', async () => {
  const orderId = await world.orderAt('assigned');
  expect((await sweep(host.store, new Date(Date.now() + 23 * 3600_000))).assignTimeouts).toBe(0);
  expect((await sweep(host.store, new Date(Date.now() + 25 * 3600_000))).assignTimeouts).toBe(1);
  const detail = await world.staff.ok('order.detail', { orderId });
  expect(detail).toMatchObject({ status: 'submitted', assignee: null, mode: null });
  expect(detail.actions).toEqual(expect.arrayContaining(['dispatch', 'assign']));
  const mine = await world.member.ok('order.myClaims', { state: 'active' });
  expect(mine.items).toEqual([]);
});
