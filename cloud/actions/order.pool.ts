import { z } from 'zod';
import { defineAction } from './shared/action';
import { requireVerifiedMember } from './shared/caller';
import { viewPage } from './shared/order.page';
import { id, pageInput } from './shared/schemas';

/** 接单大厅: open orders this member may claim, by deadline (soonest first) or newest. */
export default defineAction(
  'order.pool',
  z.object({
    ...pageInput,
    communityId: id,
    categoryId: id.optional(),
    gridId: id.optional(),
    sort: z.enum(['deadline', 'newest']).default('deadline'),
  }),
  async (input, ctx) => {
    const member = await requireVerifiedMember(ctx, input.communityId);
    return viewPage(ctx, { kind: 'pool', ...input, member }, input);
  },
);
