/**
 * What actions return: shaped for the screens, masked for the caller; and the staff queue's tabs.
 */
import { ACTIVE_STATUSES } from './domain';
import type { DepartmentTask } from './departments';
import type { PlacedBy } from './residents';
import type { PioneerCard } from './points';
import type {
  Category,
  Community,
  DispatchMode,
  Grid,
  LedgerEntry,
  MemberProfile,
  MemberStatus,
  OrderCommand,
  OrderEvent,
  OrderStatus,
  PoolLimit,
  Priority,
  Rating,
  RoleGrant,
  Team,
  Urgency,
} from './domain';

/** Commands a person may take from a screen; the system ones (sweep) never show. */
export type UserCommand = Exclude<
  OrderCommand,
  'auto_close' | 'mark_overdue' | 'assign_timeout' | 'accept_overdue' | 'claim_remind' | 'claim_timeout' | 'dept_overdue'
>;

export interface OrderView {
  id: string;
  communityId: string;
  gridId: string | null;
  gridName: string | null;
  categoryId: string;
  categoryName: string;
  title: string;
  description: string;
  /** Answers to the category's own questions, labelled; only for callers who see the contact (staff, holders, the resident). */
  answers: { key: string; label: string; text: string }[];
  /** Stored photo ids (a photo the media check flagged only for staff). */
  photos: string[];
  /** What to show for each of `photos`, in order: short-lived URLs issued for this caller. */
  photoUrls: string[];
  /** Photos the media check flagged and why; only staff receive them. */
  flaggedPhotos: { fileId: string; reason: string }[];
  /** Formatted address; only the building unless the caller may see the door. */
  address: string | null;
  contactName: string;
  /** Full for staff of the community and members holding the order, else e.g. `138******78`. */
  contactPhone: string;
  contactMasked: boolean;
  urgency: Urgency;
  status: OrderStatus;
  priority: Priority;
  deadline: string | null;
  overdue: boolean;
  /** When staff urged (督办) the members doing it, while nobody has answered: the queue shows 已督办. */
  urgedAt: string | null;
  /** 受理时限 (see Order.acceptBy). */
  acceptBy: string | null;
  /** Still waiting for staff past its 受理时限: the queue shows 受理超时. */
  acceptOverdue: boolean;
  headcount: number;
  points: number;
  mode: DispatchMode | null;
  poolLimit: PoolLimit | null;
  assignee: { memberId: string; name: string } | null;
  /** While assigned: when the assignment returns to staff unless the member accepts (the member home counts down). */
  answerBy: string | null;
  /** Who holds it; in a team order each with their own part once reported (photos as `photos`, with their URLs). */
  holders: { memberId: string; name: string; claimedAt: string; part: PartView | null }[];
  escalationNote: string | null;
  /** The department the street sent it on to; `overdue` while it still has it past the department's deadline. */
  department: (DepartmentTask & { overdue: boolean }) | null;
  preferredTime: string | null;
  completedAt: string | null;
  serviceHours: number | null;
  rating: Rating | null;
  /** 代点单: who placed it for the resident ("代点单 · 网格员 X"), and the record it was placed for. */
  placedBy: PlacedBy | null;
  recordId: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  version: number;
  /** What this caller may do now, decided on the server. */
  actions: UserCommand[];
}

/** One holder's reported part of a team order. */
export interface PartView {
  note: string;
  hours: number;
  at: string;
  photos: string[];
  photoUrls: string[];
}

export interface OrderDetail extends OrderView {
  /** Each step with its photos as `OrderView.photos`, and their URLs. */
  timeline: (OrderEvent & { actorName: string | null; photoUrls: string[] })[];
  /** 三亮 cards of the members serving it (holders), for whoever may see the order: never phones. */
  holderCards: PioneerCard[];
}

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; null at the end. */
  nextCursor: string | null;
}

/**
 * Staff queue tabs (待办) and the statuses each holds; both store adapters, the action and the screen derive theirs
 * from this. `overdue` holds the active orders whose deadline has passed; every other tab ignores the deadline.
 */
export const QUEUE_TAB_STATUSES = {
  submitted: ['submitted'],
  dispatched: ['open', 'assigned'],
  open: ['open'],
  assigned: ['assigned'],
  in_progress: ['in_progress'],
  awaiting_rating: ['awaiting_rating'],
  overdue: ACTIVE_STATUSES,
  escalated: ['escalated'],
  closed: ['closed'],
} as const satisfies Record<string, readonly OrderStatus[]>;

export type QueueTab = keyof typeof QUEUE_TAB_STATUSES;

/** Every tab the queue action serves. */
export const QUEUE_TAB_NAMES = Object.keys(QUEUE_TAB_STATUSES) as [QueueTab, ...QueueTab[]];

/** The tab of orders past their deadline, read by deadline rather than by age. */
export const OVERDUE_TAB = 'overdue' satisfies QueueTab;

/** Tabs the staff screen shows, in order: 已派单 shows 待接单 and 待响应 together, so those two are not shown alone. */
export const QUEUE_TAB_ORDER = [
  'submitted',
  'dispatched',
  'in_progress',
  'awaiting_rating',
  'overdue',
  'escalated',
  'closed',
] as const satisfies readonly QueueTab[];

export interface QueuePage extends Page<OrderView> {
  counts: Record<QueueTab, number>;
}

export interface Me {
  userId: string;
  name: string;
  roles: RoleGrant[];
  communities: Community[];
  /** The grids the person works as 网格员 or 网格长 (their home shows 我的网格), with names. */
  grids: { communityId: string; gridId: string; name: string; role: 'grid_worker' | 'grid_leader' }[];
}

export interface MenuView {
  community: Community;
  categories: Category[];
  grids: Grid[];
  teams: Team[];
  /** The tags the community's 居民档案 records may carry. */
  residentTags: string[];
}

export interface MemberView extends Omit<MemberProfile, 'phone'> {
  phone: string;
  teamName: string | null;
  gridName: string | null;
}

/** A member in staff's list, with what the assign picker weighs: their load now and when they last did something. */
export interface MemberListItem extends MemberView {
  /** Orders they hold unfinished or are asked to take. */
  activeOrders: number;
  /** Their last claim, acceptance, progress or completion report; null if none. */
  lastActiveAt: string | null;
}

export interface LedgerSummary {
  points: number;
  hours: number;
  orders: number;
  entries: Page<LedgerEntry>;
}

export type { MemberStatus };
