import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { buildPlan, planFields, poolLimitField } from './shared/dispatch.plan';
import { runTransition } from './shared/order.run';
import { orderRef } from './shared/schemas';

/** 党组织下单: staff accept the order and publish it to the member pool. */
export default defineAction(
  'order.dispatch',
  z.object({
    ...orderRef,
    ...planFields,
    headcount: z
      .number()
      .int('人数须为整数')
      .min(LIMITS.headcount.min, `至少需要${LIMITS.headcount.min}名党员`)
      .max(LIMITS.headcount.max, `最多${LIMITS.headcount.max}名党员`)
      .optional(),
    poolLimit: poolLimitField,
  }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: async (order) => ({ type: 'dispatch', plan: await buildPlan(ctx, order, input) }),
    }),
);
