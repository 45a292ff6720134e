import { z } from 'zod';
import { defineAction } from './shared/action';
import { loadRecord, residentViews } from './shared/residents';
import { id } from './shared/schemas';

/** How many audit lines a record page shows. */
const AUDIT_LINES = 20;

/** One record with its audit (who changed what, who revealed the phone), for those who may see it. */
export default defineAction('resident.get', z.object({ residentId: id }), async (input, ctx) => {
  const { record } = await loadRecord(ctx, input.residentId);
  const audit = await ctx.store.residentAudit(record.id, AUDIT_LINES);
  const users = await ctx.store.getUsers([...new Set(audit.map((a) => a.actorId))]);
  const names = new Map(users.map((u) => [u.id, u.name] as const));
  return {
    record: (await residentViews(ctx, record.communityId, [record]))[0],
    audit: audit.map((a) => ({ ...a, actorName: names.get(a.actorId) ?? null })),
  };
});
