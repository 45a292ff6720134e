import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { id, orderRef, reason } from './shared/schemas';

/**
 * 收回: staff take the order back from one holder (their slot returns to the pool, or an assigned order to 待受理)
 * or, without a member, from the assignee or the only holder.
 */
export default defineAction('order.recall', z.object({ ...orderRef, memberId: id.optional(), reason }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'recall', memberId: input.memberId ?? null, reason: input.reason }) }),
);
