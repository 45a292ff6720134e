import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { optionalText, orderRef } from './shared/schemas';

/** The resident withdraws an order nobody has taken on yet. */
export default defineAction('order.cancel', z.object({ ...orderRef, reason: optionalText('原因', LIMITS.reason) }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'cancel', reason: input.reason }) }),
);
