import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { optionalText, orderRef } from './shared/schemas';

const STARS_MESSAGE = `请选择${LIMITS.stars.min}到${LIMITS.stars.max}颗星`;

/**
 * 代评: after asking the resident by phone or at the door, the grid worker or staff rate a 代点单 order for them. It
 * closes as the resident's own rating would, but the rating is marked as given for them, and how it was obtained.
 */
export default defineAction(
  'order.rateFor',
  z.object({
    ...orderRef,
    stars: z.number({ error: '请打分' }).int().min(LIMITS.stars.min, STARS_MESSAGE).max(LIMITS.stars.max, STARS_MESSAGE),
    comment: optionalText('评价', LIMITS.comment),
    way: z.enum(['phone', 'visit'], { error: '请选择回访方式' }),
  }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: () => ({ type: 'rate_for', stars: input.stars, comment: input.comment, way: input.way }),
    }),
);
