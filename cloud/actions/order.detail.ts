import { z } from 'zod';
import { defineAction } from './shared/action';
import { detailFor, loadVisible } from './shared/order.run';
import { id } from './shared/schemas';

/** One order with its timeline and the actions this caller may take. */
export default defineAction('order.detail', z.object({ orderId: id }), async (input, ctx) => {
  const { order, caller } = await loadVisible(ctx, input.orderId);
  return detailFor(ctx, order, caller, ctx.now);
});
