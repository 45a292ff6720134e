import { z } from 'zod';
import { QUEUE_TAB_NAMES } from '../../types/views';
import { defineAction } from './shared/action';
import { requireStaff } from './shared/caller';
import { viewPage } from './shared/order.page';
import { id, pageInput } from './shared/schemas';

/** 待办: the staff's queue by tab, filtered by category and grid, with the count of every tab. */
export default defineAction(
  'order.queue',
  z.object({ ...pageInput, communityId: id, tab: z.enum(QUEUE_TAB_NAMES).default('submitted'), categoryId: id.optional(), gridId: id.optional() }),
  async (input, ctx) => {
    await requireStaff(ctx, input.communityId, true);
    const [page, counts] = await Promise.all([
      viewPage(ctx, { kind: 'queue', ...input, now: ctx.now }, input),
      ctx.store.queueCounts(input.communityId, ctx.now),
    ]);
    return { ...page, counts };
  },
);
