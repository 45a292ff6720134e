import { z } from 'zod';
import { defineAction } from './shared/action';
import { runWishStep } from './shared/wish.run';
import { wishRef } from './shared/wish.schemas';

/** The claimer cannot do it after all: back on the wall for the next one. */
export default defineAction('wish.release', z.object(wishRef), (input, ctx) => runWishStep(ctx, input, () => ({ type: 'release' })));
