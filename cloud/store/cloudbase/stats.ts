/**
 * Dashboard aggregates on CloudBase: `stats_facts` (an order's last contribution, `_id` = order id), `stats_days`
 * `stats_member_days` and `stats_member_months` (counters per day or month, `_id` = their key), `stats_now` (per community) and `stats_meta` (the
 * watermark). Without transactions, each fact is claimed first — written only over the version read, so two folds
 * never both move one order — and then the batch's rows are moved with one `_.inc` each (about 250 calls for a batch
 * of 200 orders); a fold cut off between the two loses that batch's moves until the rows are rebuilt (drop the stats
 * collections: the next fold starts from the beginning).
 */
import type { TrendBucket } from '../../../types/stats';
import { DAY_COUNTERS, MEMBER_COUNTERS, type DayCounter, type MemberCounter, type StatsFact } from '../../domain/stats.facts';
import { addInto, bucketStart, emptyDay, emptyMember, groupSum, splitMonths } from '../../domain/stats.figures';
import { dayKey, deltasOf, memberKey, type MemberDelta } from '../stats.delta';
import type { StatsPort } from '../stats.port';
import { all, byId, incDoc, insertOnce, readAll, readSorted, updated, type Cb, type Doc } from './db';
import { date, iso, toEvent, toOrder } from './docs';

const CHUNK = 100;
const chunks = <T>(list: T[]) => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/** Writes the fact over the one read (or where none was); false when another fold got there first. */
async function claimFact(cb: Cb, fact: StatsFact, old: StatsFact | undefined): Promise<boolean> {
  const coll = cb.coll('stats_facts');
  if (old) return (await updated(coll.where({ _id: fact.orderId, version: old.version }).update({ data: { version: fact.version, fact: cb._.set(fact) } }))) > 0;
  return (await insertOnce(coll, { _id: fact.orderId, version: fact.version, fact }, () => byId(cb, 'stats_facts', fact.orderId))).created;
}

/** Adds a batch's netted deltas to the rows: one `_.inc` per row touched, however many orders moved it. */
async function applyDeltas(cb: Cb, facts: StatsFact[], old: ReadonlyMap<string, StatsFact>): Promise<void> {
  const d = deltasOf(facts, old);
  for (const r of d.days) await incDoc(cb, 'stats_days', dayKey(r), { communityId: r.communityId, day: r.day, categoryId: r.categoryId, gridId: r.gridId }, r.counters);
  for (const r of d.members) await incDoc(cb, 'stats_member_days', memberKey(r), { communityId: r.communityId, day: r.day, memberId: r.memberId }, r.counters);
  const months = groupSum<MemberDelta, MemberCounter>(d.members, (r) => memberKey({ ...r, day: r.day.slice(0, 7) }), (r) => r.counters, emptyMember);
  for (const [key, counters] of months) {
    const [communityId, month, memberId] = key.split('|');
    await incDoc(cb, 'stats_member_months', key, { communityId, month, memberId }, counters);
  }
  for (const [communityId, n] of d.overdueNow) await incDoc(cb, 'stats_now', communityId, {}, { overdue: n });
}

export function cbStats(cb: Cb): StatsPort {
  const { _ } = cb;
  const inRange = (communityIds: string[], range: { fromDay: string; toDay: string }) => [{ communityId: _.in(communityIds) }, { day: _.gte(range.fromDay) }, { day: _.lte(range.toDay) }];
  return {
    async changedOrders(after, limit) {
      const sort = [['updatedAt', 'asc'], ['_id', 'asc']] as const;
      const docs = await readSorted(cb, 'orders', { filter: [], sort }, after && [date(after.at), after.orderId], limit);
      return docs.map((d) => ({ order: toOrder(d), events: ((d.events ?? []) as Doc[]).map((e) => toEvent(d._id, e)) }));
    },

    async statsWatermark() {
      const d = await byId(cb, 'stats_meta', 'watermark');
      return d ? { at: iso(d.at)!, orderId: d.orderId } : null;
    },

    async foldStats(facts, watermark) {
      const old = new Map<string, StatsFact>();
      for (const ids of chunks([...new Set(facts.map((f) => f.orderId))])) {
        for (const d of await cb.coll('stats_facts').where({ _id: _.in(ids) }).get().then((r) => r.data)) old.set(d._id, d.fact);
      }
      const claimed: StatsFact[] = [];
      for (const fact of deltasOf(facts, old).facts) if (await claimFact(cb, fact, old.get(fact.orderId))) claimed.push(fact);
      await applyDeltas(cb, claimed, old);
      const at = date(watermark.at);
      const later = _.or({ at: _.lt(at) }, { at, orderId: _.lt(watermark.orderId) });
      const meta = cb.coll('stats_meta');
      if ((await updated(meta.where(all(cb, [{ _id: 'watermark' }, later])).update({ data: { at, orderId: watermark.orderId } }))) === 0) {
        await insertOnce(meta, { _id: 'watermark', at, orderId: watermark.orderId }, () => byId(cb, 'stats_meta', 'watermark'));
      }
      return claimed.length;
    },

    async statsDays(communityIds, range, bucket: TrendBucket) {
      const docs = await readAll(cb, 'stats_days', { filter: inRange(communityIds, range), sort: [['communityId', 'asc'], ['day', 'asc'], ['_id', 'asc']] });
      const keyOf = (d: Doc) => `${d.communityId}|${bucketStart(d.day, bucket)}|${d.categoryId}|${d.gridId}`;
      const sums = groupSum<Doc, DayCounter>(docs, keyOf, (d) => addInto(emptyDay(), Object.fromEntries(DAY_COUNTERS.map((c) => [c, d[c] ?? 0]))), emptyDay);
      return [...sums]
        .filter(([, c]) => c.received !== 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, counters]) => {
          const [communityId, start, categoryId, gridId] = key.split('|');
          return { communityId, bucket: start, categoryId, gridId, counters };
        });
    },

    async statsMembers(communityIds, range) {
      const { days, months } = splitMonths(range.fromDay, range.toDay);
      const sort = (field: string) => [['communityId', 'asc'], [field, 'asc'], ['_id', 'asc']] as const;
      const docs: Doc[] = [];
      for (const d of days) docs.push(...(await readAll(cb, 'stats_member_days', { filter: inRange(communityIds, d), sort: sort('day') })));
      if (months) {
        const filter = [{ communityId: _.in(communityIds) }, { month: _.gte(months.from) }, { month: _.lte(months.to) }];
        docs.push(...(await readAll(cb, 'stats_member_months', { filter, sort: sort('month') })));
      }
      const sums = groupSum<Doc, MemberCounter>(docs, (d) => `${d.communityId}|${d.memberId}`, (d) => Object.fromEntries(MEMBER_COUNTERS.map((c) => [c, d[c] ?? 0])), emptyMember);
      return [...sums]
        .filter(([, c]) => c.served !== 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, counters]) => ({ communityId: key.split('|')[0], memberId: key.split('|')[1], counters }));
    },

    async statsOverdueNow(communityIds) {
      const docs = communityIds.length ? (await cb.coll('stats_now').where({ _id: _.in(communityIds) }).get()).data : [];
      return Object.fromEntries(communityIds.map((id) => [id, docs.find((d) => d._id === id)?.overdue ?? 0]));
    },
  };
}
