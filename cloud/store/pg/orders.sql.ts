/**
 * How each list reads: its filter, its sort, and the index that serves it (see migrations/001_init.sql).
 */
import { ACTIVE_STATUSES } from '../../../types/domain';
import type { OrderQuery } from '../store.port';
import type { CursorKey } from '../cursor';

export const ACTIVE_SQL = `(${ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export interface ListPlan {
  where: string[];
  params: unknown[];
  /** Ranked: by attention first (cloud/domain/attention.ts), then the column, ascending. */
  sort: { column: 'created_at' | 'deadline'; dir: 'ASC' | 'DESC'; ranked?: boolean };
}

/** Builds the WHERE clauses for one list; `$n` placeholders continue from `params`. */
export function planList(query: OrderQuery): ListPlan {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const newest = { column: 'created_at', dir: 'DESC' } as const;
  switch (query.kind) {
    case 'resident':
      return { where: [`o.resident_id = ${p(query.residentId)}`, `o.status = ANY(${p(query.statuses)})`], params, sort: newest };
    case 'member': {
      const me = p(query.memberId);
      // Driven from the member's claims (claims_member index), not by scanning the community's orders.
      const held = `SELECT c.order_id FROM claims c WHERE c.member_id = ${me} AND c.state = '${query.state}'`;
      const asked = `SELECT a.id FROM orders a WHERE a.assignee_id = ${me} AND a.status = 'assigned'`;
      return { where: [`o.id IN (${query.state === 'active' ? `${held} UNION ALL ${asked}` : held})`], params, sort: newest };
    }
    case 'pool': {
      const m = query.member;
      const where = [
        `o.community_id = ${p(query.communityId)}`,
        `o.status = 'open'`,
        // "= '{}'" rather than cardinality(…) = 0: the planner has statistics for a column's values, none for a
        // function of it. With cardinality() it guessed almost no open order passes, fetched and sorted all of them
        // (27k rows a page at 1M orders) instead of reading the index in order and stopping at the page's end.
        `(o.pool_skills = '{}' OR o.pool_skills && ${p(m.skills)}::text[])`,
        `(o.pool_team IS NULL OR o.pool_team = ${p(m.teamId)})`,
        `(o.pool_grids = '{}' OR ${p(m.gridId)} = ANY(o.pool_grids))`,
        `NOT EXISTS (SELECT 1 FROM claims c WHERE c.order_id = o.id AND c.member_id = ${p(m.userId)} AND c.state <> 'released')`,
      ];
      if (query.categoryId) where.push(`o.category_id = ${p(query.categoryId)}`);
      if (query.gridId) where.push(`o.grid_id = ${p(query.gridId)}`);
      const sort = query.sort === 'deadline' ? ({ column: 'deadline', dir: 'ASC' } as const) : newest;
      return { where, params, sort };
    }
    case 'queue': {
      const where = [`o.community_id = ${p(query.communityId)}`];
      let sort: ListPlan['sort'] = newest;
      // Tabs of work still to do put what needs attention first: 待受理 then by age, the others by deadline.
      const ranked = (column: ListPlan['sort']['column']) => ({ column, dir: 'ASC', ranked: true }) as const;
      if (query.tab === 'overdue') {
        where.push(`o.status IN ${ACTIVE_SQL}`, `o.deadline < ${p(query.now)}`);
        sort = ranked('deadline');
      } else if (query.tab === 'dispatched') {
        where.push(`o.status IN ('open', 'assigned')`);
        sort = ranked('deadline');
      } else {
        where.push(`o.status = ${p(query.tab)}`);
        if (query.tab === 'submitted') sort = ranked('created_at');
        else if (query.tab !== 'awaiting_rating' && query.tab !== 'closed') sort = ranked('deadline');
      }
      if (query.categoryId) where.push(`o.category_id = ${p(query.categoryId)}`);
      if (query.gridId) where.push(`o.grid_id = ${p(query.gridId)}`);
      return { where, params, sort };
    }
  }
}

/** Adds the keyset condition and returns the full SELECT for one page (`limit + 1` rows, to know if more follow). */
export function pageSql(plan: ListPlan, after: CursorKey | null, limit: number): { text: string; params: unknown[] } {
  const params = [...plan.params];
  const where = [...plan.where];
  const { column, dir, ranked } = plan.sort;
  if (after && ranked) {
    const [rank, at, id] = after as [number, string, string];
    where.push(`(o.attention, o.${column}, o.id) > ($${params.push(rank)}::smallint, $${params.push(at)}::timestamptz, $${params.push(id)})`);
  } else if (after) {
    const op = dir === 'ASC' ? '>' : '<';
    where.push(`(o.${column}, o.id) ${op} ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})`);
  }
  params.push(limit + 1);
  const order = ranked ? `o.attention, o.${column}, o.id` : `o.${column} ${dir}, o.id ${dir}`;
  return {
    text: `SELECT o.* FROM orders o WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length}`,
    params,
  };
}
