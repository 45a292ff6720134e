/**
 * The sweep, with the clock moved forward: overdue orders are recorded once, unrated ones close by themselves
 * (points paid, never counted as satisfied), unanswered assignments go back to staff, a claim without progress is
 * reminded once and then released by the system.
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
  expect(await sweep(host.store, later(1))).toEqual({ acceptOverdue: 0, overdue: 0, departmentOverdue: 0, autoClosed: 0, assignTimeouts: 0, claimReminders: 0, claimTimeouts: 0, wishesReturned: 0 });

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

describe('a claim without progress (claimRemindHours 48, then claimTimeoutHours 24)', () => {
  const hours = (h: number) => new Date(Date.now() + h * 3600_000);
  const kinds = async (who: { ok: World['staff']['ok'] }) => (await who.ok('notice.list', {})).items.map((n) => n.kind);

  test('is reminded once after 48 hours, then released by the system: the slot reopens and staff are told', async () => {
    const orderId = await world.orderAt('in_progress');
    expect((await sweep(host.store, hours(47))).claimReminders).toBe(0);
    now = hours(49);
    expect((await sweep(host.store, now)).claimReminders).toBe(1);
    expect((await sweep(host.store, now)).claimReminders).toBe(0);
    expect(await kinds(world.member)).toContain('claim_remind');
    expect((await world.member.ok('order.myClaims', { state: 'active' })).items.map((o) => o.id)).toEqual([orderId]);

    expect((await sweep(host.store, hours(49 + 23))).claimTimeouts).toBe(0);
    now = hours(49 + 25);
    expect((await sweep(host.store, now)).claimTimeouts).toBe(1);
    expect((await sweep(host.store, now)).claimTimeouts).toBe(0);
    const detail = await world.staff.ok('order.detail', { orderId });
    expect(detail).toMatchObject({ status: 'open', holders: [] });
    const steps = detail.timeline.filter((e) => e.type.startsWith('claim_'));
    expect(steps.map((e) => [e.type, e.actorName, e.from, e.to])).toEqual([
      ['claim_remind', '系统', 'in_progress', 'in_progress'],
      ['claim_timeout', '系统', 'in_progress', 'open'],
    ]);
    expect(await kinds(world.staff)).toContain('claim_timeout');
    expect(await kinds(world.member)).toContain('recalled');
    expect((await world.member.ok('order.myClaims', { state: 'active' })).items).toEqual([]);
    // Another member can take the slot.
    const other = await host.as('member2');
    expect((await other.ok('order.claim', { orderId })).status).toBe('in_progress');
  });

  test('progress after the claim, or after the reminder, keeps it', async () => {
    const early = await world.orderAt('in_progress');
    await world.member.ok('order.progress', { orderId: early, note: '已联系居民，约好周末上门' });
    const late = await world.orderAt('in_progress');
    expect(await sweep(host.store, hours(49))).toMatchObject({ claimReminders: 1, claimTimeouts: 0 });
    now = hours(50);
    await world.member.ok('order.progress', { orderId: late, note: '配件已订，明天上门' });
    expect(await sweep(host.store, hours(200))).toMatchObject({ claimReminders: 0, claimTimeouts: 0 });
    for (const orderId of [early, late]) expect((await world.staff.ok('order.detail', { orderId })).status).toBe('in_progress');
  });

  test('a community sets its own periods; an accepted assignment released returns to 待受理', async () => {
    await host.store.db.query(`UPDATE communities SET settings = '{"claimRemindHours": 2, "claimTimeoutHours": 1}' WHERE id = 'c1'`);
    host.store.forget();
    const orderId = await world.orderAt('assigned');
    await world.member.ok('order.accept', { orderId });
    expect(await sweep(host.store, hours(3))).toMatchObject({ claimReminders: 1, claimTimeouts: 0 });
    expect(await sweep(host.store, hours(4.5))).toMatchObject({ claimReminders: 0, claimTimeouts: 1 });
    expect(await world.staff.ok('order.detail', { orderId })).toMatchObject({ status: 'submitted', mode: null, assignee: null, holders: [] });
  });
});
