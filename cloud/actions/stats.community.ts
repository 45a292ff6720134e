import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { requireStaff } from './shared/caller';
import { id } from './shared/schemas';
import { communityStats, periodFields, checkPeriod } from './shared/stats';

/**
 * 社区数据看板: the figures of the orders the community received in the period, by category, grid and member, and
 * as a trend. Staff of the community, or the street above it.
 */
export default defineAction('stats.community', z.object({ communityId: id, ...periodFields }).superRefine(checkPeriod), async (input, ctx) => {
  await requireStaff(ctx, input.communityId, true);
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  return communityStats(ctx.store, community, input);
});
