/**
 * The exports part of the store contract: the period reads an export pages through (scope, period bounds, order,
 * pages that neither skip nor repeat, timelines only when asked) and export records. Called from
 * describeStoreContract for every adapter.
 */
import type { Order } from '../../types/domain';
import type { Page } from '../../types/views';
import type { ExportQuery, ExportRecord, PageRequest, Store } from '../../cloud/store/store.port';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** What the contract's builders give this part: orders submitted at an instant, a resident and a member. */
export interface ExportsKit {
  resident(openid: string, communityId?: string): Promise<string>;
  submit(spec: { residentId: string; now?: Date; communityId?: string; id?: string }): Promise<Order>;
  member(openid: string, spec?: { communityId?: string }): Promise<string>;
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

export function describeExportsContract(storeOf: () => Store, kitOf: () => ExportsKit): void {
  describe('exports', () => {
    test('exportOrders: the scope’s orders submitted in the period, oldest first, in pages that neither skip nor repeat', async () => {
      const store = storeOf();
      const k = kitOf();
      const r1 = await k.resident('r1');
      const r2 = await k.resident('r2', 'c2');
      const r3 = await k.resident('r3', 'c3');
      // Two at the same instant: the id breaks the tie.
      for (const [id, m, c, r] of [
        ['e-before', -1, 'c1', r1], ['e-a', 0, 'c1', r1], ['e-c', 5, 'c1', r1], ['e-b', 5, 'c1', r1], ['e-d', 9, 'c1', r1],
        ['e-end', 10, 'c1', r1], ['e-c2', 3, 'c2', r2], ['e-c3', 4, 'c3', r3],
      ] as const) {
        await k.submit({ id, residentId: r, now: at(m), communityId: c });
      }
      const c1: ExportQuery = { communityIds: ['c1'], from: at(0), to: at(10) };
      const orders = await walk((p) => store.exportOrders(c1, p, false), 2);
      expect(orders.map((x) => x.order.id)).toEqual(['e-a', 'e-b', 'e-c', 'e-d']);
      expect(orders[0].order).toEqual(await store.getOrder('e-a'));
      expect(orders.every((x) => x.events.length === 0)).toBe(true);

      const street = await walk((p) => store.exportOrders({ communityIds: ['c1', 'c2'], from: at(0), to: at(10) }, p, true), 3);
      expect(street.map((x) => x.order.id)).toEqual(['e-a', 'e-c2', 'e-b', 'e-c', 'e-d']);
      for (const x of street) expect(x.events).toEqual(await store.events(x.order.id));
      expect(street[0].events.map((e) => e.type)).toEqual(['submit']);

      expect((await store.exportOrders({ communityIds: ['c2'], from: at(4), to: at(10) }, { cursor: null, limit: 5 }, false)).items).toEqual([]);
    });

    test('exportLedger: entries of the scope dated in the period, oldest first, paged', async () => {
      const store = storeOf();
      const k = kitOf();
      const m1 = await k.member('m1');
      const m2 = await k.member('m2', { communityId: 'c2' });
      const add = (memberId: string, communityId: string, minutes: number, points: number) =>
        store.addManualEntry({ memberId, communityId, points, hours: 1, reason: `补录${points}`, createdBy: 'staff', at: at(minutes) });
      await add(m1, 'c1', -1, 1);
      await add(m1, 'c1', 0, 2);
      await add(m2, 'c2', 1, 3);
      await add(m1, 'c1', 2, 4);
      await add(m1, 'c1', 2, 5);
      await add(m1, 'c1', 10, 6);
      // 4 and 5 share an instant: in either order (the adapters' ids differ), each exactly once.
      const points = (entries: { points: number }[]) => entries.map((e) => e.points);
      const c1 = await walk((p) => store.exportLedger({ communityIds: ['c1'], from: at(0), to: at(10) }, p), 2);
      expect(points(c1)[0]).toBe(2);
      expect(points(c1).sort()).toEqual([2, 4, 5]);
      expect(c1[0]).toMatchObject({ memberId: m1, communityId: 'c1', manual: true, hours: 1, reason: '补录2', createdBy: 'staff', at: at(0).toISOString() });
      const both = await walk((p) => store.exportLedger({ communityIds: ['c1', 'c2'], from: at(0), to: at(10) }, p), 1);
      expect(points(both).slice(0, 2)).toEqual([2, 3]);
      expect(points(both).sort()).toEqual([2, 3, 4, 5]);
    });

    test('export records: saved, updated by id, listed newest first per scope, found by file', async () => {
      const store = storeOf();
      const record = (id: string, minutes: number, scopeKey = 'community:c1'): ExportRecord => ({
        id,
        scopeKey,
        kind: 'problems',
        from: at(-100).toISOString(),
        to: at(0).toISOString(),
        state: 'running',
        rows: 0,
        name: `${id}.xlsx`,
        fileId: null,
        createdBy: 'u1',
        at: at(minutes).toISOString(),
      });
      await store.saveExport(record('x1', 1));
      await store.saveExport(record('x2', 2));
      await store.saveExport(record('x3', 3, 'street:st1'));
      await store.saveExport({ ...record('x1', 1), rows: 500 });
      expect((await store.listExports('community:c1', 10)).map((r) => [r.id, r.rows])).toEqual([['x2', 0], ['x1', 500]]);
      const done = { ...record('x1', 1), state: 'done' as const, rows: 1200, fileId: '/files/x1.xlsx' };
      await store.saveExport(done);
      await store.saveExport(done);
      expect(await store.getExportByFile('/files/x1.xlsx')).toEqual(done);
      expect(await store.getExportByFile('/files/none.xlsx')).toBeNull();
      expect(await store.listExports('community:c1', 1)).toEqual([record('x2', 2)]);
      expect((await store.listExports('street:st1', 10)).map((r) => r.id)).toEqual(['x3']);
    });
  });
}
