import { z } from 'zod';
import { WISH_STATUSES } from '../../types/wishes';
import { belongsTo } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import type { WishQuery } from '../store/store.port';
import { wishViews } from '../views/wish.view';
import { defineAction } from './shared/action';
import { callerIn, requireStaff } from './shared/caller';
import { id, pageInput } from './shared/schemas';

const input = z.object({
  communityId: id,
  scope: z.enum(['wall', 'staff', 'mine']).default('wall'),
  status: z.enum(WISH_STATUSES).optional(),
  ...pageInput,
});

/**
 * The wish wall (released wishes, newest first) for anyone of the community or street staff above it; staff's
 * list of every wish; or the caller's own claims, theirs and their units'.
 */
export default defineAction('wish.list', input, async (data, ctx) => {
  let query: WishQuery;
  if (data.scope === 'staff') {
    await requireStaff(ctx, data.communityId);
    query = { kind: 'staff', communityId: data.communityId, status: data.status };
  } else {
    const community = await ctx.store.getCommunity(data.communityId);
    if (!community || !belongsTo(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
    if (data.scope === 'wall') query = { kind: 'wall', communityId: data.communityId, now: ctx.now };
    else {
      const units = await ctx.store.unitsOf(ctx.user.id, data.communityId);
      query = { kind: 'claimer', claimers: [{ kind: 'member', id: ctx.user.id }, ...units.map((u) => ({ kind: 'unit' as const, id: u.id }))] };
    }
  }
  const page = await ctx.store.listWishes(query, { cursor: data.cursor ?? null, limit: data.limit });
  const caller = await callerIn(ctx, data.communityId);
  return { items: await wishViews(ctx, page.items, { now: ctx.now, caller, unit: null }), nextCursor: page.nextCursor };
});
