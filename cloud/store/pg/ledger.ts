/**
 * Points and service hours on PostgreSQL. Awards on closing are written by the order transition itself;
 * here are manual entries and what a member reads.
 */
import type { LedgerPort } from '../store.port';
import { decodeCursor, toPage } from '../cursor';
import type { Db } from './db';
import { toLedger } from './rows';

export function pgLedger(db: Db): LedgerPort {
  return {
    async addManualEntry(e) {
      const [r] = await db.query(
        `INSERT INTO ledger (member_id, community_id, order_id, points, hours, manual, reason, created_by, at)
         VALUES ($1, $2, NULL, $3, $4, true, $5, $6, $7) RETURNING *`,
        [e.memberId, e.communityId, e.points, e.hours, e.reason, e.createdBy, e.at],
      );
      return toLedger(r);
    },
    async ledgerTotals(memberId, communityId) {
      const [r] = await db.query<{ points: number; hours: number; orders: number }>(
        `SELECT coalesce(sum(points), 0)::int AS points, coalesce(sum(hours), 0)::float8 AS hours,
           count(order_id)::int AS orders
         FROM ledger WHERE member_id = $1 AND community_id = $2`,
        [memberId, communityId],
      );
      return r;
    },
    async ledgerEntries(memberId, communityId, page) {
      const params: unknown[] = [memberId, communityId];
      const after = decodeCursor(page.cursor, 'serial');
      const keyset = after ? `AND id < $${params.push(Number(after[1]))}` : '';
      const rows = await db.query(
        `SELECT * FROM ledger WHERE member_id = $1 AND community_id = $2 ${keyset} ORDER BY id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toLedger), page.limit, (e) => [null, e.id]);
    },
  };
}
