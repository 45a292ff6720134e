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
}

export function queueRead(tab: QueueTab): QueueRead {
  const pastDeadline = tab === OVERDUE_TAB;
  return {
    statuses: QUEUE_TAB_STATUSES[tab],
    pastDeadline,
    // 待受理 is first come, first served.
    sort: pastDeadline ? 'deadline' : tab === 'submitted' ? 'oldest' : 'newest',
  };
}
