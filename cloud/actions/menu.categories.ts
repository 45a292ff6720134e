import { z } from 'zod';
import { isStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';

/** 服务菜单管理: every category of the community, retired ones too, for its staff. */
export default defineAction('menu.categories', z.object({ communityId: id }), async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  if (!isStaffOf(ctx, community.id)) throw new DomainError('AUTH.FORBIDDEN');
  return (await ctx.store.getMenu(community.id)).categories;
});
