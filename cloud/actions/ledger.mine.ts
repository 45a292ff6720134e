import { z } from 'zod';
import { defineAction } from './shared/action';
import { id, pageInput } from './shared/schemas';

/** My points and service hours in a community, with the entries behind them. */
export default defineAction('ledger.mine', z.object({ ...pageInput, communityId: id }), async (input, ctx) => {
  const [totals, entries] = await Promise.all([
    ctx.store.ledgerTotals(ctx.user.id, input.communityId),
    ctx.store.ledgerEntries(ctx.user.id, input.communityId, { cursor: input.cursor ?? null, limit: input.limit }),
  ]);
  return { ...totals, entries };
});
