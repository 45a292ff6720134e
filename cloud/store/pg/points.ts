/**
 * 先锋榜 and manual points on PostgreSQL: `ledger_months` is kept by a trigger on every ledger insert
 * (019_points.sql), so the board reads at most a year of month rows per member, never the ledger.
 */
import { localDay } from '../../domain/stats.facts';
import { decodeCursor, toPage } from '../cursor';
import type { PointsOps } from '../points.port';
import type { Db } from './db';
import { toLedger } from './rows';

export function pgPoints(db: Db): PointsOps {
  return {
    async ledgerBoard(communityIds, range) {
      if (communityIds.length === 0) return [];
      const rows = await db.query<{ community_id: string; member_id: string; points: number; hours: number; manual_points: number; manual_hours: number }>(
        `SELECT community_id, member_id, sum(points)::int AS points, sum(hours)::float8 AS hours,
           sum(manual_points)::int AS manual_points, sum(manual_hours)::float8 AS manual_hours
         FROM ledger_months WHERE community_id = ANY($1) AND month >= $2 AND month <= $3
         GROUP BY community_id, member_id`,
        [communityIds, range.fromMonth, range.toMonth],
      );
      return rows.map((r) => ({ communityId: r.community_id, memberId: r.member_id, points: r.points, hours: r.hours, manualPoints: r.manual_points, manualHours: r.manual_hours }));
    },

    addManualWithin(e, cap) {
      return db.tx(async (sql) => {
        // Takes the month row's lock first: a second entry for the same member and month waits here, then sees this one.
        const [sum] = await sql.query<{ manual_points: number; manual_hours: number }>(
          `INSERT INTO ledger_months (community_id, month, member_id) VALUES ($1, $2, $3)
           ON CONFLICT (community_id, month, member_id) DO UPDATE SET month = EXCLUDED.month
           RETURNING manual_points, manual_hours`,
          [e.communityId, localDay(e.at).slice(0, 7), e.memberId],
        );
        if (sum.manual_points + e.points > cap.points || sum.manual_hours + e.hours > cap.hours) return null;
        const [r] = await sql.query(
          `INSERT INTO ledger (member_id, community_id, order_id, points, hours, manual, reason, created_by, at)
           VALUES ($1, $2, NULL, $3, $4, true, $5, $6, $7) RETURNING *`,
          [e.memberId, e.communityId, e.points, e.hours, e.reason, e.createdBy, e.at],
        );
        return toLedger(r);
      });
    },

    async manualMonth(memberId, communityId, month) {
      const [r] = await db.query<{ manual_points: number; manual_hours: number }>(
        'SELECT manual_points, manual_hours FROM ledger_months WHERE community_id = $1 AND month = $2 AND member_id = $3',
        [communityId, month, memberId],
      );
      return { points: r?.manual_points ?? 0, hours: r?.manual_hours ?? 0 };
    },

    async manualEntries(q, page) {
      const params: unknown[] = [q.communityId];
      const where = ['community_id = $1', 'manual'];
      if (q.memberId) where.push(`member_id = $${params.push(q.memberId)}`);
      if (q.from) where.push(`at >= $${params.push(q.from)}`);
      if (q.to) where.push(`at < $${params.push(q.to)}`);
      const after = decodeCursor(page.cursor, 'serial');
      if (after) where.push(`id < $${params.push(Number(after[1]))}`);
      const rows = await db.query(`SELECT * FROM ledger WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $${params.push(page.limit + 1)}`, params);
      return toPage(rows.map(toLedger), page.limit, (e) => [null, e.id]);
    },
  };
}
