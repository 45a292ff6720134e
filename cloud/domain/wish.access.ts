/**
 * Who the caller is to a wish, in the words the wish table uses, and who may see what of it.
 */
import type { Unit, Wish } from '../../types/wishes';
import type { ErrorCode } from '../../types/errors';
import { isStaffOf, isVerifiedMemberOf, memberRefusal, type Caller } from './access';

export type WishRelation =
  | 'staff' // staff or admin of its community
  | 'member' // a verified member of its community, acting as themself
  | 'unit' // a contact person of a verified partner unit of its community, acting for it
  | 'claimer' // whoever holds it: the member, or a contact of the unit, acting as such
  | 'system'; // the sweep

/** A contact of this unit, acting for it in its community. */
export function actsFor(caller: Pick<Caller, 'userId'>, unit: Unit | null, communityId: string): unit is Unit {
  return !!unit && unit.communityId === communityId && unit.contactIds.includes(caller.userId);
}

export function wishRelationsOf(wish: Wish, caller: Caller, unit: Unit | null): Set<WishRelation> {
  const rel = new Set<WishRelation>();
  if (caller.system) rel.add('system');
  if (isStaffOf(caller, wish.communityId)) rel.add('staff');
  if (unit) {
    if (!actsFor(caller, unit, wish.communityId)) return rel;
    if (unit.status === 'verified') rel.add('unit');
    if (wish.claimer?.kind === 'unit' && wish.claimer.id === unit.id) rel.add('claimer');
  } else if (isVerifiedMemberOf(caller, wish.communityId)) {
    rel.add('member');
    if (wish.claimer?.kind === 'member' && wish.claimer.id === caller.userId) rel.add('claimer');
  }
  return rel;
}

/** A pending member, or a unit not yet verified, is told so rather than "forbidden". */
export function claimerRefusal(caller: Caller, unit: Unit | null): ErrorCode | null {
  if (unit) return unit.status === 'verified' ? null : 'UNIT.NOT_VERIFIED';
  return memberRefusal(caller.member);
}

/**
 * Staff and the claimer always; anyone of the community (or street staff above it) while it is not returned —
 * before its release too, so a shared link shows it coming and a claim too early is told to wait.
 */
export function canViewWish(wish: Wish, rel: Set<WishRelation>, caller: Caller): boolean {
  if (rel.has('staff') || rel.has('claimer')) return true;
  const belongs = caller.roles.some((r) => r.communityId === wish.communityId || (r.role === 'street_staff' && r.streetId === wish.streetId));
  return belongs && wish.status !== 'returned';
}
