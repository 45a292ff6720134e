/**
 * The 民情日记 part of the store contract: visits logged and read back whole, a record's diary newest first in pages,
 * the 代点单 order a visit led to linked once (with who and when), and the schedule: a community's tagged records
 * (of some grids, when asked) each with its latest visit, whatever order visits were logged in.
 * Called from describeStoreContract for every adapter.
 */
import type { ResidentRecord } from '../../types/residents';
import type { Visit } from '../../types/visits';
import { newOrder } from '../../cloud/domain/order.create';
import type { Store } from '../../cloud/store/store.port';
import { testPlaces } from '../factories';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000).toISOString();
const PLACES = testPlaces();

function record(n: number, over: Partial<ResidentRecord> = {}): ResidentRecord {
  return {
    id: `vrec-${n}`,
    communityId: 'c1',
    name: `居民${n}`,
    phone: `1390000${String(n).padStart(4, '0')}`,
    address: { building: `${n}号楼`, unit: null, room: null },
    gridId: n % 2 ? 'c1-g1' : 'c1-g2',
    tags: ['孤寡老人'],
    linkedUserId: null,
    createdBy: 'staff-1',
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    version: 1,
    ...over,
  };
}

function visit(n: number, recordId: string, hours: number, over: Partial<Visit> = {}): Visit {
  return {
    id: `visit-${n}`,
    recordId,
    communityId: 'c1',
    at: at(hours),
    way: n % 2 ? 'door' : 'phone',
    found: `情况${n}`,
    needs: n % 3 ? null : '需要有人帮忙买菜',
    photos: n % 2 ? ['/files/a.png'] : [],
    loggedBy: 'gw-1',
    loggedAt: at(hours + 1),
    orderId: null,
    orderLinkedBy: null,
    orderLinkedAt: null,
    ...over,
  };
}

export function describeVisitsContract(storeOf: () => Store): void {
  describe('民情日记 (visits)', () => {
    test('logged and read back whole; unknown ids are null', async () => {
      const store = storeOf();
      await store.createResidentRecord(record(1));
      const v = visit(3, 'vrec-1', 5);
      expect(await store.logVisit(v)).toEqual(v);
      expect(await store.getVisit(v.id)).toEqual(v);
      expect(await store.getVisit('visit-none')).toBeNull();
    });

    test('a key its logger used before answers that visit and logs nothing; another logger may use the same key', async () => {
      const store = storeOf();
      await store.createResidentRecord(record(1));
      const first = visit(1, 'vrec-1', 5);
      expect(await store.logVisit(first, 'key-visit-1')).toEqual(first);
      expect(await store.logVisit(visit(2, 'vrec-1', 6), 'key-visit-1')).toEqual(first);
      const other = visit(3, 'vrec-1', 7, { loggedBy: 'gw-2' });
      expect(await store.logVisit(other, 'key-visit-1')).toEqual(other);
      expect(await store.logVisit(visit(4, 'vrec-1', 8))).toEqual(visit(4, 'vrec-1', 8));
      expect(await store.logVisit(visit(5, 'vrec-1', 9))).toEqual(visit(5, 'vrec-1', 9));
      expect((await store.listVisits('vrec-1', { cursor: null, limit: 10 })).items.map((v) => v.id)).toEqual(['visit-5', 'visit-4', 'visit-3', 'visit-1']);
      // The retry moved nothing: the schedule counts from the visits logged.
      expect((await store.visitSchedule({ communityId: 'c1' }))[0].lastVisitAt).toBe(at(9));
    });

    test("a record's diary: newest visit first (by when it took place), in pages, no one else's", async () => {
      const store = storeOf();
      await store.createResidentRecord(record(1));
      await store.createResidentRecord(record(2));
      // Logged out of order: the third visit happened first.
      await store.logVisit(visit(1, 'vrec-1', 48));
      await store.logVisit(visit(2, 'vrec-1', 96));
      await store.logVisit(visit(3, 'vrec-1', 0));
      await store.logVisit(visit(4, 'vrec-1', 96));
      await store.logVisit(visit(5, 'vrec-2', 200));
      const first = await store.listVisits('vrec-1', { cursor: null, limit: 3 });
      const second = await store.listVisits('vrec-1', { cursor: first.nextCursor, limit: 3 });
      expect([first, second].map((p) => p.items.map((v) => v.id))).toEqual([['visit-4', 'visit-2', 'visit-1'], ['visit-3']]);
      expect(second.nextCursor).toBeNull();
      expect((await store.listVisits('vrec-none', { cursor: null, limit: 3 })).items).toEqual([]);
    });

    test('the order a visit led to is linked once, with who and when; the same order again is no change', async () => {
      const store = storeOf();
      const r = await store.createResidentRecord(record(1));
      await store.logVisit(visit(1, r.id, 0));
      const placeholder = (await store.ensureUser(`record:${r.id}`, r.name)).id;
      const submission = {
        residentId: placeholder, recordId: r.id, placedBy: { userId: 'gw-1', name: '网格员', role: 'grid_worker' as const },
        category: PLACES.categories[0], community: PLACES.communities[0], gridId: 'c1-g1', gridIds: ['c1-g1', 'c1-g2'],
        title: '代买菜', description: '', photos: [], address: null, preferredTime: null, contactName: r.name, contactPhone: r.phone,
        urgency: 'normal' as const,
      };
      for (const id of ['vord-1', 'vord-2']) await store.createOrder(newOrder({ ...submission, id }, T0), `key-${id}`);
      const linked = await store.linkVisitOrder({ visitId: 'visit-1', orderId: 'vord-1', actorId: 'gw-2', now: new Date(at(3)) });
      expect(linked).toEqual({ ...visit(1, r.id, 0), orderId: 'vord-1', orderLinkedBy: 'gw-2', orderLinkedAt: at(3) });
      expect(await store.linkVisitOrder({ visitId: 'visit-1', orderId: 'vord-1', actorId: 'gw-3', now: new Date(at(4)) })).toEqual(linked);
      expect(await store.linkVisitOrder({ visitId: 'visit-1', orderId: 'vord-2', actorId: 'gw-3', now: new Date(at(4)) })).toBeNull();
      expect(await store.linkVisitOrder({ visitId: 'visit-none', orderId: 'vord-2', actorId: 'gw-3', now: new Date(at(4)) })).toBeNull();
      expect(await store.getVisit('visit-1')).toEqual(linked);
    });

    test("the schedule: a community's tagged records with their latest visit, of some grids when asked", async () => {
      const store = storeOf();
      for (let n = 1; n <= 4; n++) await store.createResidentRecord(record(n));
      await store.createResidentRecord(record(5, { tags: [] })); // asks for no visits
      await store.createResidentRecord(record(6, { communityId: 'c2', gridId: 'c2-g1' }));
      await store.logVisit(visit(1, 'vrec-1', 72));
      await store.logVisit(visit(2, 'vrec-1', 24)); // logged later, for an earlier day
      await store.logVisit(visit(3, 'vrec-2', 10));
      await store.logVisit(visit(4, 'vrec-2', 30));
      await store.logVisit(visit(5, 'vrec-6', 30));
      const schedule = await store.visitSchedule({ communityId: 'c1' });
      expect(schedule.map((e) => [e.record.id, e.lastVisitAt])).toEqual([
        ['vrec-1', at(72)],
        ['vrec-2', at(30)],
        ['vrec-3', null],
        ['vrec-4', null],
      ]);
      expect(schedule[0].record).toEqual(record(1));
      const mine = await store.visitSchedule({ communityId: 'c1', gridIds: ['c1-g2'] });
      expect(mine.map((e) => e.record.id)).toEqual(['vrec-2', 'vrec-4']);
      expect(await store.visitSchedule({ communityId: 'c1', gridIds: [] })).toEqual([]);
    });
  });
}
