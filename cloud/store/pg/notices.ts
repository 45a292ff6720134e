/**
 * Notices on PostgreSQL. Order steps queue theirs inside their own transaction (insertNotices); a staff audience
 * becomes one row per staff member or admin of the community, read from the roles in the same statement.
 */
import type { NoticeDraft } from '../../domain/notices';
import { decodeCursor, toPage } from '../cursor';
import type { Notice, NoticePort } from '../store.port';
import type { Db, Sql } from './db';
import { iso } from './rows';

const toNotice = (r: Record<string, any>): Notice => ({
  id: String(r.id),
  userId: r.user_id,
  kind: r.kind,
  orderId: r.order_id,
  title: r.title,
  text: r.text,
  at: iso(r.at)!,
  readAt: iso(r.read_at),
  push: r.push,
  attempts: r.attempts,
  pushError: r.push_error,
});

/** Queues drafts as of `now`; a (person, key) already queued is kept once. */
export async function insertNotices(sql: Sql, drafts: NoticeDraft[], now: Date): Promise<void> {
  for (const d of drafts) {
    const values = [d.kind, d.orderId, d.title, d.text, now, d.key];
    if ('userId' in d.to) {
      await sql.query(
        `INSERT INTO notices (user_id, kind, order_id, title, text, at, dedupe) VALUES ($7, $1, $2, $3, $4, $5, $6)
         ON CONFLICT (user_id, dedupe) DO NOTHING`,
        [...values, d.to.userId],
      );
    } else {
      await sql.query(
        `INSERT INTO notices (user_id, kind, order_id, title, text, at, dedupe)
         SELECT DISTINCT user_id, $1, $2, $3, $4, $5::timestamptz, $6 FROM role_grants
         WHERE community_id = $7 AND role IN ('staff', 'admin') AND user_id IS DISTINCT FROM $8
         ON CONFLICT (user_id, dedupe) DO NOTHING`,
        [...values, d.to.staffOf, d.actorId],
      );
    }
  }
}

/** Ids are serials; anything else a client sends names no notice. */
const serialIds = (ids: string[]) => ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);

export function pgNotices(db: Db): NoticePort {
  return {
    async listNotices(userId, page) {
      const params: unknown[] = [userId];
      const after = decodeCursor(page.cursor);
      const keyset = after ? `AND (at, id) < ($${params.push(after[0])}::timestamptz, $${params.push(Number(after[1]) || 0)})` : '';
      const rows = await db.query(
        `SELECT * FROM notices WHERE user_id = $1 ${keyset} ORDER BY at DESC, id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toNotice), page.limit, (n) => [n.at, n.id]);
    },

    async unreadNotices(userId) {
      const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notices WHERE user_id = $1 AND read_at IS NULL', [userId]);
      return n;
    },

    async markNoticesRead(userId, which, now) {
      const only = which === 'all' ? '' : 'AND id = ANY($3)';
      const params = which === 'all' ? [userId, now] : [userId, now, serialIds(which)];
      await db.query(`UPDATE notices SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL ${only}`, params);
    },

    addNotices: (drafts, now) => db.tx((sql) => insertNotices(sql, drafts, now)),

    async pendingPushes(limit) {
      return (await db.query(`SELECT * FROM notices WHERE push = 'pending' ORDER BY id LIMIT $1`, [limit])).map(toNotice);
    },

    async markPush(id, state, error) {
      await db.query('UPDATE notices SET push = $2, attempts = attempts + 1, push_error = $3 WHERE id = $1', [serialIds([id])[0] ?? 0, state, error]);
    },
  };
}
