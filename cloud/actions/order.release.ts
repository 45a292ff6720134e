import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { orderRef, reason } from './shared/schemas';

/** A member lets go of a claim before finishing; the slot opens again. */
export default defineAction('order.release', z.object({ ...orderRef, reason }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'release', reason: input.reason }) }),
);
