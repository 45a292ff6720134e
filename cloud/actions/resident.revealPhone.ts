import { z } from 'zod';
import { defineAction } from './shared/action';
import { loadRecord } from './shared/residents';
import { id } from './shared/schemas';

/** The record's full phone, for staff and the grid's workers only; every reveal is a line of the record's audit. */
export default defineAction('resident.revealPhone', z.object({ residentId: id }), async (input, ctx) => {
  const { record } = await loadRecord(ctx, input.residentId, true);
  await ctx.store.auditResidentRecord({ recordId: record.id, communityId: record.communityId, actorId: ctx.user.id, action: 'reveal_phone', at: ctx.now });
  return { phone: record.phone };
});
