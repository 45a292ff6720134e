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

/** The drafts as the jsonb array NOTICES_INSERT reads. */
export const draftsJson = (drafts: NoticeDraft[]): string =>
  JSON.stringify(
    drafts.map((d) => ({
      user_id: 'userId' in d.to ? d.to.userId : null,
      staff_of: 'staffOf' in d.to ? d.to.staffOf : null,
      street_of: 'streetOf' in d.to ? d.to.streetOf : null,
      department_of: 'departmentOf' in d.to ? d.to.departmentOf : null,
      actor_id: d.actorId,
      kind: d.kind,
      order_id: d.orderId,
      title: d.title,
      text: d.text,
      key: d.key,
    })),
  );

/**
 * One INSERT of every draft in the jsonb array `drafts` (draftsJson), as of `at`, and only if `when` holds: alone,
 * or as a step's CTE. A place's audience becomes one row per person in it but the actor: the community's staff and
 * admins, the street's street staff, the department's staff.
 */
export const noticesInsert = (drafts: string, at: string, when = 'true') => `INSERT INTO notices (user_id, kind, order_id, title, text, at, dedupe)
  SELECT DISTINCT coalesce(d.user_id, g.user_id), d.kind, d.order_id, d.title, d.text, ${at}::timestamptz, d.key
  FROM jsonb_to_recordset(${drafts}::jsonb)
    AS d(user_id text, staff_of text, street_of text, department_of text, actor_id text, kind text, order_id text, title text, text text, key text)
  LEFT JOIN role_grants g ON g.user_id IS DISTINCT FROM d.actor_id AND (
    (g.community_id = d.staff_of AND g.role IN ('staff', 'admin'))
    OR (g.street_id = d.street_of AND g.role = 'street_staff')
    OR (g.department_id = d.department_of AND g.role = 'department_staff'))
  WHERE coalesce(d.user_id, g.user_id) IS NOT NULL AND ${when}
  ON CONFLICT (user_id, dedupe) DO NOTHING`;

/** Queues drafts as of `now`, in one statement; a (person, key) already queued is kept once. */
export async function insertNotices(sql: Sql, drafts: NoticeDraft[], now: Date): Promise<void> {
  if (drafts.length > 0) await sql.query(noticesInsert('$1', '$2'), [draftsJson(drafts), now]);
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

    async sentNotices(kind, userIds, since) {
      const rows = await db.query<{ user_id: string; order_id: string }>(
        'SELECT user_id, order_id FROM notices WHERE user_id = ANY($1) AND kind = $2 AND at >= $3',
        [userIds, kind, since],
      );
      return rows.map((r) => ({ userId: r.user_id, orderId: r.order_id }));
    },

    async pendingPushes(limit) {
      return (await db.query(`SELECT * FROM notices WHERE push = 'pending' ORDER BY id LIMIT $1`, [limit])).map(toNotice);
    },

    async markPush(id, state, error) {
      await db.query('UPDATE notices SET push = $2, attempts = attempts + 1, push_error = $3 WHERE id = $1', [serialIds([id])[0] ?? 0, state, error]);
    },
  };
}
