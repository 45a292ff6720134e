import { z } from 'zod';
import { isStaffOf } from '../domain/access';
import { unitView } from '../views/wish.view';
import { defineAction } from './shared/action';
import { id, pageInput } from './shared/schemas';

/** Staff: the community's units, newest first (the review queue with `status: 'pending'`). Others: their own. */
export default defineAction(
  'unit.list',
  z.object({ communityId: id, status: z.enum(['pending', 'verified', 'rejected']).optional(), ...pageInput }),
  async (input, ctx) => {
    if (!isStaffOf(ctx, input.communityId)) {
      const own = await ctx.store.unitsOf(ctx.user.id, input.communityId);
      return { items: own.filter((u) => !input.status || u.status === input.status).map(unitView), nextCursor: null };
    }
    const page = await ctx.store.listUnits(input.communityId, input.status ?? null, { cursor: input.cursor ?? null, limit: input.limit });
    return { items: page.items.map(unitView), nextCursor: page.nextCursor };
  },
);
