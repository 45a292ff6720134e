import { z } from 'zod';
import { GRID_ROLES } from '../../types/domain';
import { LIMITS } from '../../types/limits';
import { isAdminOver } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { refuseSelf } from '../domain/duties';
import { meOf } from '../views/me.view';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';

/** An admin of the community (or of its street) makes someone 网格员 or 网格长 of one or more of its grids. */
export default defineAction(
  'grid.grant',
  z.object({
    communityId: id,
    userId: id,
    role: z.enum(GRID_ROLES, { error: '请选择网格员或网格长' }),
    gridIds: z.array(id).min(1, '请选择网格').max(LIMITS.gridGrant.max, `一次最多选择${LIMITS.gridGrant.max}个网格`),
  }),
  async (input, ctx) => {
    const community = await ctx.store.getCommunity(input.communityId);
    if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
    if (!isAdminOver(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
    refuseSelf('grant', ctx.user.id, input.userId);
    const { grids } = await ctx.store.getMenu(community.id);
    if (!input.gridIds.every((g) => grids.some((x) => x.id === g))) throw new DomainError('GRID.NOT_FOUND');
    const [target] = await ctx.store.getUsers([input.userId]);
    if (!target) throw new DomainError('USER.NOT_FOUND');
    for (const gridId of new Set(input.gridIds)) await ctx.store.grantRole(target.id, input.role, { communityId: community.id, gridId });
    return meOf({ store: ctx.store, user: target });
  },
);
