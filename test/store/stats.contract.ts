/**
 * The dashboard part of the store contract: the fold job over a small history gives the hand-worked figures on every
 * adapter, folding again changes nothing, an order that moves (category, holders) moves its counts, and periods are
 * whole days at +08:00. Called from describeStoreContract for every adapter.
 */
import { foldStats } from '../../cloud/jobs/stats.fold';
import { addInto, coreFigures, emptyDay } from '../../cloud/domain/stats.figures';
import type { StatsDayRow } from '../../cloud/store/stats.port';
import type { Store } from '../../cloud/store/store.port';
import { DAY, EXPECTED, History, min, T0 } from '../stats-history';

const MARCH = { fromDay: '2026-03-01', toDay: '2026-03-31' };
const total = (rows: StatsDayRow[]) => coreFigures(rows.reduce((t, r) => addInto(t, r.counters), emptyDay()));

export function describeStatsContract(storeOf: () => Store): void {
  describe('stats (dashboard aggregates)', () => {
    test('the fold gives the hand-worked figures, and folding again changes nothing', async () => {
      const store = storeOf();
      const h = await History.start(store);
      expect(await store.statsWatermark()).toBeNull();
      await h.phase1();
      expect(await foldStats(store, min(DAY + 1))).toEqual({ read: 6, folded: 6 });
      const mark = await store.statsWatermark();
      expect(mark).toEqual({ at: min(DAY + 1).toISOString(), orderId: 'D' });
      const before = await store.statsDays(['c1'], MARCH, 'week');
      // Again at once: the overlap reads the orders again, none changed.
      expect((await foldStats(store, min(DAY + 1))).folded).toBe(0);
      expect(await store.statsDays(['c1'], MARCH, 'week')).toEqual(before);
      expect(total(before)).toMatchObject({ received: 5, byStatus: { submitted: 1, open: 1, in_progress: 2, awaiting_rating: 1 } });

      await h.phase2();
      // An instant before the last steps: only what changed up to then.
      await foldStats(store, min(3 * DAY + 60));
      expect(total(await store.statsDays(['c1'], MARCH, 'week')).autoClosed).toBe(0);
      await foldStats(store, min(10 * DAY));
      const rows = await store.statsDays(['c1'], MARCH, 'week');
      expect(total(rows)).toEqual(EXPECTED);
      // Sunday 03-01 is in the week of Monday 02-23; D, received Monday 03-02, starts the next.
      expect(rows.map((r) => [r.bucket, r.categoryId, r.gridId, r.counters.received])).toEqual([
        ['2026-02-23', 'c1-k1', 'c1-g1', 2],
        ['2026-02-23', 'c1-k2', 'c1-g2', 1],
        ['2026-02-23', 'c1-k3', 'c1-g1', 1],
        ['2026-03-02', 'c1-k1', 'c1-g1', 1],
      ]);
      expect((await store.statsDays(['c1'], MARCH, 'month')).map((r) => [r.bucket, r.categoryId, r.counters.received])).toEqual([
        ['2026-03-01', 'c1-k1', 3],
        ['2026-03-01', 'c1-k2', 1],
        ['2026-03-01', 'c1-k3', 1],
      ]);

      const { m1, m2 } = h.people;
      const members = await store.statsMembers(['c1'], MARCH);
      expect(members.sort((a, b) => a.counters.served - b.counters.served)).toEqual([
        { communityId: 'c1', memberId: m2, counters: { served: 1, completed: 1, on_time: 0, rated: 1, satisfied: 0, auto_closed: 0, reopened: 0 } },
        { communityId: 'c1', memberId: m1, counters: { served: 2, completed: 2, on_time: 2, rated: 1, satisfied: 1, auto_closed: 1, reopened: 1 } },
      ]);
      // Whole months read from the month rows, the ends from the day rows: the same members either way.
      for (const range of [{ fromDay: '2026-02-15', toDay: '2026-04-10' }, { fromDay: '2026-03-01', toDay: '2026-03-30' }]) {
        expect(await store.statsMembers(['c1'], range)).toEqual(await store.statsMembers(['c1'], MARCH));
      }
      expect(await store.statsOverdueNow(['c1', 'c2', 'c3'])).toEqual({ c1: 1, c2: 0, c3: 0 });

      // The street: c2's rejected order beside c1's.
      const street = await store.statsDays(['c1', 'c2'], MARCH, 'month');
      expect(street.filter((r) => r.communityId === 'c2').map((r) => r.counters)).toEqual([
        expect.objectContaining({ received: 1, st_rejected: 1, accept_due: 1, accept_in_time: 1, ah0: 1, resolved: 0 }),
      ]);
      expect(total(street).received).toBe(6);
    });

    test('periods are whole days at +08:00', async () => {
      const store = storeOf();
      const h = await History.start(store);
      await h.phase1();
      await foldStats(store, min(DAY + 1));
      // D was received at 10:00 on 03-02 (+08:00); the others on 03-01.
      const day = (d: string) => store.statsDays(['c1'], { fromDay: d, toDay: d }, 'week');
      expect(total(await day('2026-03-02')).received).toBe(1);
      expect(total(await day('2026-03-01')).received).toBe(4);
      expect(await day('2026-02-28')).toEqual([]);
      expect(await store.statsMembers(['c1'], { fromDay: '2026-03-03', toDay: '2026-03-31' })).toEqual([]);
    });

    test("an order's counts move with it: to the category staff chose, away from a member who let it go", async () => {
      const store = storeOf();
      const h = await History.start(store);
      await h.submit('X', T0);
      await foldStats(store, min(1));
      const plan = { categoryId: 'c1-k2', priority: 'normal' as const, deadline: min(DAY).toISOString(), headcount: 1, points: 5, poolLimit: null };
      await h.act('X', h.people.staff, { type: 'dispatch', plan }, min(2));
      await h.claim('X', h.people.m1, min(3));
      await foldStats(store, min(4));
      let rows = await store.statsDays(['c1'], MARCH, 'month');
      expect(rows.map((r) => [r.categoryId, r.counters.received, r.counters.st_in_progress])).toEqual([['c1-k2', 1, 1]]);
      expect((await store.statsMembers(['c1'], MARCH)).map((m) => m.memberId)).toEqual([h.people.m1]);

      await h.act('X', h.people.m1, { type: 'release', reason: '临时有事' }, min(5));
      await foldStats(store, min(6));
      rows = await store.statsDays(['c1'], MARCH, 'month');
      expect(rows.map((r) => [r.categoryId, r.counters.received, r.counters.st_open])).toEqual([['c1-k2', 1, 1]]);
      expect(await store.statsMembers(['c1'], MARCH)).toEqual([]);
    });
  });
}
