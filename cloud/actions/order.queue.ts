import { z } from 'zod';
import { QUEUE_TAB_NAMES } from '../../types/views';
import { gridsOf, isStaffOf, isStreetStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction, type ActionContext } from './shared/action';
import { viewPage } from './shared/order.page';
import { id, pageInput } from './shared/schemas';

/**
 * 待办: the staff's queue by tab, filtered by category and grid, with the count of every tab. A grid worker's queue
 * holds only the orders of their grids (我的网格); a grid of someone else's shows nothing.
 */
export default defineAction(
  'order.queue',
  z.object({ ...pageInput, communityId: id, tab: z.enum(QUEUE_TAB_NAMES).default('submitted'), categoryId: id.optional(), gridId: id.optional() }),
  async (input, ctx) => {
    const gridIds = await queueScope(ctx, input.communityId);
    const [page, counts] = await Promise.all([
      viewPage(ctx, { kind: 'queue', ...input, gridIds, now: ctx.now }, input),
      ctx.store.queueCounts(input.communityId, ctx.now, gridIds && (input.gridId ? gridIds.filter((g) => g === input.gridId) : gridIds)),
    ]);
    return { ...page, counts };
  },
);

/** The whole community for its staff and the street above it; a grid worker's own grids; nobody else. */
async function queueScope(ctx: ActionContext, communityId: string): Promise<string[] | undefined> {
  if (isStaffOf(ctx, communityId)) return undefined;
  const community = await ctx.store.getCommunity(communityId);
  if (community && isStreetStaffOf(ctx, community.streetId)) return undefined;
  const mine = gridsOf(ctx, communityId);
  if (mine.length === 0) throw new DomainError('AUTH.FORBIDDEN');
  return mine;
}
