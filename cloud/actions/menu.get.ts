import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';

/** 服务菜单: a community's categories, grids and volunteer teams. */
export default defineAction('menu.get', z.object({ communityId: id }), async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  const { settings, ...publicPart } = community;
  return { community: publicPart, ...(await ctx.store.getMenu(community.id)), residentTags: settings.residentTags };
});
