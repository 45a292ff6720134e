/**
 * The 晒 board on PostgreSQL: one statement, each source (closed orders, realised wishes, published topics) read
 * newest first by its own partial index up to the page size, merged, with staff's marks joined.
 */
import type { BoardKind } from '../../../types/board';
import { toPage } from '../cursor';
import { boardKey, decodeBoardCursor, type BoardOps, type BoardSource } from '../board.port';
import type { Db } from './db';
import { iso } from './rows';

type Row = Record<string, any>;

/** Each source: its table, the instant it reached the board, the status it is on the board in, and what it shows. */
const SOURCES: Record<BoardKind, { table: string; at: string; status: string; body: string }> = {
  order: {
    table: 'orders',
    at: 'closed_at',
    status: 'closed',
    body: `jsonb_build_object('categoryId', s.category_id, 'gridId', s.grid_id, 'createdAt', s.created_at, 'completedAt', s.completed_at, 'rating', s.rating)`,
  },
  wish: {
    table: 'wishes',
    at: 'realised_at',
    status: 'realised',
    body: `jsonb_build_object('title', s.title, 'beneficiaryLabel', s.beneficiary_label, 'claimerKind', s.claimer_kind, 'claimerId', s.claimer_id, 'claimerName', s.claimer_name)`,
  },
  topic: {
    table: 'topics',
    at: 'published_at',
    status: 'published',
    body: `jsonb_build_object('title', s.title, 'decision', s.decision, 'outcome', s.outcome, 'ratingSum', s.rating_sum, 'ratingCount', s.rating_count)`,
  },
};

function toSource(r: Row): BoardSource {
  const b = r.body;
  const base = { id: r.id as string, communityId: r.community_id as string, at: iso(r.at)!, hidden: r.hidden as boolean };
  switch (r.kind as BoardKind) {
    case 'order':
      return {
        ...base, kind: 'order', categoryId: b.categoryId, gridId: b.gridId, createdAt: iso(b.createdAt)!, completedAt: iso(b.completedAt),
        rating: b.rating, commentApproved: r.comment_approved,
      };
    case 'wish':
      return {
        ...base, kind: 'wish', title: b.title, beneficiaryLabel: b.beneficiaryLabel,
        claimer: b.claimerKind ? { kind: b.claimerKind, id: b.claimerId, name: b.claimerName } : null,
      };
    case 'topic':
      return { ...base, kind: 'topic', title: b.title, decision: b.decision, outcome: b.outcome, ratingSum: b.ratingSum, ratingCount: b.ratingCount };
  }
}

export function pgBoard(db: Db): BoardOps {
  return {
    async boardItems(q, page) {
      const after = decodeBoardCursor(page.cursor);
      const params: unknown[] = [q.communityId, page.limit + 1];
      const kinds = (Object.keys(SOURCES) as BoardKind[]).filter((k) => !q.item || q.item.kind === k);
      const branches = kinds.map((kind) => {
        const s = SOURCES[kind];
        const where = [`s.community_id = $1`, `s.status = '${s.status}'`];
        if (!q.withHidden) where.push('m.hidden IS NOT TRUE');
        if (q.item) where.push(`s.id = $${params.push(q.item.id)}`);
        if (after) where.push(`(s.${s.at}, '${kind}'::text, s.id) < ($${params.push(after.at)}::timestamptz, $${params.push(after.kind)}::text, $${params.push(after.id)}::text)`);
        return `(SELECT '${kind}'::text AS kind, s.id, s.community_id, s.${s.at} AS at, coalesce(m.hidden, false) AS hidden,
                   coalesce(m.comment_approved, false) AS comment_approved, ${s.body} AS body
                 FROM ${s.table} s LEFT JOIN board_marks m ON m.kind = '${kind}' AND m.item_id = s.id
                 WHERE ${where.join(' AND ')} ORDER BY s.${s.at} DESC, s.id DESC LIMIT $2)`;
      });
      const rows = await db.query(`SELECT * FROM (${branches.join(' UNION ALL ')}) b ORDER BY at DESC, kind DESC, id DESC LIMIT $2`, params);
      return toPage(rows.map(toSource), page.limit, boardKey);
    },

    async markBoardItem(m) {
      await db.query(
        `INSERT INTO board_marks (kind, item_id, community_id, hidden, comment_approved, updated_by, updated_at)
         VALUES ($1, $2, $3, coalesce($4, false), coalesce($5, false), $6, $7)
         ON CONFLICT (kind, item_id) DO UPDATE SET hidden = coalesce($4, board_marks.hidden),
           comment_approved = coalesce($5, board_marks.comment_approved), updated_by = $6, updated_at = $7`,
        [m.kind, m.id, m.communityId, m.hidden ?? null, m.commentApproved ?? null, m.by, m.at],
      );
    },
  };
}
