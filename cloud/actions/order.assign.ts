import { z } from 'zod';
import { defineAction } from './shared/action';
import { buildPlan, planFields } from './shared/dispatch.plan';
import { runTransition } from './shared/order.run';
import { id, orderRef } from './shared/schemas';

/** 党组织下单 to one person: staff assign the order to a verified member, who accepts or declines. */
export default defineAction('order.assign', z.object({ ...orderRef, ...planFields, memberId: id }), (input, ctx) =>
  runTransition(ctx, {
    ...input,
    command: async (order) => ({
      type: 'assign',
      plan: await buildPlan(ctx, order, input),
      assignee: await ctx.store.getMember(input.memberId, order.communityId),
    }),
  }),
);
