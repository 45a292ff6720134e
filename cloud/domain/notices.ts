/**
 * Who hears about a step (WeChat subscribe messages): the resident when someone takes their order on, when it is
 * done or declined; the member an order was assigned to. Pure: the action queues what this returns.
 */
import type { Order } from '../../types/domain';
import type { Decision } from './order.decide';

export type NoticeKind = 'taken' | 'done' | 'rejected' | 'assigned';

export interface Notice {
  userId: string;
  kind: NoticeKind;
  orderId: string;
  title: string;
  /** Short, as a subscribe message's thing field allows (≤ 20 characters). */
  text: string;
}

const TEXT: Record<NoticeKind, string> = {
  taken: '已有党员接单，将尽快联系您',
  done: '服务已完成，请确认并评价',
  rejected: '社区未受理，请查看原因',
  assigned: '社区给您指派了一个需求',
};

export function noticesFor(order: Order, d: Decision): Notice[] {
  const to = (userId: string, kind: NoticeKind): Notice => ({ userId, kind, orderId: order.id, title: order.title.slice(0, 20), text: TEXT[kind] });
  switch (d.command) {
    case 'claim':
    case 'accept':
      return [to(order.residentId, 'taken')];
    case 'complete':
    case 'street_resolve':
      return [to(order.residentId, 'done')];
    case 'reject':
      return [to(order.residentId, 'rejected')];
    case 'assign':
      return order.assigneeId ? [to(order.assigneeId, 'assigned')] : [];
    default:
      return [];
  }
}
