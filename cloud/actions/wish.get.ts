import { z } from 'zod';
import { defineAction } from './shared/action';
import { loadWish, wishViewFor } from './shared/wish.run';
import { wishRef } from './shared/wish.schemas';

/** One wish, as the caller (or the unit they ask as) may see it. */
export default defineAction('wish.get', z.object(wishRef), async (input, ctx) => wishViewFor(ctx, await loadWish(ctx, input.wishId, input.unitId)));
