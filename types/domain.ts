/**
 * The shared vocabulary of 三单制: who takes part, what an order is, how it moves.
 * Both the mini-program and the cloud side import these; nothing here runs.
 */
import type { PlacedBy, ProxyWay } from './residents';
import type { Answers, CategoryField } from './menu';
import type { DepartmentTask } from './departments';

/**
 * A role is held within a scope: a community (resident, member, staff, admin), a street (street_staff, admin), a
 * grid of a community (grid_worker 网格员, grid_leader 网格长: one grant per grid) or a department of a street
 * (department_staff 部门工作人员, granted by the street's admin).
 */
export type Role = 'resident' | 'member' | 'staff' | 'admin' | 'street_staff' | 'grid_worker' | 'grid_leader' | 'department_staff';

/** The grid roles, granted per grid by the community's admin. */
export const GRID_ROLES = ['grid_worker', 'grid_leader'] as const satisfies readonly Role[];

/** 党员报到 review state. */
export type MemberStatus = 'pending' | 'verified' | 'rejected';

export interface RoleGrant {
  role: Role;
  /** Set for community roles. */
  communityId: string | null;
  /** Set for street roles (street staff, street admin). */
  streetId: string | null;
  /** Only for the member role. */
  memberStatus: MemberStatus | null;
  /** Set for the grid roles (with communityId). */
  gridId?: string | null;
  /** Set for department_staff (with the department's streetId). */
  departmentId?: string | null;
}

/**
 * Order lifecycle. `open` is the member pool (待接单); `in_progress` once every needed member holds it;
 * `awaiting_rating` after completion is reported (待评价).
 */
export type OrderStatus =
  | 'submitted'
  | 'open'
  | 'assigned'
  | 'in_progress'
  | 'escalated'
  | 'awaiting_rating'
  | 'closed'
  | 'rejected'
  | 'cancelled';

export const ORDER_STATUSES = [
  'submitted',
  'open',
  'assigned',
  'in_progress',
  'escalated',
  'awaiting_rating',
  'closed',
  'rejected',
  'cancelled',
] as const satisfies readonly OrderStatus[];

/** Statuses in which the deadline runs and an order can become overdue. */
export const ACTIVE_STATUSES = ['submitted', 'open', 'assigned', 'in_progress', 'escalated'] as const satisfies readonly OrderStatus[];

/** Statuses an order ends in: nobody works on it any more (a closed one may still get a 回访). */
export const FINISHED_STATUSES = ['closed', 'rejected', 'cancelled'] as const satisfies readonly OrderStatus[];

/** Everything that can happen to an existing order; `submit` creates one. */
export type OrderCommand =
  | 'cancel'
  | 'reject'
  | 'dispatch'
  | 'assign'
  | 'accept'
  | 'decline'
  | 'claim'
  | 'release'
  | 'escalate'
  | 'street_resolve'
  | 'street_return'
  | 'progress'
  | 'complete'
  | 'report_part'
  | 'close_team'
  | 'confirm'
  | 'reopen'
  | 'visit'
  | 'survey'
  | 'auto_close'
  | 'mark_overdue'
  | 'assign_timeout'
  | 'accept_overdue'
  | 'urge'
  | 'extend'
  | 'recall'
  | 'reassign'
  | 'claim_remind'
  | 'claim_timeout'
  | 'rate_for'
  | 'to_department'
  | 'dept_progress'
  | 'dept_resolve'
  | 'dept_return'
  | 'dept_overdue';

export type EventType = 'submit' | OrderCommand;

export type Urgency = 'normal' | 'urgent' | 'life_threatening';
export type Priority = 'low' | 'normal' | 'high';
export type DispatchMode = 'pool' | 'assign';

export interface Address {
  building: string;
  unit: string | null;
  room: string | null;
}

/** Who may claim from the pool; an empty list or null means no limit on that axis. */
export interface PoolLimit {
  skills: string[];
  teamId: string | null;
  gridIds: string[];
}

/** One holder's own report of their part of a team order (headcount > 1): what they did, with photos and hours. */
export interface HolderPart {
  note: string;
  photos: string[];
  hours: number;
  at: string;
}

export interface Holder {
  memberId: string;
  name: string;
  claimedAt: string;
  /** This holder's last progress or completion report; null while they have reported nothing since claiming. */
  progressAt: string | null;
  /** When the sweep reminded them of a claim without progress (once); the claim is released a period later. */
  remindedAt: string | null;
  /** Their own part in a team order; null until they report it (and again after the resident says 未解决). */
  part: HolderPart | null;
}

export interface Rating {
  stars: number | null;
  comment: string | null;
  /** Closed by the sweep without the resident's rating: never counted as satisfied. */
  autoClosed: boolean;
  /** 代评: given by a grid worker or staff for the resident, and how it was obtained; counted apart from residents' own. */
  proxy?: { by: string; way: ProxyWay } | null;
}

/** An order as the domain sees it. Times are ISO-8601 UTC instants. */
export interface Order {
  id: string;
  communityId: string;
  streetId: string;
  gridId: string | null;
  residentId: string;
  /** 代点单: the 居民档案 record it was placed for (its residentId is the record's linked or placeholder user). */
  recordId: string | null;
  /** 代点单: who placed it on the resident's behalf. */
  placedBy: PlacedBy | null;
  categoryId: string;
  title: string;
  description: string;
  photos: string[];
  address: Address | null;
  preferredTime: string | null;
  contactName: string;
  contactPhone: string;
  urgency: Urgency;
  /** Answers to its category's own questions, as checked at submission. */
  answers: Answers;
  status: OrderStatus;
  priority: Priority;
  deadline: string | null;
  headcount: number;
  points: number;
  mode: DispatchMode | null;
  poolLimit: PoolLimit | null;
  assigneeId: string | null;
  /** When it was last assigned (set by the store): the member answers within the community's assignTimeoutHours. */
  assignedAt: string | null;
  holders: Holder[];
  escalationNote: string | null;
  /** The department the street sent it on to (转派职能部门), and how that stands; null if never sent. */
  department: DepartmentTask | null;
  completedAt: string | null;
  serviceHours: number | null;
  rating: Rating | null;
  overdueAt: string | null;
  /** When staff last urged (督办) the members doing it; cleared once they answer or the work leaves their hands. */
  urgedAt: string | null;
  /** 受理时限: staff should accept (dispatch, assign, reject…) before this, set from the urgency at submission. */
  acceptBy: string | null;
  /** When the sweep first noticed the order still waiting past `acceptBy` (受理超时). */
  acceptOverdueAt: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  version: number;
}

/** One line of an order's timeline; the timeline is the audit log. */
export interface OrderEvent {
  id: string;
  orderId: string;
  at: string;
  actorId: string | null;
  actorRole: Role | 'system';
  type: EventType;
  from: OrderStatus | null;
  to: OrderStatus;
  note: string | null;
  photos: string[];
}

export interface Category {
  id: string;
  communityId: string;
  group: string;
  name: string;
  icon: string;
  basePoints: number;
  sort: number;
  /** Completion needs at least one photo (default); off for services with nothing to show, e.g. 政策宣传. */
  photoRequired: boolean;
  /** The priority a normal-urgency order of this service starts with. */
  defaultPriority: Priority;
  /** Retired (false): off the 点单 menu; its old orders keep it. */
  active: boolean;
  /** The questions its 点单 form asks besides the usual ones. */
  fields: CategoryField[];
}

export interface Community {
  id: string;
  streetId: string;
  name: string;
  dutyPhone: string;
}

export interface Grid {
  id: string;
  communityId: string;
  name: string;
  /** 户数 the grid serves (kept by staff; 0 until they set it). */
  households?: number;
  /** The buildings it covers, as addresses name them (3栋): an address there suggests this grid. */
  buildings?: string[];
}

export interface Team {
  id: string;
  communityId: string;
  name: string;
  color: string;
}

export interface MemberProfile {
  userId: string;
  communityId: string;
  realName: string;
  phone: string;
  workUnit: string;
  branch: string;
  skills: string[];
  /** 亮承诺: the member's own pledge (none or '': the standard pledge is shown). */
  pledge?: string;
  teamId: string | null;
  gridId: string | null;
  status: MemberStatus;
  reviewNote: string | null;
  /** Opted in to a notice when a new pool order matches them (a few a day at most); off by default. */
  notifyPool: boolean;
  createdAt: string;
}

export interface LedgerEntry {
  id: string;
  memberId: string;
  communityId: string;
  orderId: string | null;
  points: number;
  hours: number;
  manual: boolean;
  reason: string | null;
  createdBy: string | null;
  at: string;
}
