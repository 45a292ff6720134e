/**
 * Who the caller is: their roles and the communities those roles are in.
 */
import type { Me } from '../../types/views';
import type { ActionContext } from './action';

export async function meOf(ctx: ActionContext): Promise<Me> {
  const roles = await ctx.store.rolesOf(ctx.user.id);
  const all = await ctx.store.listCommunities();
  const ids = new Set(roles.map((r) => r.communityId));
  const streets = new Set(roles.map((r) => r.streetId));
  return {
    userId: ctx.user.id,
    name: ctx.user.name,
    roles,
    communities: all.filter((c) => ids.has(c.id) || streets.has(c.streetId)),
  };
}
