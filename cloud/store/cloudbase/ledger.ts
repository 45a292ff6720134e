/**
 * Points and service hours on CloudBase: `ledger` documents, one per entry. Awards on closing are written by the
 * order transition (id `${memberId}:${orderId}`, so a repeated award is the same document); here are manual
 * entries (a random id) and what a member reads. Totals are one aggregate, summed by the database.
 */
import { randomUUID } from 'node:crypto';
import type { LedgerPort } from '../store.port';
import { pageOf, type Cb } from './db';
import { toLedger } from './docs';
import { insertLedger } from './points';

export function cbLedger(cb: Cb): LedgerPort {
  const { $ } = cb;
  const ledger = cb.coll('ledger');
  return {
    async addManualEntry(e) {
      const doc = {
        _id: randomUUID(),
        memberId: e.memberId,
        communityId: e.communityId,
        orderId: null,
        points: e.points,
        hours: e.hours,
        manual: true,
        reason: e.reason,
        createdBy: e.createdBy,
        at: e.at,
      };
      await insertLedger(cb, doc);
      return toLedger(doc);
    },

    async ledgerTotals(memberId, communityId) {
      const { list } = await ledger
        .aggregate()
        .match({ memberId, communityId })
        // Orders are the awards that are neither manual nor for a 微心愿.
        .group({ _id: null, points: $.sum('$points'), hours: $.sum('$hours'), orders: $.sum($.cond(['$manual', 0, $.cond(['$wishId', 0, 1])])) })
        .end();
      const [t] = list;
      return { points: t?.points ?? 0, hours: t?.hours ?? 0, orders: t?.orders ?? 0 };
    },

    /** Newest first by the entry's instant, then its id (pg: by serial id); cursors are [ISO instant, id]. */
    ledgerEntries(memberId, communityId, page) {
      return pageOf(
        cb,
        'ledger',
        { filter: [{ memberId, communityId }], sort: [['at', 'desc'], ['_id', 'desc']] },
        page,
        toLedger,
        (e) => [e.at, e.id],
      );
    },
  };
}
