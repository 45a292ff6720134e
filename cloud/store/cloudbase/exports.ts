/**
 * Exports on CloudBase: the period reads an export pages through (orders carry their timeline in the document, so
 * a page with timelines is the same one read), and `exports` documents, one per export, by its id.
 */
import type { ExportPort, ExportRecord } from '../store.port';
import { byId, first, insertOnce, pageOf, updated, type Cb, type Doc } from './db';
import { iso, toEvent, toLedger, toOrder } from './docs';

const toRecord = (d: Doc): ExportRecord => ({
  id: d._id,
  scopeKey: d.scopeKey,
  kind: d.kind,
  from: iso(d.from)!,
  to: iso(d.to)!,
  state: d.state,
  rows: d.rows,
  name: d.name,
  fileId: d.fileId,
  createdBy: d.createdBy,
  at: iso(d.at)!,
});

export function cbExports(cb: Cb): ExportPort {
  const { _ } = cb;
  const exportsColl = cb.coll('exports');
  return {
    exportOrders(q, page, timeline) {
      return pageOf(
        cb,
        'orders',
        {
          filter: [{ communityId: _.in(q.communityIds), createdAt: _.gte(q.from) }, { createdAt: _.lt(q.to) }],
          sort: [['createdAt', 'asc'], ['_id', 'asc']],
          ...(timeline ? {} : { projection: { events: false } }),
        },
        page,
        (d) => ({ order: toOrder(d), events: timeline ? ((d.events ?? []) as Doc[]).map((e) => toEvent(d._id, e)) : [] }),
        ({ order }) => [order.createdAt, order.id],
      );
    },

    exportLedger(q, page) {
      return pageOf(
        cb,
        'ledger',
        { filter: [{ communityId: _.in(q.communityIds), at: _.gte(q.from) }, { at: _.lt(q.to) }], sort: [['at', 'asc'], ['_id', 'asc']] },
        page,
        toLedger,
        (e) => [e.at, e.id],
      );
    },

    async saveExport(r) {
      const data = { scopeKey: r.scopeKey, kind: r.kind, from: new Date(r.from), to: new Date(r.to), state: r.state, rows: r.rows, name: r.name, fileId: r.fileId, createdBy: r.createdBy, at: new Date(r.at) };
      if ((await updated(exportsColl.where({ _id: r.id }).update({ data }))) > 0) return;
      await insertOnce(exportsColl, { _id: r.id, ...data }, () => byId(cb, 'exports', r.id));
    },

    async listExports(scopeKey, limit) {
      const { data } = await exportsColl.where({ scopeKey }).orderBy('at', 'desc').orderBy('_id', 'desc').limit(limit).get();
      return data.map(toRecord);
    },

    async getExportByFile(fileId) {
      const d = await first(exportsColl.where({ fileId }));
      return d && toRecord(d);
    },
  };
}
