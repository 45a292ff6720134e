/**
 * The scope of an export, checked and resolved once for export.create, export.list and export.url: who may ask
 * (domain/access.ts mayExport), the communities it reads, the key its records are kept under and its name.
 */
import { z } from 'zod';
import type { Community } from '../../../types/domain';
import type { ExportScope } from '../../../types/exports';
import { mayExport } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import type { ActionContext } from './action';
import { id } from './schemas';

export const exportScopeInput = z.union([z.object({ communityId: id }), z.object({ streetId: id })], { error: '请选择要导出的社区或街道' });

export interface ResolvedScope {
  /** `community:<id>` or `street:<id>`. */
  key: string;
  /** What the file name starts with: the community's name, or 全街道. */
  label: string;
  communities: Community[];
}

/** The scope a stored record's key names. */
export function scopeOfKey(key: string): ExportScope | null {
  const [kind, scopeId] = key.split(':');
  return kind === 'community' ? { communityId: scopeId } : kind === 'street' ? { streetId: scopeId } : null;
}

/** The scope, if the caller may export it; AUTH.FORBIDDEN otherwise (a community that does not exist included). */
export async function resolveScope(ctx: ActionContext, scope: ExportScope): Promise<ResolvedScope> {
  if ('communityId' in scope) {
    const community = await ctx.store.getCommunity(scope.communityId);
    if (!community || !mayExport(ctx, scope, community.streetId)) throw new DomainError('AUTH.FORBIDDEN');
    return { key: `community:${community.id}`, label: community.name, communities: [community] };
  }
  if (!mayExport(ctx, scope, null)) throw new DomainError('AUTH.FORBIDDEN');
  const communities = (await ctx.store.listCommunities()).filter((c) => c.streetId === scope.streetId);
  return { key: `street:${scope.streetId}`, label: '全街道', communities };
}
