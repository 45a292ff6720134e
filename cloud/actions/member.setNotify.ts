import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { memberViews } from '../views/member.view';
import { id } from './shared/schemas';

/** The caller's opt-in to 接单大厅 notices in a community where they filed a 报到 profile. */
export default defineAction('member.setNotify', z.object({ communityId: id, notifyPool: z.boolean() }), async (input, ctx) => {
  const profile = await ctx.store.setMemberNotify(ctx.user.id, input.communityId, input.notifyPool);
  if (!profile) throw new DomainError('AUTH.FORBIDDEN');
  return (await memberViews(ctx, input.communityId, [profile], true))[0];
});
