/**
 * Team orders (headcount > 1): each holder reports their own part, and points and hours follow the parts.
 * A one-person order completes as one report (order.complete) and pays the order's hours, as it always did.
 */
import type { Holder, Order } from '../../types/domain';
import type { Award } from './order.effects';

/** Several members share the work: each reports their own part. */
export const isTeamOrder = (o: Pick<Order, 'headcount'>): boolean => o.headcount > 1;

/** The holders who have reported their part. */
export const reported = (o: Pick<Order, 'holders'>): Holder[] => o.holders.filter((h) => h.part !== null);

/** The report about to be given is the last one missing: every other holder has reported. */
export const isLastPart = (o: Pick<Order, 'holders'>): boolean => o.holders.filter((h) => h.part === null).length <= 1;

/** Hours of the parts reported so far, plus the one being given. */
export const partHours = (o: Pick<Order, 'holders'>, adding = 0): number =>
  reported(o).reduce((sum, h) => sum + h.part!.hours, adding);

/**
 * Who earns what when the order closes: in a team order each holder who reported, with their own hours (a holder
 * who reported nothing gets nothing); otherwise every holder, with the order's hours. A team order completed before
 * parts existed (no part at all) is paid the old way.
 */
export function awardsOf(o: Order): Award[] {
  const parts = reported(o);
  if (isTeamOrder(o) && parts.length > 0) {
    return parts.map((h) => ({ memberId: h.memberId, points: o.points, hours: h.part!.hours }));
  }
  return o.holders.map((h) => ({ memberId: h.memberId, points: o.points, hours: o.serviceHours ?? 0 }));
}
