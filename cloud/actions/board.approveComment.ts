import { z } from 'zod';
import { isStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';

const input = z.object({ orderId: id, approved: z.boolean({ error: '请选择公开或不公开' }) });

/**
 * Staff of the order's community approve the resident's comment for the board, or withdraw the approval. Anyone
 * else is told there is no such order, so its existence does not leak.
 */
export default defineAction('board.approveComment', input, async (data, ctx) => {
  const order = await ctx.store.getOrder(data.orderId);
  if (!order || !isStaffOf(ctx, order.communityId)) throw new DomainError('ORDER.NOT_FOUND');
  const rating = order.rating;
  if (order.status !== 'closed' || !rating?.comment || rating.autoClosed || rating.proxy) throw new DomainError('BOARD.NO_COMMENT');
  await ctx.store.markBoardItem({ communityId: order.communityId, kind: 'order', id: order.id, commentApproved: data.approved, by: ctx.user.id, at: ctx.now });
  return { orderId: order.id, approved: data.approved };
});
