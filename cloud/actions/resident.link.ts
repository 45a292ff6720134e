import { z } from 'zod';
import { isResidentOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { loadRecord, residentViews } from './shared/residents';
import { id } from './shared/schemas';

/**
 * Links a record to the resident's own WeChat account once they have joined the community: the orders placed for
 * them (代点单) become theirs, listed in their 我的需求, and they rate them themselves from then on.
 */
export default defineAction('resident.link', z.object({ residentId: id, userId: id }), async (input, ctx) => {
  const { record } = await loadRecord(ctx, input.residentId, true);
  if (record.linkedUserId) throw new DomainError('RESIDENT.ALREADY_LINKED');
  if (!isResidentOf({ roles: await ctx.store.rolesOf(input.userId) }, record.communityId)) throw new DomainError('USER.NOT_FOUND');
  const linked = await ctx.store.linkResidentRecord(record.id, input.userId, ctx.user.id, ctx.now);
  if (!linked) throw new DomainError('RESIDENT.ALREADY_LINKED');
  return (await residentViews(ctx, record.communityId, [linked]))[0];
});
