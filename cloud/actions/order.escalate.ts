import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { instant, note, orderRef, photos } from './shared/schemas';

/** 上报: what the community cannot solve goes to the street, with a note and a new time limit. */
export default defineAction(
  'order.escalate',
  z.object({ ...orderRef, note, photos, deadline: instant('办结时限') }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: () => ({ type: 'escalate', note: input.note, photos: input.photos, deadline: input.deadline }),
    }),
);
