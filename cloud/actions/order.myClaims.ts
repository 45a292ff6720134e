import { z } from 'zod';
import { defineAction } from './shared/action';
import { viewPage } from './shared/order.page';
import { pageInput } from './shared/schemas';

/** 我的任务: what this member holds or is asked to accept (active), or has done (done). */
export default defineAction(
  'order.myClaims',
  z.object({ ...pageInput, state: z.enum(['active', 'done']).default('active') }),
  (input, ctx) => viewPage(ctx, { kind: 'member', memberId: ctx.user.id, state: input.state }, input),
);
