/**
 * How both adapters read a staff queue tab: the statuses it holds (types/views.ts), whether only orders past their
 * deadline count, and the order its pages come in.
 */
import type { OrderStatus } from '../../types/domain';
import { OVERDUE_TAB, QUEUE_TAB_STATUSES, type QueueTab } from '../../types/views';

export interface QueueRead {
  statuses: readonly OrderStatus[];
  /** Only orders whose deadline has passed (compared with the request's `now`). */
  pastDeadline: boolean;
  /** `oldest`: first come, first served; `deadline`: the most overdue first; `newest`: the latest first. */
  sort: 'oldest' | 'deadline' | 'newest';
  /** Work still to do comes by attention first (危及生命, 紧急, overdue: cloud/domain/attention.ts), then by `sort`. */
  ranked: boolean;
}

/** Tabs whose orders are finished with, read newest first; every other tab is work to do. */
const DONE_TABS: readonly QueueTab[] = ['awaiting_rating', 'closed'];

export function queueRead(tab: QueueTab): QueueRead {
  const done = DONE_TABS.includes(tab);
  return {
    statuses: QUEUE_TAB_STATUSES[tab],
    pastDeadline: tab === OVERDUE_TAB,
    // 待受理 is first come, first served; dispatched work by how close its deadline is.
    sort: done ? 'newest' : tab === 'submitted' ? 'oldest' : 'deadline',
    ranked: !done,
  };
}
