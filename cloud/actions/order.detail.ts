import { z } from 'zod';
import { defineAction } from './action';
import { detailFor, loadVisible } from './order.run';
import { id } from './schemas';

/** One order with its timeline and the actions this caller may take. */
export default defineAction('order.detail', z.object({ orderId: id }), async (input, ctx) => {
  const { order, caller } = await loadVisible(ctx, input.orderId);
  return detailFor(ctx.store, order, caller, ctx.now);
});
