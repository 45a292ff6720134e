import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { mayVisit } from '../domain/visits';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';
import { visitView } from './shared/visits';

/**
 * The 代点单 order placed from a visit's needs, recorded on the visit once (by whoever may visit the record): the
 * order must have been placed for the same record. The same order again answers the visit as it is.
 */
export default defineAction('visit.linkOrder', z.object({ visitId: id, orderId: id }), async (input, ctx) => {
  const visit = await ctx.store.getVisit(input.visitId);
  const record = visit && (await ctx.store.getResidentRecord(visit.recordId));
  if (!visit || !record || !mayVisit(ctx, record)) throw new DomainError('VISIT.NOT_FOUND');
  const order = await ctx.store.getOrder(input.orderId);
  if (!order || order.recordId !== record.id) throw new DomainError('VISIT.ORDER_MISMATCH');
  const linked = await ctx.store.linkVisitOrder({ visitId: visit.id, orderId: order.id, actorId: ctx.user.id, now: ctx.now });
  if (!linked) throw new DomainError('VISIT.ALREADY_LINKED');
  return visitView(ctx, record, linked);
});
