/**
 * The caller as the domain needs them, for one community: their roles and their 报到 profile there.
 */
import type { Caller } from '../domain/access';
import { isStaffOf, isStreetStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import type { ActionContext } from './action';

export async function callerIn(ctx: ActionContext, communityId: string): Promise<Caller> {
  return {
    userId: ctx.user.id,
    name: ctx.user.name,
    roles: ctx.roles,
    member: await ctx.store.getMember(ctx.user.id, communityId),
  };
}

export function hasRoleIn(ctx: ActionContext, role: 'resident' | 'member', communityId: string): boolean {
  return ctx.roles.some((r) => r.role === role && r.communityId === communityId);
}

/** Staff (or admin) of this community, or street staff above it. */
export async function requireStaff(ctx: ActionContext, communityId: string, allowStreet = false): Promise<void> {
  const caller = { userId: ctx.user.id, name: ctx.user.name, roles: ctx.roles, member: null };
  if (isStaffOf(caller, communityId)) return;
  if (allowStreet) {
    const community = await ctx.store.getCommunity(communityId);
    if (community && isStreetStaffOf(caller, community.streetId)) return;
  }
  throw new DomainError('AUTH.FORBIDDEN');
}

/** A verified member of this community, or the reason they are not. */
export async function requireVerifiedMember(ctx: ActionContext, communityId: string) {
  const member = await ctx.store.getMember(ctx.user.id, communityId);
  if (!member) throw new DomainError('AUTH.FORBIDDEN');
  if (member.status === 'pending') throw new DomainError('MEMBER.NOT_VERIFIED');
  if (member.status === 'rejected') throw new DomainError('MEMBER.REJECTED');
  return member;
}
