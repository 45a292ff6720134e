import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { note, orderRef, photos } from './shared/schemas';

/** Street staff record the outcome of an escalated order: solved, or back to the community. */
export default defineAction(
  'order.streetResolve',
  z.object({ ...orderRef, note, photos, outcome: z.enum(['resolved', 'returned'], { error: '请选择处理结果' }) }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: () => ({
        type: input.outcome === 'resolved' ? 'street_resolve' : 'street_return',
        note: input.note,
        photos: input.photos,
      }),
    }),
);
