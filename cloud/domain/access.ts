/**
 * Who the caller is to an order. Rules in the transition table name these relations, never raw roles,
 * so "the resident who placed it" and "a staff member of its community" read as the secretary would say them.
 */
import type { MemberProfile, Order, RoleGrant } from '../../types/domain';
import { isFinished } from './policies';

export type Relation =
  | 'owner' // the resident who placed it
  | 'staff' // staff or admin of its community
  | 'street' // street staff above its community
  | 'member' // a verified member of its community
  | 'holder' // a member holding it now (or who did it, once closed)
  | 'assignee' // the member it is assigned to, awaiting an answer
  | 'system'; // the sweep

/** How each relation is recorded in the timeline's actor role. */
export const TIMELINE_ROLE: Record<Relation, 'resident' | 'member' | 'staff' | 'street_staff' | 'system'> = {
  owner: 'resident',
  staff: 'staff',
  street: 'street_staff',
  member: 'member',
  holder: 'member',
  assignee: 'member',
  system: 'system',
};

/** The authenticated caller, loaded by the action from the platform identity. */
export interface Caller {
  userId: string;
  name: string;
  roles: RoleGrant[];
  /** The caller's 报到 profile in the order's community, if any. */
  member: MemberProfile | null;
  system?: boolean;
}

export const SYSTEM_CALLER: Caller = { userId: 'system', name: '系统', roles: [], member: null, system: true };

export function isStaffOf(caller: Caller, communityId: string): boolean {
  return caller.roles.some((r) => (r.role === 'staff' || r.role === 'admin') && r.communityId === communityId);
}

export function isStreetStaffOf(caller: Caller, streetId: string): boolean {
  return caller.roles.some((r) => r.role === 'street_staff' && r.streetId === streetId);
}

export function isVerifiedMemberOf(caller: Caller, communityId: string): boolean {
  return caller.member?.communityId === communityId && caller.member.status === 'verified';
}

export function relationsOf(order: Order, caller: Caller): Set<Relation> {
  const rel = new Set<Relation>();
  if (caller.system) rel.add('system');
  if (order.residentId === caller.userId) rel.add('owner');
  if (isStaffOf(caller, order.communityId)) rel.add('staff');
  if (isStreetStaffOf(caller, order.streetId)) rel.add('street');
  if (isVerifiedMemberOf(caller, order.communityId)) {
    rel.add('member');
    if (order.holders.some((h) => h.memberId === caller.userId)) rel.add('holder');
    if (order.status === 'assigned' && order.assigneeId === caller.userId) rel.add('assignee');
  }
  return rel;
}

/** Who may open an order at all. Others get "not found", so an order's existence does not leak across communities. */
export function canView(order: Order, rel: Set<Relation>): boolean {
  if (rel.has('owner') || rel.has('staff') || rel.has('street') || rel.has('holder') || rel.has('assignee')) return true;
  return rel.has('member') && order.status === 'open';
}

/** Full phone and door number: staff of the community, members doing the work, the street while it is theirs. */
export function canSeeContact(order: Order, rel: Set<Relation>): boolean {
  if (rel.has('owner') || rel.has('staff')) return true;
  // An assignee sees the door only once they accept: they may still decline.
  if (rel.has('holder')) return !isFinished(order.status);
  return rel.has('street') && order.status === 'escalated';
}
