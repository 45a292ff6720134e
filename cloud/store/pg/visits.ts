/**
 * 民情日记 on PostgreSQL: visits, each one statement; the schedule of a community's tagged records with their last
 * visit in one query.
 */
import type { Visit } from '../../../types/visits';
import { decodeCursor, toPage } from '../cursor';
import type { VisitPort } from '../store.port';
import type { Db } from './db';
import { toRecord } from './residents';
import { iso } from './rows';

type Row = Record<string, any>;

const toVisit = (r: Row): Visit => ({
  id: r.id,
  recordId: r.record_id,
  communityId: r.community_id,
  at: iso(r.at)!,
  way: r.way,
  found: r.found,
  needs: r.needs,
  photos: r.photos,
  loggedBy: r.logged_by,
  loggedAt: iso(r.logged_at)!,
  orderId: r.order_id,
  orderLinkedBy: r.order_linked_by,
  orderLinkedAt: iso(r.order_linked_at),
});

export function pgVisits(db: Db): VisitPort {
  const get = async (id: string) => {
    const [row] = await db.query('SELECT * FROM visits WHERE id = $1', [id]);
    return row ? toVisit(row) : null;
  };
  return {
    async logVisit(v, key = null) {
      const [row] = await db.query(
        `INSERT INTO visits (id, record_id, community_id, at, way, found, needs, photos, logged_by, logged_at, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (logged_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING *`,
        [v.id, v.recordId, v.communityId, v.at, v.way, v.found, v.needs, v.photos, v.loggedBy, v.loggedAt, key],
      );
      if (row) return toVisit(row);
      const [first] = await db.query('SELECT * FROM visits WHERE logged_by = $1 AND idempotency_key = $2', [v.loggedBy, key]);
      return toVisit(first);
    },

    getVisit: get,

    async listVisits(recordId, page) {
      const params: unknown[] = [recordId];
      const after = decodeCursor(page.cursor);
      const keyset = after ? `AND (at, id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})` : '';
      const rows = await db.query(
        `SELECT * FROM visits WHERE record_id = $1 ${keyset} ORDER BY at DESC, id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toVisit), page.limit, (v) => [v.at, v.id]);
    },

    async linkVisitOrder({ visitId, orderId, actorId, now }) {
      const [row] = await db.query(
        `UPDATE visits SET order_id = $2, order_linked_by = $3, order_linked_at = $4
         WHERE id = $1 AND order_id IS NULL RETURNING *`,
        [visitId, orderId, actorId, now],
      );
      if (row) return toVisit(row);
      const visit = await get(visitId);
      return visit?.orderId === orderId ? visit : null;
    },

    async visitSchedule(query) {
      const params: unknown[] = [query.communityId];
      const grids = query.gridIds ? `AND r.grid_id = ANY($${params.push(query.gridIds)})` : '';
      const rows = await db.query<Row>(
        `SELECT r.*, (SELECT max(v.at) FROM visits v WHERE v.record_id = r.id) AS last_visit_at
         FROM resident_records r WHERE r.community_id = $1 AND cardinality(r.tags) > 0 ${grids} ORDER BY r.id`,
        params,
      );
      return rows.map((r) => ({ record: toRecord(r), lastVisitAt: iso(r.last_visit_at) }));
    },
  };
}
