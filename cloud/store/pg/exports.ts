/**
 * Exports on PostgreSQL: the period reads an export pages through (keyset on the instant and id, so page 1,000
 * costs what page 1 does), and the export records.
 */
import type { OrderEvent } from '../../../types/domain';
import { decodeCursor, toPage } from '../cursor';
import type { ExportPort, ExportRecord } from '../store.port';
import type { Db } from './db';
import { withHolders } from './orders';
import { iso, toEvent, toLedger } from './rows';

const toRecord = (r: Record<string, any>): ExportRecord => ({
  id: r.id,
  scopeKey: r.scope_key,
  kind: r.kind,
  from: iso(r.period_from)!,
  to: iso(r.period_to)!,
  state: r.state,
  rows: r.rows,
  name: r.name,
  fileId: r.file_id,
  createdBy: r.created_by,
  at: iso(r.at)!,
});

/**
 * The scope's condition, `$1`: one community as an equality, so the period index is read in its order a page at a
 * time (with `= ANY` the planner reads the whole period and sorts it, for every page).
 */
const scope = (ids: string[]): [string, unknown] => (ids.length === 1 ? ['community_id = $1', ids[0]] : ['community_id = ANY($1::text[])', ids]);

/** `AND (<time>, id) > (cursor)` when a cursor is given, with its parameters pushed. */
function after(cursor: string | null, column: string, params: unknown[], idCast = ''): string {
  const key = decodeCursor(cursor);
  if (!key) return '';
  return `AND (${column}, id) > ($${params.push(key[0])}::timestamptz, $${params.push(key[1])}${idCast})`;
}

export function pgExports(db: Db): ExportPort {
  return {
    async exportOrders(q, page, timeline) {
      const [where, ids] = scope(q.communityIds);
      const params: unknown[] = [ids, q.from, q.to];
      const keyset = after(page.cursor, 'created_at', params);
      const rows = await db.query<Record<string, any>>(
        `SELECT * FROM orders WHERE ${where} AND created_at >= $2 AND created_at < $3 ${keyset}
         ORDER BY created_at, id LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      const orders = await withHolders(db, rows);
      const events = timeline && orders.length
        ? (await db.query(`SELECT * FROM order_events WHERE order_id = ANY($1::text[]) ORDER BY id`, [orders.map((o) => o.id)])).map(toEvent)
        : [];
      const byOrder = new Map<string, OrderEvent[]>();
      for (const e of events) byOrder.set(e.orderId, [...(byOrder.get(e.orderId) ?? []), e]);
      const items = orders.map((order) => ({ order, events: byOrder.get(order.id) ?? [] }));
      return toPage(items, page.limit, ({ order }) => [order.createdAt, order.id]);
    },

    async exportLedger(q, page) {
      const [where, ids] = scope(q.communityIds);
      const params: unknown[] = [ids, q.from, q.to];
      const keyset = after(page.cursor, 'at', params, '::bigint');
      const rows = await db.query(
        `SELECT * FROM ledger WHERE ${where} AND at >= $2 AND at < $3 ${keyset}
         ORDER BY at, id LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toLedger), page.limit, (e) => [e.at, e.id]);
    },

    async saveExport(r) {
      await db.query(
        `INSERT INTO exports (id, scope_key, kind, period_from, period_to, state, rows, name, file_id, created_by, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (id) DO UPDATE SET state = excluded.state, rows = excluded.rows, name = excluded.name, file_id = excluded.file_id`,
        [r.id, r.scopeKey, r.kind, r.from, r.to, r.state, r.rows, r.name, r.fileId, r.createdBy, r.at],
      );
    },

    async listExports(scopeKey, limit) {
      const rows = await db.query(`SELECT * FROM exports WHERE scope_key = $1 ORDER BY at DESC, id DESC LIMIT $2`, [scopeKey, limit]);
      return rows.map(toRecord);
    },

    async getExportByFile(fileId) {
      const [r] = await db.query(`SELECT * FROM exports WHERE file_id = $1`, [fileId]);
      return r ? toRecord(r) : null;
    },
  };
}
