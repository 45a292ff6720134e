import { z } from 'zod';
import { SETTINGS } from '../../types/settings';
import { isAdminOver, isStaffOf, isStreetStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';

/** Changes shown on 社区设置. */
const AUDIT_SHOWN = 50;

/** 社区设置: the values in force and the latest changes, for the community's staff and the street above it. */
export default defineAction('settings.get', z.object({ communityId: id }), async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  if (!isStaffOf(ctx, community.id) && !isStreetStaffOf(ctx, community.streetId)) throw new DomainError('AUTH.FORBIDDEN');
  return {
    communityId: community.id,
    values: community.settings,
    defs: SETTINGS,
    mayEdit: isAdminOver(ctx, community),
    audit: await ctx.store.settingsAudit(community.id, AUDIT_SHOWN),
  };
});
