import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { optionalText, orderRef } from './shared/schemas';

const STARS_MESSAGE = `请选择${LIMITS.stars.min}到${LIMITS.stars.max}颗星`;

/** 评: the resident confirms it is solved and rates it; points and hours go to the members. */
export default defineAction(
  'order.confirm',
  z.object({
    ...orderRef,
    stars: z.number({ error: '请打分' }).int().min(LIMITS.stars.min, STARS_MESSAGE).max(LIMITS.stars.max, STARS_MESSAGE),
    comment: optionalText('评价', LIMITS.comment),
  }),
  (input, ctx) =>
    runTransition(ctx, { ...input, command: () => ({ type: 'confirm', stars: input.stars, comment: input.comment }) }),
);
