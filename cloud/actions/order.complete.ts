import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { note, orderRef, photos } from './shared/schemas';

/** A member reports the work done, with the hours each member gave; the resident is asked to rate it. */
export default defineAction(
  'order.complete',
  z.object({
    ...orderRef,
    note,
    photos,
    hours: z
      .number({ error: '请填写服务时长' })
      .min(LIMITS.hours.min, `服务时长至少${LIMITS.hours.min}小时`)
      .max(LIMITS.hours.max, `单次服务时长最多${LIMITS.hours.max}小时`),
  }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: () => ({ type: 'complete', note: input.note, photos: input.photos, hours: input.hours }),
    }),
);
