import { z } from 'zod';
import { defineAction } from './action';
import { runTransition } from './order.run';
import { assertSafeText } from './safety';
import { optionalText, orderRef } from './schemas';

/** 评: the resident confirms it is solved and rates it; points and hours go to the members. */
export default defineAction(
  'order.confirm',
  z.object({
    ...orderRef,
    stars: z.number({ error: '请打分' }).int().min(1, '请选择1到5颗星').max(5, '请选择1到5颗星'),
    comment: optionalText('评价', 300),
  }),
  async (input, ctx) => {
    await assertSafeText(ctx, input.comment);
    return runTransition(ctx, { ...input, command: () => ({ type: 'confirm', stars: input.stars, comment: input.comment }) });
  },
);
