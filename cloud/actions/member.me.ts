import { z } from 'zod';
import { defineAction } from './shared/action';
import { memberViews } from '../views/member.view';
import { id } from './shared/schemas';

/** The caller's own 报到 profile in a community, or null if they have not registered there. */
export default defineAction('member.me', z.object({ communityId: id }), async (input, ctx) => {
  const profile = await ctx.store.getMember(ctx.user.id, input.communityId);
  return profile ? (await memberViews(ctx, input.communityId, [profile], true))[0] : null;
});
