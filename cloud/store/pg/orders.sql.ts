/**
 * How each list reads: its filter, its sort, and the index that serves it (see migrations/001_init.sql).
 */
import { ACTIVE_STATUSES, type OrderStatus } from '../../../types/domain';
import type { DepartmentTab } from '../../../types/departments';
import type { QueueTab } from '../../../types/views';
import type { CursorKey } from '../cursor';
import { queueRead, type QueueRead } from '../queue';
import type { OrderQuery } from '../store.port';

/**
 * Statuses as an SQL list of literals, e.g. `('open', 'assigned')`: a partial index whose predicate names the same
 * statuses (migrations) serves only a query that names them as literals, not as a parameter.
 */
export const statusList = (statuses: readonly OrderStatus[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`;

export const ACTIVE_SQL = statusList(ACTIVE_STATUSES);

/** The WHERE condition of one queue tab; `now` gives the placeholder of the request's instant, asked only if needed. */
export function queueWhere(tab: QueueTab, now: () => string): string {
  const read = queueRead(tab);
  return `o.status IN ${statusList(read.statuses)}${read.pastDeadline ? ` AND o.deadline < ${now()}` : ''}`;
}

/** Each department tab: still with it, still with it past its deadline, or how it ended. */
const DEPARTMENT_TAB_SQL: Record<DepartmentTab, (now: () => string) => string> = {
  active: () => `o.department_outcome IS NULL`,
  overdue: (now) => `o.department_outcome IS NULL AND o.department_deadline < ${now()}`,
  resolved: () => `o.department_outcome = 'resolved'`,
  returned: () => `o.department_outcome = 'returned'`,
};

export interface ListPlan {
  where: string[];
  params: unknown[];
  /** Ranked: by attention first (cloud/domain/attention.ts), then the column, ascending. */
  sort: { column: 'created_at' | 'deadline'; dir: 'ASC' | 'DESC'; ranked?: boolean };
}

const SORTS: Record<QueueRead['sort'], ListPlan['sort']> = {
  oldest: { column: 'created_at', dir: 'ASC' },
  deadline: { column: 'deadline', dir: 'ASC' },
  newest: { column: 'created_at', dir: 'DESC' },
};

/** Builds the WHERE clauses for one list; `$n` placeholders continue from `params`. */
export function planList(query: OrderQuery): ListPlan {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const newest = SORTS.newest;
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
      const sort = query.sort === 'deadline' ? SORTS.deadline : newest;
      return { where, params, sort };
    }
    case 'department': {
      // Served by orders_department (migrations/016); the tabs are few and small.
      const where = [`o.department_id = ${p(query.departmentId)}`, DEPARTMENT_TAB_SQL[query.tab](() => p(query.now))];
      return { where, params, sort: newest };
    }
    case 'queue': {
      const where = [`o.community_id = ${p(query.communityId)}`, queueWhere(query.tab, () => p(query.now))];
      const read = queueRead(query.tab);
      const sort = { ...SORTS[read.sort], ranked: read.ranked };
      if (query.categoryId) where.push(`o.category_id = ${p(query.categoryId)}`);
      if (query.gridId) where.push(`o.grid_id = ${p(query.gridId)}`);
      if (query.gridIds) where.push(`o.grid_id = ANY(${p(query.gridIds)})`);
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
