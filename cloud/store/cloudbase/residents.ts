/**
 * 居民档案 on CloudBase: one `residents` document per record (instants as Date), and one `residentAudit` document per
 * audit line. A write is conditional on the record's version; its audit line follows it (no transaction here, as
 * everywhere in this adapter: a line can be missing after a failure half-way, never a change without one before it).
 */
import { randomUUID } from 'node:crypto';
import type { RecordAuditAction, RecordAuditEntry, ResidentRecord } from '../../../types/residents';
import { changedFields } from '../../domain/residents';
import type { ResidentPort } from '../store.port';
import { byId, pageOf, readSorted, updated, type Cb, type Doc, type Filter } from './db';
import { iso } from './docs';

/** A `residents` document as the domain sees it. */
export const toRecord = (d: Doc): ResidentRecord => ({
  id: d._id,
  communityId: d.communityId,
  name: d.name,
  phone: d.phone,
  address: d.address,
  gridId: d.gridId,
  tags: d.tags,
  linkedUserId: d.linkedUserId,
  createdBy: d.createdBy,
  createdAt: iso(d.createdAt)!,
  updatedAt: iso(d.updatedAt)!,
  version: d.version,
});

const toAudit = (d: Doc): RecordAuditEntry => ({
  id: d._id,
  recordId: d.recordId,
  communityId: d.communityId,
  actorId: d.actorId,
  action: d.action,
  fields: d.fields,
  at: iso(d.at)!,
});

export function cbResidents(cb: Cb): ResidentPort {
  const { _ } = cb;
  const residents = cb.coll('residents');

  async function audit(r: Pick<ResidentRecord, 'id' | 'communityId'>, actorId: string, action: RecordAuditAction, fields: string[], at: Date) {
    await cb.coll('residentAudit').add({ data: { _id: randomUUID(), recordId: r.id, communityId: r.communityId, actorId, action, fields, at } });
  }

  const load = async (id: string) => {
    const d = await byId(cb, 'residents', id);
    return d && toRecord(d);
  };

  return {
    async createResidentRecord(r) {
      const { id, ...rest } = r;
      await residents.add({ data: { _id: id, ...rest, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) } });
      await audit(r, r.createdBy, 'create', [], new Date(r.createdAt));
      return r;
    },

    getResidentRecord: load,

    async updateResidentRecord(change) {
      const before = await load(change.id);
      if (!before || before.version !== change.expectVersion) return null;
      const fields = changedFields(before, change.patch);
      if (fields.length === 0) return before;
      const data: Doc = { updatedAt: change.now, version: _.inc(1) };
      for (const f of fields) data[f] = f === 'address' || f === 'tags' ? _.set(change.patch[f] ?? null) : change.patch[f];
      const n = await updated(residents.where({ _id: change.id, version: change.expectVersion }).update({ data }));
      if (n === 0) return null;
      await audit(before, change.actorId, 'update', fields, change.now);
      return load(change.id);
    },

    async linkResidentRecord(id, userId, actorId, now) {
      const n = await updated(
        residents.where({ _id: id, linkedUserId: null }).update({ data: { linkedUserId: userId, updatedAt: now, version: _.inc(1) } }),
      );
      if (n === 0) return null;
      // The orders placed for the record become the resident's own: 我的需求 lists them.
      await cb.coll('orders').where({ recordId: id }).update({ data: { residentId: userId } });
      const record = (await load(id))!;
      await audit(record, actorId, 'link', [], now);
      return record;
    },

    async listResidentRecords(query, page) {
      const base: Doc = { communityId: query.communityId };
      if (query.gridIds) base.gridId = _.in(query.gridIds);
      if (query.tag) base.tags = query.tag;
      if (query.building) base['address.building'] = query.building;
      if (query.name) base.name = cb.contains(query.name);
      if (query.phoneTail) base.phone = cb.endsWith(query.phoneTail);
      const filter: Filter[] = [base];
      return pageOf(cb, 'residents', { filter, sort: [['createdAt', 'desc'], ['_id', 'desc']] }, page, toRecord, (r) => [r.createdAt, r.id]);
    },

    async auditResidentRecord(e) {
      await audit({ id: e.recordId, communityId: e.communityId }, e.actorId, e.action, [], e.at);
    },

    async residentAudit(recordId, limit) {
      const read = { filter: [{ recordId }], sort: [['at', 'desc'], ['_id', 'desc']] as const };
      return (await readSorted(cb, 'residentAudit', read, null, limit)).map(toAudit);
    },
  };
}
