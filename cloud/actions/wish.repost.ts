import { z } from 'zod';
import { defineAction } from './shared/action';
import { instant } from './shared/schemas';
import { runWishStep } from './shared/wish.run';
import { wishRef } from './shared/wish.schemas';

/** Staff post a returned wish again, with a new release time and deadline. */
export default defineAction(
  'wish.repost',
  z.object({ ...wishRef, releaseAt: instant('发布时间'), deadline: instant('截止时间') }),
  (input, ctx) => runWishStep(ctx, input, () => ({ type: 'repost', releaseAt: input.releaseAt, deadline: input.deadline })),
);
