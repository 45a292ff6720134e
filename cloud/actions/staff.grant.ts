import { z } from 'zod';
import { isAdminOver } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { refuseSelf } from '../domain/duties';
import { defineAction } from './shared/action';
import { meOf } from '../views/me.view';
import { id } from './shared/schemas';

/** An admin of the community (or of its street) makes someone staff or admin there. */
export default defineAction(
  'staff.grant',
  z.object({ communityId: id, userId: id, role: z.enum(['staff', 'admin']) }),
  async (input, ctx) => {
    const community = await ctx.store.getCommunity(input.communityId);
    if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
    if (!isAdminOver(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
    refuseSelf('grant', ctx.user.id, input.userId);
    const [target] = await ctx.store.getUsers([input.userId]);
    if (!target) throw new DomainError('USER.NOT_FOUND');
    await ctx.store.grantRole(target.id, input.role, { communityId: community.id });
    return meOf({ store: ctx.store, user: target });
  },
);
