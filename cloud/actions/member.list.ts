import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { requireStaff } from './shared/caller';
import { memberViews } from '../views/member.view';
import { id, pageInput } from './shared/schemas';

/**
 * Staff's list of members: pending ones to review, verified ones to assign (with each one's load and last activity,
 * for the assign picker), searchable by name, unit or skill.
 */
export default defineAction(
  'member.list',
  z.object({
    ...pageInput,
    communityId: id,
    status: z.enum(['pending', 'verified', 'rejected']).optional(),
    q: z.string().trim().max(LIMITS.search.max).optional(),
    skill: z.string().trim().max(LIMITS.skill.max).optional(),
  }),
  async (input, ctx) => {
    await requireStaff(ctx, input.communityId);
    const page = await ctx.store.listMembers(input, { cursor: input.cursor ?? null, limit: input.limit });
    const [views, load] = await Promise.all([
      memberViews(ctx, input.communityId, page.items, true),
      ctx.store.memberWorkload(page.items.map((m) => m.userId)),
    ]);
    const items = views.map((v, i) => ({ ...v, activeOrders: load[i].activeOrders, lastActiveAt: load[i].lastActiveAt }));
    return { items, nextCursor: page.nextCursor };
  },
);
