/**
 * 先锋榜 and manual points on CloudBase: `ledgerMonths` documents (`_id` = community|month|member) carry points and
 * hours per member per month, verified and manual apart. Every ledger insert goes through `insertLedger`, which adds
 * the entry to its month once it is really new (a repeated award is the same document and adds nothing); the cap on
 * manual entries is one conditional `_.inc` on the month document, taken before the entry is written.
 */
import { randomUUID } from 'node:crypto';
import { localDay } from '../../domain/stats.facts';
import type { PointsOps } from '../points.port';
import { byId, incDoc, insertOnce, pageOf, readAll, updated, type Cb, type Doc, type Filter } from './db';
import { toLedger } from './docs';

const monthKey = (communityId: string, at: Date, memberId: string) => `${communityId}|${localDay(at).slice(0, 7)}|${memberId}`;
const monthFields = (communityId: string, at: Date, memberId: string) => ({ communityId, month: localDay(at).slice(0, 7), memberId });

/** Inserts a ledger entry once (by its `_id`) and, when it was new, adds it to its member's month. */
export async function insertLedger(cb: Cb, entry: Doc): Promise<void> {
  const { created } = await insertOnce(cb.coll('ledger'), entry, () => byId(cb, 'ledger', entry._id));
  if (!created) return;
  const counters: Record<string, number> = entry.manual ? { manualPoints: entry.points, manualHours: entry.hours } : { points: entry.points, hours: entry.hours };
  await incDoc(cb, 'ledgerMonths', monthKey(entry.communityId, entry.at, entry.memberId), monthFields(entry.communityId, entry.at, entry.memberId), counters);
}

export function cbPoints(cb: Cb): PointsOps {
  const { _ } = cb;
  const months = cb.coll('ledgerMonths');
  return {
    async ledgerBoard(communityIds, range) {
      if (communityIds.length === 0) return [];
      const docs = await readAll(cb, 'ledgerMonths', {
        filter: [{ communityId: _.in(communityIds) }, { month: _.gte(range.fromMonth) }, { month: _.lte(range.toMonth) }],
        sort: [['month', 'asc'], ['_id', 'asc']],
      });
      const rows = new Map<string, { communityId: string; memberId: string; points: number; hours: number; manualPoints: number; manualHours: number }>();
      for (const d of docs) {
        const key = `${d.communityId}|${d.memberId}`;
        const r = rows.get(key) ?? rows.set(key, { communityId: d.communityId, memberId: d.memberId, points: 0, hours: 0, manualPoints: 0, manualHours: 0 }).get(key)!;
        r.points += d.points ?? 0;
        r.hours += d.hours ?? 0;
        r.manualPoints += d.manualPoints ?? 0;
        r.manualHours += d.manualHours ?? 0;
      }
      return [...rows.values()];
    },

    async addManualWithin(e, cap) {
      const _id = monthKey(e.communityId, e.at, e.memberId);
      await insertOnce(months, { _id, ...monthFields(e.communityId, e.at, e.memberId), points: 0, hours: 0, manualPoints: 0, manualHours: 0 }, () => byId(cb, 'ledgerMonths', _id));
      const within = { _id, manualPoints: _.lte(cap.points - e.points), manualHours: _.lte(cap.hours - e.hours) };
      const data = { manualPoints: _.inc(e.points), manualHours: _.inc(e.hours) };
      if ((await updated(months.where(within).update({ data }))) === 0) return null;
      const doc = { _id: randomUUID(), memberId: e.memberId, communityId: e.communityId, orderId: null, points: e.points, hours: e.hours, manual: true, reason: e.reason, createdBy: e.createdBy, at: e.at };
      await cb.coll('ledger').add({ data: doc });
      return toLedger(doc);
    },

    async manualMonth(memberId, communityId, month) {
      const d = await byId(cb, 'ledgerMonths', `${communityId}|${month}|${memberId}`);
      return { points: d?.manualPoints ?? 0, hours: d?.manualHours ?? 0 };
    },

    manualEntries(q, page) {
      const filter: Filter[] = [{ communityId: q.communityId, manual: true, ...(q.memberId ? { memberId: q.memberId } : {}) }];
      if (q.from) filter.push({ at: _.gte(q.from) });
      if (q.to) filter.push({ at: _.lt(q.to) });
      return pageOf(cb, 'ledger', { filter, sort: [['at', 'desc'], ['_id', 'desc']] }, page, toLedger, (e) => [e.at, e.id]);
    },
  };
}
