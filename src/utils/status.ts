/**
 * What an order's status means for the screens beyond its label.
 */
import { ACTIVE_STATUSES, type OrderStatus } from '../../types/domain';

/** The order still runs against its time limit (the statuses in which it can become overdue). */
export const isActive = (o: { status: OrderStatus }) => (ACTIVE_STATUSES as readonly OrderStatus[]).includes(o.status);
