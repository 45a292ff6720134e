/**
 * Who the caller is to an order. Rules in the transition table name these relations, never raw roles,
 * so "the resident who placed it" and "a staff member of its community" read as the secretary would say them.
 */
import { GRID_ROLES, type Community, type MemberProfile, type MemberStatus, type Order, type OrderEvent, type Role, type RoleGrant } from '../../types/domain';
import type { ErrorCode } from '../../types/errors';
import type { ExportScope } from '../../types/exports';
import { isFinished } from './policies';

export type Relation =
  | 'owner' // the resident who placed it
  | 'staff' // staff or admin of its community
  | 'street' // street staff (role `street_staff`) of the street above its community
  | 'grid' // a grid worker or leader (网格员、网格长) of the order's grid
  | 'department' // staff of the department the street sent it to (部门工作人员)
  | 'member' // a verified member of its community
  | 'holder' // a member holding it now (or who did it, once closed)
  | 'assignee' // the member it is assigned to, awaiting an answer
  | 'system'; // the sweep

/**
 * How each relation is recorded in the timeline: by the role (types/domain.ts `Role`) the person acted in, so the
 * timeline, the stored grants and the screens name a role one way (the street's is `street_staff`).
 */
export const TIMELINE_ROLE: Record<Relation, OrderEvent['actorRole']> = {
  owner: 'resident',
  staff: 'staff',
  street: 'street_staff',
  grid: 'grid_worker',
  department: 'department_staff',
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

/** The caller's grants: all the role checks below need, so an action can ask before loading anything. */
type Grants = Pick<Caller, 'roles'>;

/** Staff or admin of this community. */
export function isStaffOf(caller: Grants, communityId: string): boolean {
  return caller.roles.some((r) => (r.role === 'staff' || r.role === 'admin') && r.communityId === communityId);
}

/** Street staff of this street, above its communities. */
export function isStreetStaffOf(caller: Grants, streetId: string): boolean {
  return caller.roles.some((r) => r.role === 'street_staff' && r.streetId === streetId);
}

/** An admin of this street: who keeps its departments and grants their staff. */
export function isStreetAdminOf(caller: Grants, streetId: string): boolean {
  return caller.roles.some((r) => r.role === 'admin' && r.streetId === streetId);
}

/** Staff of this department (部门工作人员), granted by its street's admin. */
export function isDepartmentStaffOf(caller: Grants, departmentId: string): boolean {
  return caller.roles.some((r) => r.role === 'department_staff' && r.departmentId === departmentId);
}

/** Staff of some department of this street: who may see the street's departments. */
export function isDepartmentStaffIn(caller: Grants, streetId: string): boolean {
  return caller.roles.some((r) => r.role === 'department_staff' && r.streetId === streetId);
}

/** The grids of this community the caller works as 网格员 or 网格长. */
export function gridsOf(caller: Grants, communityId: string): string[] {
  const grids = caller.roles.filter((r) => isGridRole(r.role) && r.communityId === communityId && r.gridId).map((r) => r.gridId!);
  return [...new Set(grids)];
}

/** A 网格员 or 网格长 of this grid of the community. */
export function isGridWorkerOf(caller: Grants, communityId: string, gridId: string | null): boolean {
  return gridId !== null && gridsOf(caller, communityId).includes(gridId);
}

/** Staff of the community, or a grid worker of this grid of it: who keeps a 居民档案 record there and sees its phone. */
export function keepsRecordsOf(caller: Grants, communityId: string, gridId: string | null): boolean {
  return isStaffOf(caller, communityId) || isGridWorkerOf(caller, communityId, gridId);
}

const isGridRole = (role: Role) => (GRID_ROLES as readonly Role[]).includes(role);

/** Street staff or a street admin of this street: who sees the street's figures. */
export function isStreetOf(caller: Grants, streetId: string): boolean {
  return caller.roles.some((r) => (r.role === 'street_staff' || r.role === 'admin') && r.streetId === streetId);
}

/** An admin of the community or of its street: who may make someone staff or admin there. */
export function isAdminOver(caller: Grants, community: Pick<Community, 'id' | 'streetId'>): boolean {
  return caller.roles.some((r) => r.role === 'admin' && (r.communityId === community.id || r.streetId === community.streetId));
}

/** A resident who joined this community, and so may place orders there. */
export function isResidentOf(caller: Grants, communityId: string): boolean {
  return caller.roles.some((r) => r.role === 'resident' && r.communityId === communityId);
}

/** Anyone with a place in the community (resident, member, staff) or street staff above it: who may upload there. */
export function belongsTo(caller: Grants, community: Pick<Community, 'id' | 'streetId'>): boolean {
  return caller.roles.some((r) => r.communityId === community.id || (r.role === 'street_staff' && r.streetId === community.streetId));
}

/**
 * Who may export a scope's 三本帐 and download the file: staff of the community or street staff above it
 * (`streetOfCommunity`, the community's street, when the scope is a community), street staff for a street.
 */
export function mayExport(caller: Grants, scope: ExportScope, streetOfCommunity: string | null): boolean {
  if ('streetId' in scope) return isStreetStaffOf(caller, scope.streetId);
  return isStaffOf(caller, scope.communityId) || (streetOfCommunity !== null && isStreetStaffOf(caller, streetOfCommunity));
}

/** What a member whose 报到 is not verified is told instead of a bare "forbidden". */
const MEMBER_REFUSAL: Record<MemberStatus, ErrorCode | null> = {
  pending: 'MEMBER.NOT_VERIFIED',
  rejected: 'MEMBER.REJECTED',
  verified: null,
};

/** Why this 报到 profile may not act as a member yet, or null when it may (or there is none). */
export function memberRefusal(member: Pick<MemberProfile, 'status'> | null): ErrorCode | null {
  return member ? MEMBER_REFUSAL[member.status] : null;
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
  if (isGridWorkerOf(caller, order.communityId, order.gridId)) rel.add('grid');
  if (order.department && isDepartmentStaffOf(caller, order.department.departmentId)) rel.add('department');
  if (isVerifiedMemberOf(caller, order.communityId)) {
    rel.add('member');
    if (order.holders.some((h) => h.memberId === caller.userId)) rel.add('holder');
    if (order.status === 'assigned' && order.assigneeId === caller.userId) rel.add('assignee');
  }
  return rel;
}

/** A photo the media check flagged is hidden from everyone but staff and the street, who see why. */
export function canSeeFlaggedPhotos(rel: Set<Relation>): boolean {
  return rel.has('staff') || rel.has('street');
}

/** Who may open an order at all. Others get "not found", so an order's existence does not leak across communities. */
export function canView(order: Order, rel: Set<Relation>): boolean {
  if (rel.has('owner') || rel.has('staff') || rel.has('grid') || rel.has('street') || rel.has('department')) return true;
  if (rel.has('holder') || rel.has('assignee')) return true;
  return rel.has('member') && order.status === 'open';
}

/**
 * Full phone and door number: staff of the community and the grid's workers (a 代点单's contact is the record's, which
 * they keep), members doing the work, the street while it is theirs.
 */
export function canSeeContact(order: Order, rel: Set<Relation>): boolean {
  if (rel.has('owner') || rel.has('staff') || rel.has('grid')) return true;
  // An assignee sees the door only once they accept: they may still decline.
  if (rel.has('holder')) return !isFinished(order.status);
  // The department goes to the door while it has the order, as the street does while escalated.
  if (rel.has('department')) return order.status === 'escalated' && order.department?.outcome === null;
  return rel.has('street') && order.status === 'escalated';
}
