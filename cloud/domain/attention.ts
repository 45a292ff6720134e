/**
 * Which orders staff should look at first: 危及生命, then 紧急, then those past a time limit (受理超时 while waiting,
 * or past the deadline once the sweep noticed), then the rest. Lists staff work from sort by this rank first.
 * The PostgreSQL adapter keeps the same rule as a generated column (migrations/003_notices.sql).
 */
import type { Order } from '../../types/domain';

export type Attention = 0 | 1 | 2 | 3;

export function attentionOf(order: Pick<Order, 'urgency' | 'status' | 'overdueAt' | 'acceptOverdueAt'>): Attention {
  if (order.urgency === 'life_threatening') return 0;
  if (order.urgency === 'urgent') return 1;
  if (order.overdueAt !== null || (order.status === 'submitted' && order.acceptOverdueAt !== null)) return 2;
  return 3;
}
