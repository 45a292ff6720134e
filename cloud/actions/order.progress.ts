import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { note, orderRef, photos } from './shared/schemas';

/** A member holding the order reports how it goes, with photos. */
export default defineAction('order.progress', z.object({ ...orderRef, note, photos }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'progress', note: input.note, photos: input.photos }) }),
);
