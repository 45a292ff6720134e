/**
 * The 居民档案 part of the store contract: records created, read, updated on their version, searched and paged,
 * linked to a resident's account (taking the orders placed for them along), every change audited; and grid roles
 * granted per grid. Called from describeStoreContract for every adapter.
 */
import type { ResidentRecord } from '../../types/residents';
import { newOrder } from '../../cloud/domain/order.create';
import type { Store } from '../../cloud/store/store.port';
import { testPlaces } from '../factories';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const PLACES = testPlaces();

function record(n: number, over: Partial<ResidentRecord> = {}): ResidentRecord {
  const when = at(n).toISOString();
  return {
    id: `rec-${n}`,
    communityId: 'c1',
    name: `居民${n}`,
    phone: `1390000${String(n).padStart(4, '0')}`,
    address: { building: `${n % 3}号楼`, unit: '1单元', room: `${n}01` },
    gridId: n % 2 ? 'c1-g1' : 'c1-g2',
    tags: n % 2 ? ['孤寡老人'] : ['高龄', '独居'],
    linkedUserId: null,
    createdBy: 'staff-1',
    createdAt: when,
    updatedAt: when,
    version: 1,
    ...over,
  };
}

export function describeResidentsContract(storeOf: () => Store): void {
  describe('居民档案 (resident records)', () => {
    test('created and read back whole; unknown ids are null', async () => {
      const store = storeOf();
      const r = record(1);
      expect(await store.createResidentRecord(r)).toEqual(r);
      expect(await store.getResidentRecord(r.id)).toEqual(r);
      expect(await store.getResidentRecord('rec-none')).toBeNull();
      const bare = record(2, { address: null, gridId: null, tags: [] });
      await store.createResidentRecord(bare);
      expect(await store.getResidentRecord(bare.id)).toEqual(bare);
    });

    test('an update applies on its version only, and the audit names who changed which fields', async () => {
      const store = storeOf();
      const r = await store.createResidentRecord(record(1));
      const patch = { phone: '13911112222', tags: ['高龄'], name: r.name };
      const next = await store.updateResidentRecord({ id: r.id, expectVersion: 1, patch, actorId: 'gw-1', now: at(10) });
      expect(next).toEqual({ ...r, phone: '13911112222', tags: ['高龄'], updatedAt: at(10).toISOString(), version: 2 });
      // A stale version changes nothing.
      expect(await store.updateResidentRecord({ id: r.id, expectVersion: 1, patch: { name: '别人' }, actorId: 'gw-2', now: at(11) })).toBeNull();
      expect(await store.updateResidentRecord({ id: 'rec-none', expectVersion: 1, patch: { name: '别人' }, actorId: 'gw-2', now: at(11) })).toBeNull();
      const moved = await store.updateResidentRecord({
        id: r.id,
        expectVersion: 2,
        patch: { address: { building: '9号楼', unit: null, room: null }, gridId: null },
        actorId: 'gw-2',
        now: at(12),
      });
      expect(moved).toMatchObject({ address: { building: '9号楼', unit: null, room: null }, gridId: null, version: 3 });
      expect(await store.getResidentRecord(r.id)).toEqual(moved);
      await store.auditResidentRecord({ recordId: r.id, communityId: 'c1', actorId: 'staff-9', action: 'reveal_phone', at: at(13) });
      const audit = await store.residentAudit(r.id, 10);
      expect(audit.map((a) => [a.action, a.actorId, a.fields, a.at])).toEqual([
        ['reveal_phone', 'staff-9', [], at(13).toISOString()],
        ['update', 'gw-2', ['address', 'gridId'], at(12).toISOString()],
        ['update', 'gw-1', ['phone', 'tags'], at(10).toISOString()],
        ['create', 'staff-1', [], at(1).toISOString()],
      ]);
      expect(audit.every((a) => a.recordId === r.id && a.communityId === 'c1')).toBe(true);
      expect(await store.residentAudit(r.id, 2)).toHaveLength(2);
    });

    test('an update changing nothing keeps the version and adds no audit line', async () => {
      const store = storeOf();
      const r = await store.createResidentRecord(record(1));
      expect(await store.updateResidentRecord({ id: r.id, expectVersion: 1, patch: { name: r.name, tags: [...r.tags] }, actorId: 'x', now: at(5) })).toEqual(r);
      expect(await store.residentAudit(r.id, 10)).toHaveLength(1);
    });

    test('listed newest first by community, grids, name, phone tail, building and tag, in pages', async () => {
      const store = storeOf();
      for (let n = 1; n <= 7; n++) await store.createResidentRecord(record(n));
      await store.createResidentRecord(record(8, { communityId: 'c2', gridId: 'c2-g1' }));
      const list = async (q: object, limit = 20) => (await store.listResidentRecords({ communityId: 'c1', ...q }, { cursor: null, limit })).items.map((r) => r.id);
      expect(await list({})).toEqual(['rec-7', 'rec-6', 'rec-5', 'rec-4', 'rec-3', 'rec-2', 'rec-1']);
      expect(await list({ gridIds: ['c1-g1'] })).toEqual(['rec-7', 'rec-5', 'rec-3', 'rec-1']);
      expect(await list({ gridIds: ['c1-g1', 'c1-g2'] })).toHaveLength(7);
      expect(await list({ gridIds: [] })).toEqual([]);
      expect(await list({ name: '居民3' })).toEqual(['rec-3']);
      expect(await list({ name: '%' })).toEqual([]);
      expect(await list({ phoneTail: '0005' })).toEqual(['rec-5']);
      expect(await list({ phoneTail: '1390000' })).toEqual([]); // a tail, not a head
      expect(await list({ building: '1号楼' })).toEqual(['rec-7', 'rec-4', 'rec-1']);
      expect(await list({ tag: '独居' })).toEqual(['rec-6', 'rec-4', 'rec-2']);
      expect(await list({ tag: '独居', gridIds: ['c1-g1'] })).toEqual([]);
      const first = await store.listResidentRecords({ communityId: 'c1' }, { cursor: null, limit: 3 });
      const second = await store.listResidentRecords({ communityId: 'c1' }, { cursor: first.nextCursor, limit: 3 });
      const third = await store.listResidentRecords({ communityId: 'c1' }, { cursor: second.nextCursor, limit: 3 });
      expect([first, second, third].map((p) => p.items.map((r) => r.id))).toEqual([['rec-7', 'rec-6', 'rec-5'], ['rec-4', 'rec-3', 'rec-2'], ['rec-1']]);
      expect(third.nextCursor).toBeNull();
    });

    test('linking once hands the orders placed for the record to the resident; a second link is refused', async () => {
      const store = storeOf();
      const r = await store.createResidentRecord(record(1));
      const placeholder = (await store.ensureUser(`record:${r.id}`, r.name)).id;
      const staff = (await store.ensureUser('link-staff', '社区')).id;
      const submission = {
        id: 'ord-for',
        residentId: placeholder,
        recordId: r.id,
        placedBy: { userId: staff, name: '社区', role: 'staff' as const },
        category: PLACES.categories[0],
        community: PLACES.communities[0],
        gridId: 'c1-g1',
        gridIds: ['c1-g1', 'c1-g2'],
        title: '代点单',
        description: '',
        photos: [],
        address: null,
        preferredTime: null,
        contactName: r.name,
        contactPhone: r.phone,
        urgency: 'normal' as const,
      };
      const { order } = await store.createOrder(newOrder(submission, at(2)), 'key-for-1');
      expect(order).toMatchObject({ residentId: placeholder, recordId: r.id, placedBy: { userId: staff, name: '社区', role: 'staff' } });
      // The same key for the same record is the same order.
      const again = await store.createOrder(newOrder({ ...submission, id: 'ord-for-2' }, at(3)), 'key-for-1');
      expect(again).toMatchObject({ created: false, order: { id: 'ord-for' } });
      const [submit] = await store.events('ord-for');
      expect(submit).toMatchObject({ type: 'submit', actorId: staff, actorRole: 'staff' });

      const me = (await store.ensureUser('link-resident', '本人')).id;
      const linked = await store.linkResidentRecord(r.id, me, staff, at(20));
      expect(linked).toEqual({ ...r, linkedUserId: me, updatedAt: at(20).toISOString(), version: 2 });
      expect(await store.getOrder('ord-for')).toMatchObject({ residentId: me, recordId: r.id });
      const mine = await store.listOrders({ kind: 'resident', residentId: me, statuses: ['submitted'] }, { cursor: null, limit: 10 });
      expect(mine.items.map((o) => o.id)).toEqual(['ord-for']);
      expect(await store.linkResidentRecord(r.id, placeholder, staff, at(21))).toBeNull();
      expect(await store.linkResidentRecord('rec-none', me, staff, at(21))).toBeNull();
      expect((await store.residentAudit(r.id, 10)).map((a) => a.action)).toEqual(['link', 'create']);
    });

    test('grid roles are granted per grid and read back with their grid', async () => {
      const store = storeOf();
      const u = (await store.ensureUser('gw-roles')).id;
      await store.grantRole(u, 'grid_worker', { communityId: 'c1', gridId: 'c1-g1' });
      await store.grantRole(u, 'grid_worker', { communityId: 'c1', gridId: 'c1-g1' });
      await store.grantRole(u, 'grid_worker', { communityId: 'c1', gridId: 'c1-g2' });
      await store.grantRole(u, 'grid_leader', { communityId: 'c1', gridId: 'c1-g2' });
      await store.grantRole(u, 'resident', { communityId: 'c1' });
      const roles = await store.rolesOf(u);
      expect(roles.map((g) => `${g.role}/${g.communityId}/${g.gridId ?? '-'}`).sort()).toEqual([
        'grid_leader/c1/c1-g2',
        'grid_worker/c1/c1-g1',
        'grid_worker/c1/c1-g2',
        'resident/c1/-',
      ]);
    });
  });
}
