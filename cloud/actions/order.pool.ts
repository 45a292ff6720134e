import { z } from 'zod';
import { defineAction } from './action';
import { requireVerifiedMember } from './caller';
import { viewPage } from './order.list';
import { id, pageInput } from './schemas';

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
