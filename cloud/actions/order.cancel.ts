import { z } from 'zod';
import { defineAction } from './action';
import { runTransition } from './order.run';
import { optionalText, orderRef } from './schemas';

/** The resident withdraws an order nobody has taken on yet. */
export default defineAction('order.cancel', z.object({ ...orderRef, reason: optionalText('原因', 200) }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'cancel', reason: input.reason }) }),
);
