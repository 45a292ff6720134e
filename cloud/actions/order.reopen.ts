import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { orderRef, reason } from './shared/schemas';

/** 未解决: the resident says it is not solved; it goes back to whoever holds it. */
export default defineAction('order.reopen', z.object({ ...orderRef, reason }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'reopen', reason: input.reason }) }),
);
