import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { optionalText, orderRef } from './shared/schemas';

/**
 * 第三方测评: staff acting as the 测评 caller record a satisfaction call on a closed order — reached or not, the
 * resident's stars if they gave some, a note. Never by someone who served the order. Counts in 有效回访率 and the 民意帐.
 */
export default defineAction(
  'survey.record',
  z.object({
    ...orderRef,
    reached: z.boolean({ error: '请选择是否接通' }),
    stars: z.number().int('星级须为整数').min(1, '星级为1–5星').max(5, '星级为1–5星').optional(),
    note: optionalText('测评记录', LIMITS.note),
  }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: () => ({ type: 'survey', reached: input.reached, stars: input.reached ? input.stars ?? null : null, note: input.note ?? '' }),
    }),
);
