/**
 * 民情日记 on CloudBase: one `visits` document per visit (instants as Date), and one `visitLast` document per record
 * visited (its `_id` the record's) holding the latest visit's instant, so the schedule reads one document per record
 * instead of every visit. It only ever moves forward: a visit logged late for an earlier day leaves it be.
 */
import type { Visit } from '../../../types/visits';
import type { VisitPort } from '../store.port';
import { byId, first, insertOnce, pageOf, readAll, updated, type Cb, type Doc, type Filter } from './db';
import { iso } from './docs';
import { toRecord } from './residents';

const toVisit = (d: Doc): Visit => ({
  id: d._id,
  recordId: d.recordId,
  communityId: d.communityId,
  at: iso(d.at)!,
  way: d.way,
  found: d.found,
  needs: d.needs,
  photos: d.photos,
  loggedBy: d.loggedBy,
  loggedAt: iso(d.loggedAt)!,
  orderId: d.orderId,
  orderLinkedBy: d.orderLinkedBy,
  orderLinkedAt: iso(d.orderLinkedAt),
});

/** Ids per `_.in` read: CloudBase answers at most 100 documents a get. */
const CHUNK = 100;

export function cbVisits(cb: Cb): VisitPort {
  const { _ } = cb;
  const visits = cb.coll('visits');
  const load = async (id: string) => {
    const d = await byId(cb, 'visits', id);
    return d && toVisit(d);
  };

  /** Moves the record's last visit forward to `at`, creating its document on the first visit. */
  async function touchLast(recordId: string, at: Date): Promise<void> {
    const last = cb.coll('visitLast');
    if ((await updated(last.where({ _id: recordId, at: _.lt(at) }).update({ data: { at } }))) > 0) return;
    const { created } = await insertOnce(last, { _id: recordId, at }, () => byId(cb, 'visitLast', recordId));
    // Created meanwhile by a visit logged at the same moment: move it forward if it is still behind.
    if (!created) await last.where({ _id: recordId, at: _.lt(at) }).update({ data: { at } });
  }

  return {
    async logVisit(v, key = null) {
      const { id, ...rest } = v;
      const at = new Date(v.at);
      // Unkeyed visits get a key of their own: the unique index then never sees two alike.
      const idempotencyKey = key ?? `id:${id}`;
      const doc = { _id: id, ...rest, at, loggedAt: new Date(v.loggedAt), orderLinkedAt: null, idempotencyKey };
      const { doc: saved, created } = await insertOnce(visits, doc, () => first(visits.where({ loggedBy: v.loggedBy, idempotencyKey })));
      if (created) await touchLast(v.recordId, at);
      return toVisit(saved);
    },

    getVisit: load,

    listVisits: (recordId, page) =>
      pageOf(cb, 'visits', { filter: [{ recordId }], sort: [['at', 'desc'], ['_id', 'desc']] }, page, toVisit, (v) => [v.at, v.id]),

    async linkVisitOrder({ visitId, orderId, actorId, now }) {
      await visits.where({ _id: visitId, orderId: null }).update({ data: { orderId, orderLinkedBy: actorId, orderLinkedAt: now } });
      const visit = await load(visitId);
      return visit?.orderId === orderId ? visit : null;
    },

    async visitSchedule(query) {
      const base: Filter = { communityId: query.communityId, ...(query.gridIds ? { gridId: _.in(query.gridIds) } : {}) };
      const sort = [['createdAt', 'desc'], ['_id', 'desc']] as const;
      const records = (await readAll(cb, 'residents', { filter: [base], sort })).map(toRecord).filter((r) => r.tags.length > 0);
      const last = new Map<string, string>();
      for (let i = 0; i < records.length; i += CHUNK) {
        const ids = records.slice(i, i + CHUNK).map((r) => r.id);
        const docs = await readAll(cb, 'visitLast', { filter: [{ _id: _.in(ids) }], sort: [['_id', 'asc']] });
        for (const d of docs) last.set(d._id, iso(d.at)!);
      }
      return records.sort((a, b) => (a.id < b.id ? -1 : 1)).map((record) => ({ record, lastVisitAt: last.get(record.id) ?? null }));
    },
  };
}
