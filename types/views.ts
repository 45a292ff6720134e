/**
 * What actions return: shaped for the screens, masked for the caller.
 */
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
export type UserCommand = Exclude<OrderCommand, 'auto_close' | 'mark_overdue' | 'assign_timeout' | 'accept_overdue'>;

export interface OrderView {
  id: string;
  communityId: string;
  gridId: string | null;
  gridName: string | null;
  categoryId: string;
  categoryName: string;
  title: string;
  description: string;
  photos: string[];
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
  /** 受理时限 (see Order.acceptBy). */
  acceptBy: string | null;
  /** Still waiting for staff past its 受理时限: the queue shows 受理超时. */
  acceptOverdue: boolean;
  headcount: number;
  points: number;
  mode: DispatchMode | null;
  poolLimit: PoolLimit | null;
  assignee: { memberId: string; name: string } | null;
  holders: { memberId: string; name: string; claimedAt: string }[];
  escalationNote: string | null;
  preferredTime: string | null;
  completedAt: string | null;
  serviceHours: number | null;
  rating: Rating | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  version: number;
  /** What this caller may do now, decided on the server. */
  actions: UserCommand[];
}

export interface OrderDetail extends OrderView {
  timeline: (OrderEvent & { actorName: string | null })[];
}

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; null at the end. */
  nextCursor: string | null;
}

/** Staff queue tabs: 待受理 / 已派单 (待接单 + 待响应) / 办理中 / 待评价 / 已超期 / 已上报 / 已办结. */
export type QueueTab =
  | 'submitted'
  | 'dispatched'
  | 'open'
  | 'assigned'
  | 'in_progress'
  | 'awaiting_rating'
  | 'overdue'
  | 'escalated'
  | 'closed';

export interface QueuePage extends Page<OrderView> {
  counts: Record<QueueTab, number>;
}

export interface Me {
  userId: string;
  name: string;
  roles: RoleGrant[];
  communities: Community[];
}

export interface MenuView {
  community: Community;
  categories: Category[];
  grids: Grid[];
  teams: Team[];
}

export interface MemberView extends Omit<MemberProfile, 'phone'> {
  phone: string;
  teamName: string | null;
  gridName: string | null;
}

export interface LedgerSummary {
  points: number;
  hours: number;
  orders: number;
  entries: Page<LedgerEntry>;
}

export type { MemberStatus };
