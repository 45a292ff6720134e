import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { note, orderRef, photos } from './shared/schemas';

/** 回访: staff record a follow-up call or visit on a closed order; `reached: false` when it did not reach the resident. */
export default defineAction(
  'order.visit',
  z.object({ ...orderRef, note, photos, satisfied: z.boolean({ error: '请选择居民是否满意' }), reached: z.boolean().default(true) }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: () => ({ type: 'visit', note: input.note, satisfied: input.satisfied, photos: input.photos, reached: input.reached }),
    }),
);
