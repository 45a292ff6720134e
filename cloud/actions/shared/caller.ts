/**
 * The caller as the domain needs them, and the role checks an action makes before it loads anything else.
 * The rules themselves live in the domain (access.ts); these only load what they need and throw.
 */
import type { MemberProfile } from '../../../types/domain';
import type { Caller } from '../../domain/access';
import { isStaffOf, isStreetStaffOf, memberRefusal } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import type { ActionContext } from './action';

/** The caller with the 报到 profile given (none by default). */
export function callerOf(ctx: ActionContext, member: MemberProfile | null = null): Caller {
  return { userId: ctx.user.id, name: ctx.user.name, roles: ctx.roles, member };
}

/** The caller for one community: their roles and their 报到 profile there. */
export async function callerIn(ctx: ActionContext, communityId: string): Promise<Caller> {
  return callerOf(ctx, await ctx.store.getMember(ctx.user.id, communityId));
}

/** Staff (or admin) of this community, or with `allowStreet` street staff above it. */
export async function requireStaff(ctx: ActionContext, communityId: string, allowStreet = false): Promise<void> {
  if (isStaffOf(ctx, communityId)) return;
  if (allowStreet) {
    const community = await ctx.store.getCommunity(communityId);
    if (community && isStreetStaffOf(ctx, community.streetId)) return;
  }
  throw new DomainError('AUTH.FORBIDDEN');
}

/** A verified member of this community, or the reason they are not. */
export async function requireVerifiedMember(ctx: ActionContext, communityId: string): Promise<MemberProfile> {
  const member = await ctx.store.getMember(ctx.user.id, communityId);
  if (!member) throw new DomainError('AUTH.FORBIDDEN');
  const refusal = memberRefusal(member);
  if (refusal) throw new DomainError(refusal);
  return member;
}
