import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { instant, orderRef, reason } from './shared/schemas';

/** 延期: staff move the deadline later, with a reason the resident sees in the timeline. */
export default defineAction('order.extend', z.object({ ...orderRef, deadline: instant('办结时限'), reason }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'extend', deadline: input.deadline, reason: input.reason }) }),
);
