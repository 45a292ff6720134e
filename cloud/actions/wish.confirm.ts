import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { optionalText } from './shared/schemas';
import { runWishStep } from './shared/wish.run';
import { wishRef } from './shared/wish.schemas';

/** Staff confirm a delivered wish realised, and may record the beneficiary's thanks; the member earns its points. */
export default defineAction('wish.confirm', z.object({ ...wishRef, thanks: optionalText('感谢的话', LIMITS.thanks) }), (input, ctx) =>
  runWishStep(ctx, input, () => ({ type: 'confirm', thanks: input.thanks })),
);
