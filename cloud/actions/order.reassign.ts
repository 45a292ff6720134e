import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { id, optionalText, orderRef } from './shared/schemas';

/** 改派: staff give the order directly to another verified member, who accepts or declines as with an assignment. */
export default defineAction(
  'order.reassign',
  z.object({ ...orderRef, memberId: id, note: optionalText('说明', LIMITS.note) }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: async (order) => ({
        type: 'reassign',
        assignee: await ctx.store.getMember(input.memberId, order.communityId),
        note: input.note,
      }),
    }),
);
