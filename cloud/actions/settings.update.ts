import { z } from 'zod';
import type { CommunitySettings } from '../../types/settings';
import { isAdminOver } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';
import { settingsPatch } from './shared/settings.schema';
import settingsGet from './settings.get';

/**
 * The community's admin changes some of its settings; each changed key goes to the audit list. A tag taken off
 * 居民档案标签 takes its 走访周期 with it; a 走访周期 for a tag that is not one is refused.
 */
export default defineAction('settings.update', z.object({ communityId: id, patch: settingsPatch }), async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  if (!isAdminOver(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
  const patch: Partial<CommunitySettings> = { ...input.patch };
  const tags = patch.residentTags ?? community.settings.residentTags;
  const stray = Object.keys(patch.visitDays ?? {}).find((t) => !tags.includes(t));
  if (stray) throw new DomainError('INPUT.INVALID', { 'patch.visitDays': `走访周期中的“${stray}”不是居民档案标签` });
  if (patch.residentTags && !patch.visitDays) {
    patch.visitDays = Object.fromEntries(Object.entries(community.settings.visitDays).filter(([t]) => tags.includes(t)));
  }
  const changes = await ctx.store.updateSettings(community.id, patch, { userId: ctx.user.id, name: ctx.user.name }, ctx.now);
  if (!changes) throw new DomainError('COMMUNITY.NOT_FOUND');
  return settingsGet.run({ communityId: community.id }, ctx);
});
