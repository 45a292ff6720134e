/**
 * How each order list reads on CloudBase: its filter and its sort (each pair has its index in indexes.json).
 */
import type { DepartmentTab } from '../../../types/departments';
import type { QueueTab } from '../../../types/views';
import { queueRead } from '../queue';
import type { OrderQuery } from '../store.port';
import type { Command, Doc, SortedRead, SortKey } from './db';
import { ANY } from './docs';

const newest: SortKey[] = [
  ['createdAt', 'desc'],
  ['_id', 'desc'],
];
export const byAsc = (field: string): SortKey[] => [
  [field, 'asc'],
  ['_id', 'asc'],
];

/** Attention first (cloud/domain/attention.ts), then the field, all ascending. */
const ranked = (field: string): SortKey[] => [['attention', 'asc'], ...byAsc(field)];

/** The statuses (and, for overdue orders, the deadline) one queue tab holds. */
export function queueFilter(_: Command, tab: QueueTab, now: Date): Doc {
  const { statuses, pastDeadline } = queueRead(tab);
  return { status: statuses.length === 1 ? statuses[0] : _.in([...statuses]), ...(pastDeadline ? { deadline: _.lt(now) } : {}) };
}

/** The department's outcome each of its tabs holds (null: still with it). */
const DEPARTMENT_OUTCOME: Record<DepartmentTab, 'resolved' | 'returned' | null> = { active: null, overdue: null, resolved: 'resolved', returned: 'returned' };

/** How each list reads: its filter and its sort (each pair has its index in indexes.json). */
export function planList(_: Command, query: OrderQuery): SortedRead & { key: 'createdAt' | 'deadline'; ranked?: boolean } {
  switch (query.kind) {
    case 'resident':
      return { filter: [{ residentId: query.residentId, status: _.in([...query.statuses]) }], sort: newest, key: 'createdAt' };
    case 'member': {
      const held = { 'holders.memberId': query.memberId, finished: query.state === 'done' };
      const asked = { assigneeId: query.memberId, status: 'assigned' };
      return { filter: [query.state === 'active' ? _.or(held, asked) : held], sort: newest, key: 'createdAt' };
    }
    case 'pool': {
      const m = query.member;
      const f: Doc = {
        communityId: query.communityId,
        status: 'open',
        poolSkills: _.in([ANY, ...m.skills]),
        poolTeam: _.in(m.teamId ? [ANY, m.teamId] : [ANY]),
        poolGrids: _.in(m.gridId ? [ANY, m.gridId] : [ANY]),
        'holders.memberId': _.neq(m.userId),
      };
      if (query.categoryId) f.categoryId = query.categoryId;
      if (query.gridId) f.gridId = query.gridId;
      return query.sort === 'deadline' ? { filter: [f], sort: byAsc('deadline'), key: 'deadline' } : { filter: [f], sort: newest, key: 'createdAt' };
    }
    case 'department': {
      const f: Doc = { 'department.departmentId': query.departmentId, 'department.outcome': DEPARTMENT_OUTCOME[query.tab] };
      if (query.tab === 'overdue') f['department.deadline'] = _.lt(query.now);
      return { filter: [f], sort: newest, key: 'createdAt' };
    }
    case 'queue': {
      const f: Doc = { communityId: query.communityId, ...queueFilter(_, query.tab, query.now) };
      if (query.categoryId) f.categoryId = query.categoryId;
      if (query.gridId) f.gridId = query.gridId;
      // Both given: the one grid if it is among them, else none.
      if (query.gridIds) f.gridId = _.in(query.gridId ? query.gridIds.filter((g) => g === query.gridId) : query.gridIds);
      const read = queueRead(query.tab);
      const key = read.sort === 'deadline' ? 'deadline' : 'createdAt';
      if (read.ranked) return { filter: [f], sort: ranked(key), key, ranked: true };
      return { filter: [f], sort: read.sort === 'newest' ? newest : byAsc(key), key };
    }
  }
}
