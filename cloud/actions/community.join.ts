import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { meOf } from '../views/me.view';
import { id, optionalText } from './shared/schemas';

/** A resident joins the community they live in, so they can place orders there. */
export default defineAction('community.join', z.object({ communityId: id, name: optionalText('称呼', LIMITS.displayName) }), async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  await ctx.store.grantRole(ctx.user.id, 'resident', { communityId: community.id });
  if (input.name && !ctx.user.name) {
    await ctx.store.setUserName(ctx.user.id, input.name);
    ctx.user = { ...ctx.user, name: input.name };
  }
  return meOf(ctx);
});
