/**
 * The 先锋榜 and manual-points part of the store contract: month rows kept with every ledger entry (verified and
 * manual apart, months at +08:00), the monthly cap on manual entries checked and written as one, the audit list of
 * manual entries, and the 报到 pledge. Called from describeStoreContract for every adapter.
 */
import type { Page } from '../../types/views';
import type { PageRequest, Store } from '../../cloud/store/store.port';

/** 2026-03-01 10:00 in Beijing. */
const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
/** 2026-04-01 00:30 in Beijing, still 31 March in UTC. */
const APRIL = new Date('2026-03-31T16:30:00Z');

/** What the contract's builders give this part. */
export interface PointsKit {
  member(openid: string, spec?: { communityId?: string }): Promise<string>;
  staff(openid?: string, communityId?: string): Promise<string>;
  resident(openid?: string, communityId?: string): Promise<string>;
  /** An order of `residentId` served by `memberId`, confirmed at `now`: its award goes to the ledger. */
  served(memberId: string, residentId: string, now: Date, points: number, hours: number, communityId?: string): Promise<void>;
}

async function walk<T>(fetch: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page<T> = await fetch({ cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error('pagination never ended');
}

const CAP = { points: 20, hours: 8 };

export function describePointsContract(storeOf: () => Store, kitOf: () => PointsKit): void {
  describe('points (先锋榜, manual entries)', () => {
    test('ledgerBoard sums verified awards and manual entries apart, per member, over the months asked (+08:00)', async () => {
      const store = storeOf();
      const k = kitOf();
      const [m1, m2, m3] = [await k.member('m1'), await k.member('m2'), await k.member('m3', { communityId: 'c2' })];
      const s = await k.staff('s1');
      const r = await k.resident('r1');
      const r2 = await k.resident('r2', 'c2');
      await k.served(m1, r, at(10), 6, 2);
      await k.served(m1, r, at(20), 4, 1.5);
      await k.served(m2, r, APRIL, 9, 3);
      await k.served(m3, r2, at(30), 7, 1, 'c2');
      await store.addManualEntry({ memberId: m1, communityId: 'c1', points: 5, hours: 1, reason: '义务劳动', createdBy: s, at: at(40) });
      await store.addManualEntry({ memberId: m2, communityId: 'c1', points: 3, hours: 0.5, reason: '宣传', createdBy: s, at: at(50) });

      const march = await store.ledgerBoard(['c1'], { fromMonth: '2026-03', toMonth: '2026-03' });
      const byMember = (rows: typeof march) => Object.fromEntries(rows.map(({ memberId, ...rest }) => [memberId, rest]));
      expect(byMember(march)).toEqual({
        [m1]: { communityId: 'c1', points: 10, hours: 3.5, manualPoints: 5, manualHours: 1 },
        [m2]: { communityId: 'c1', points: 0, hours: 0, manualPoints: 3, manualHours: 0.5 },
      });
      // Just past midnight in Beijing on 1 April is April's, whatever UTC says.
      expect(byMember(await store.ledgerBoard(['c1'], { fromMonth: '2026-04', toMonth: '2026-04' }))).toEqual({
        [m2]: { communityId: 'c1', points: 9, hours: 3, manualPoints: 0, manualHours: 0 },
      });
      const quarter = byMember(await store.ledgerBoard(['c1', 'c2'], { fromMonth: '2026-01', toMonth: '2026-06' }));
      expect(quarter[m2]).toEqual({ communityId: 'c1', points: 9, hours: 3, manualPoints: 3, manualHours: 0.5 });
      expect(quarter[m3]).toEqual({ communityId: 'c2', points: 7, hours: 1, manualPoints: 0, manualHours: 0 });
      expect(await store.ledgerBoard(['c1'], { fromMonth: '2026-05', toMonth: '2026-12' })).toEqual([]);
      expect(await store.ledgerBoard([], { fromMonth: '2026-01', toMonth: '2026-12' })).toEqual([]);
    });

    test('addManualWithin keeps a member’s manual points and hours of a month under the cap, and writes nothing when refused', async () => {
      const store = storeOf();
      const k = kitOf();
      const [m1, m2] = [await k.member('m1'), await k.member('m2')];
      const s = await k.staff('s1');
      const entry = (memberId: string, points: number, hours: number, when = at(1)) => ({ memberId, communityId: 'c1', points, hours, reason: '补录', createdBy: s, at: when });
      expect(await store.addManualWithin(entry(m1, 15, 2), CAP)).toMatchObject({ memberId: m1, points: 15, manual: true, reason: '补录', createdBy: s });
      expect(await store.addManualWithin(entry(m1, 5, 2), CAP)).not.toBeNull();
      expect(await store.addManualWithin(entry(m1, 1, 0), CAP)).toBeNull();
      expect(await store.addManualWithin(entry(m2, 1, 9), CAP)).toBeNull();
      expect(await store.manualMonth(m1, 'c1', '2026-03')).toEqual({ points: 20, hours: 4 });
      expect(await store.manualMonth(m2, 'c1', '2026-03')).toEqual({ points: 0, hours: 0 });
      expect((await store.manualEntries({ communityId: 'c1' }, { cursor: null, limit: 50 })).items).toHaveLength(2);
      // Another member, another month: caps of their own.
      expect(await store.addManualWithin(entry(m2, 20, 8), CAP)).not.toBeNull();
      expect(await store.addManualWithin(entry(m1, 20, 8, APRIL), CAP)).not.toBeNull();
      expect(await store.ledgerTotals(m1, 'c1')).toMatchObject({ points: 40, hours: 12 });
    });

    test('entries made at once cannot slip past the cap together', async () => {
      const store = storeOf();
      const k = kitOf();
      const m = await k.member('m1');
      const s = await k.staff('s1');
      const made = await Promise.all(
        Array.from({ length: 6 }, (_, i) => store.addManualWithin({ memberId: m, communityId: 'c1', points: 5, hours: 0, reason: `第${i}次`, createdBy: s, at: at(i) }, CAP)),
      );
      expect(made.filter(Boolean)).toHaveLength(4);
      expect(await store.manualMonth(m, 'c1', '2026-03')).toEqual({ points: 20, hours: 0 });
      expect((await store.ledgerTotals(m, 'c1')).points).toBe(20);
    });

    test('manualEntries: the community’s manual entries only, newest first, by member and period, in pages', async () => {
      const store = storeOf();
      const k = kitOf();
      const [m1, m2] = [await k.member('m1'), await k.member('m2')];
      const s = await k.staff('s1');
      const r = await k.resident('r1');
      await k.served(m1, r, at(5), 6, 1);
      for (const [memberId, minutes, reason] of [[m1, 1, 'a'], [m2, 2, 'b'], [m1, 3, 'c'], [m1, 4, 'd']] as const) {
        await store.addManualEntry({ memberId, communityId: 'c1', points: 1, hours: 0, reason, createdBy: s, at: at(minutes) });
      }
      await store.addManualEntry({ memberId: m1, communityId: 'c1', points: 1, hours: 0, reason: 'april', createdBy: s, at: APRIL });
      await store.addManualEntry({ memberId: m1, communityId: 'c2', points: 1, hours: 0, reason: 'other', createdBy: s, at: at(6) });
      const reasons = async (q: Parameters<Store['manualEntries']>[0]) => (await walk((p) => store.manualEntries(q, p), 2)).map((e) => e.reason);
      expect(await reasons({ communityId: 'c1' })).toEqual(['april', 'd', 'c', 'b', 'a']);
      expect(await reasons({ communityId: 'c1', memberId: m1 })).toEqual(['april', 'd', 'c', 'a']);
      expect(await reasons({ communityId: 'c1', from: new Date('2026-02-28T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') })).toEqual(['d', 'c', 'b', 'a']);
      expect(await reasons({ communityId: 'c1', memberId: m2, from: APRIL })).toEqual([]);
      const [newest] = (await store.manualEntries({ communityId: 'c1' }, { cursor: null, limit: 1 })).items;
      expect(newest).toMatchObject({ memberId: m1, manual: true, createdBy: s, orderId: null, at: APRIL.toISOString() });
    });

    test('a 报到 keeps its pledge (none is empty)', async () => {
      const store = storeOf();
      const k = kitOf();
      const id = (await store.ensureUser('pledger', '立诺')).id;
      await store.applyMember({ userId: id, communityId: 'c1', realName: '立诺', phone: '13900002222', workUnit: '某单位', branch: '某支部', skills: [], pledge: '每周为独居老人上门一次', teamId: null, gridId: null, createdAt: T0.toISOString() });
      expect((await store.getMember(id, 'c1'))?.pledge).toBe('每周为独居老人上门一次');
      expect((await store.getMember(await k.member('plain'), 'c1'))?.pledge ?? '').toBe('');
    });
  });
}
