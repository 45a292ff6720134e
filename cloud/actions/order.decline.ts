import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { orderRef, reason } from './shared/schemas';

/** The assigned member cannot take it; it returns to staff with the reason. */
export default defineAction('order.decline', z.object({ ...orderRef, reason }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'decline', reason: input.reason }) }),
);
