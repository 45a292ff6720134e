/**
 * How each order list reads on CloudBase: its filter and its sort (each pair has its index in indexes.json).
 */
import { ACTIVE_STATUSES } from '../../../types/domain';
import type { OrderQuery } from '../store.port';
import type { Command, Doc, SortedRead, SortKey } from './db';
import { ANY } from './docs';

const ACTIVE = [...ACTIVE_STATUSES];

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
    case 'queue': {
      const f: Doc = { communityId: query.communityId };
      let plan: Pick<SortedRead, 'sort'> & { key: 'createdAt' | 'deadline'; ranked?: boolean } = { sort: newest, key: 'createdAt' };
      // Tabs of work still to do put what needs attention first: 待受理 then by age, the others by deadline.
      const byDeadline = { sort: ranked('deadline'), key: 'deadline', ranked: true } as const;
      if (query.tab === 'overdue') {
        f.status = _.in(ACTIVE);
        f.deadline = _.lt(query.now);
        plan = byDeadline;
      } else if (query.tab === 'dispatched') {
        f.status = _.in(['open', 'assigned']);
        plan = byDeadline;
      } else {
        f.status = query.tab;
        if (query.tab === 'submitted') plan = { sort: ranked('createdAt'), key: 'createdAt', ranked: true };
        else if (query.tab !== 'awaiting_rating' && query.tab !== 'closed') plan = byDeadline;
      }
      if (query.categoryId) f.categoryId = query.categoryId;
      if (query.gridId) f.gridId = query.gridId;
      return { filter: [f], ...plan };
    }
  }
}
