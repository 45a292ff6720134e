/**
 * The persistence port: every operation the actions need, each atomic on its own.
 * State changes are conditional writes (on version, or on free slots for a claim) — never read-then-write.
 * Adapters: store.pg.ts (PGlite or a PostgreSQL server); a CloudBase one for WeChat cloud.
 */
import type {
  Category,
  Community,
  Grid,
  LedgerEntry,
  MemberProfile,
  MemberStatus,
  Order,
  OrderEvent,
  Role,
  RoleGrant,
  Team,
} from '../../types/domain';
import type { DepartmentTab } from '../../types/departments';
import type { NoticeKind } from '../../types/notices';
import type { Page, QueueTab } from '../../types/views';
import type { NoticeDraft } from '../domain/notices';
import type { Decision } from '../domain/order.decide';
import type { CommunitySettings } from '../domain/policies';
import type { ExportPort } from './exports.port';
import type { PlacesPort } from './places.port';
import type { ResidentPort } from './residents.port';
import type { UploadPort } from './uploads.port';
import type { VisitPort } from './visits.port';
import type { StatsPort } from './stats.port';
import type { StreetPort } from './streets.port';
import type { WishOps } from './wish.port';
import type { BoardOps } from './board.port';
import type { TopicOps } from './topic.port';
import type { PointsOps } from './points.port';
import type { DepartmentPort } from './departments.port';

export type { WishChange, WishClaimOutcome, WishOps, WishQuery, WishRankingRow } from './wish.port';
export type { CosignOutcome, TopicChange, TopicOps } from './topic.port';
export type { BoardRow, ManualCap, ManualQuery, MonthRange, PointsOps } from './points.port';

export interface User {
  id: string;
  openid: string;
  name: string;
}

export interface CommunityRecord extends Community {
  settings: CommunitySettings;
}

export interface PageRequest {
  cursor: string | null;
  limit: number;
}

export interface Actor {
  id: string | null;
  role: RoleGrant['role'] | 'system';
}

/** A decided transition, committed only if the order is still at `expectVersion`. */
export interface OrderChange {
  orderId: string;
  expectVersion: number;
  decision: Decision;
  actor: Actor;
  now: Date;
  /** Queued in the same write as the step (noticesFor); a step that does not commit tells nobody. */
  notices?: NoticeDraft[];
  /** A claim's holder as holders are named (their 报到 name in the community, else their user name), when known. */
  holderName?: string;
}

/** An order as a claim is decided on: with the claiming member's count of unfinished claims. */
export interface ClaimSnapshot {
  order: Order;
  activeClaims: number;
}

/**
 * Won: the order as the claim left it, with its timeline when the adapter read it in the same call. Refused: why,
 * and, when the adapter could read them in the same call, the order and the member's count as they are now (for
 * the domain to decide again); without `fresh`, read them again.
 */
export type ClaimOutcome =
  | { ok: true; order: Order; events?: OrderEvent[] }
  | { ok: false; reason: 'full' | 'holding' | 'limit' | 'gone'; fresh?: ClaimSnapshot };

export type OrderQuery =
  | { kind: 'resident'; residentId: string; statuses: readonly Order['status'][] }
  | {
      kind: 'pool';
      communityId: string;
      member: MemberProfile;
      categoryId?: string;
      gridId?: string;
      sort: 'deadline' | 'newest';
    }
  | { kind: 'member'; memberId: string; state: 'active' | 'done' }
  /** A department's queue by tab (types/departments.ts), newest first. */
  | { kind: 'department'; departmentId: string; tab: DepartmentTab; now: Date }
  | {
      kind: 'queue';
      communityId: string;
      tab: QueueTab;
      categoryId?: string;
      gridId?: string;
      /** Only orders of these grids (a grid worker's queue, 我的网格). */
      gridIds?: string[];
      now: Date;
    };

/** department_overdue: still with its department past the department's deadline, not yet marked. */
export type SweepKind = 'overdue' | 'auto_close' | 'assign_timeout' | 'accept_overdue' | 'claim_remind' | 'claim_timeout' | 'department_overdue';

/** A member's load, for staff choosing whom to assign. */
export interface MemberWorkload {
  memberId: string;
  /** Orders they hold unfinished (anywhere: the claim limit counts the same) or are asked to take. */
  activeOrders: number;
  /** Their last claim, acceptance, progress or completion report; null if none. */
  lastActiveAt: string | null;
}

export interface MemberQuery {
  communityId: string;
  status?: MemberStatus;
  /** Matches name, phone, work unit or branch. */
  q?: string;
  skill?: string;
}

export interface NewLedgerEntry {
  memberId: string;
  communityId: string;
  points: number;
  hours: number;
  reason: string;
  createdBy: string;
  at: Date;
}

/** A street with its communities, grids, teams and service menu, as set up by the district or the demo seed. */
export interface Places {
  streets: { id: string; name: string }[];
  communities: (Community & { settings?: Partial<CommunitySettings> })[];
  grids: Grid[];
  teams: Team[];
  categories: Category[];
}

/** How far a notice's subscribe message got: waiting, delivered, not allowed by the person, given up, no template. */
export type PushState = 'pending' | 'sent' | 'refused' | 'failed' | 'skipped';

/** A notice as stored: one person's, with its delivery as a subscribe message. */
export interface Notice {
  id: string;
  userId: string;
  kind: NoticeKind;
  orderId: string;
  title: string;
  text: string;
  at: string;
  readAt: string | null;
  push: PushState;
  attempts: number;
  pushError: string | null;
}


/**
 * Every operation; 居民档案 in residents.port.ts, 民情日记 in visits.port.ts, the dashboard's part in stats.port.ts and
 * the exports' in exports.port.ts, photos in uploads.port.ts, 微心愿 in wish.port.ts, 议事 in topic.port.ts, the 晒 board in board.port.ts, 职能部门 in
 * departments.port.ts.
 */
export interface Store extends PlacesPort, ResidentPort, VisitPort, StatsPort, ExportPort, UploadPort, WishOps, TopicOps, BoardOps, StreetPort, PointsOps, DepartmentPort {
  // people and places
  /** Creates or updates places by id (set-up, not a user action). */
  savePlaces(places: Places): Promise<void>;
  ensureUser(openid: string, name?: string): Promise<User>;
  findUserByOpenid(openid: string): Promise<User | null>;
  getUsers(ids: string[]): Promise<User[]>;
  setUserName(userId: string, name: string): Promise<void>;
  rolesOf(userId: string): Promise<RoleGrant[]>;
  /** A grid role (grid_worker, grid_leader) takes the community and one grid of it. */
  grantRole(userId: string, role: Role, scope: { communityId?: string; streetId?: string; gridId?: string }): Promise<void>;
  getCommunity(id: string): Promise<CommunityRecord | null>;
  listCommunities(): Promise<Community[]>;
  getMenu(communityId: string): Promise<{ categories: Category[]; grids: Grid[]; teams: Team[] }>;

  // 党员报到
  getMember(userId: string, communityId: string): Promise<MemberProfile | null>;
  /** Files an application; refuses (null) while one is pending or verified. */
  applyMember(profile: Omit<MemberProfile, 'status' | 'reviewNote' | 'notifyPool'>): Promise<MemberProfile | null>;
  /** Decides a pending application; null if it was not pending. */
  reviewMember(
    userId: string,
    communityId: string,
    status: 'verified' | 'rejected',
    note: string | null,
    reviewer: string,
    now: Date,
  ): Promise<MemberProfile | null>;
  /** The member's opt-in to pool-match notices; null if they have no profile there. */
  setMemberNotify(userId: string, communityId: string, notifyPool: boolean): Promise<MemberProfile | null>;
  listMembers(query: MemberQuery, page: PageRequest): Promise<Page<MemberProfile>>;
  countActiveClaims(memberId: string): Promise<number>;
  /** The load of each of these members (unknown ids answer none active, no activity), in the order asked. */
  memberWorkload(memberIds: string[]): Promise<MemberWorkload[]>;

  // orders
  /**
   * Inserts the order, its first event and the notices its submission calls for; the same (resident, key) returns
   * the existing order and queues nothing again.
   */
  createOrder(
    order: Order,
    idempotencyKey: string,
    notices?: NoticeDraft[],
  ): Promise<{ order: Order; created: boolean; events?: OrderEvent[] }>;
  getOrder(id: string): Promise<Order | null>;
  /** The order and the member's count of unfinished claims, read together. */
  getOrderForClaim(orderId: string, memberId: string): Promise<ClaimSnapshot | null>;
  /** Commits a decision atomically, or returns null if the order changed since it was read. */
  transition(change: OrderChange): Promise<Order | null>;
  /** Takes a free slot atomically, within the member's limit of active claims. */
  claim(change: OrderChange, maxActiveClaims: number): Promise<ClaimOutcome>;
  events(orderId: string): Promise<OrderEvent[]>;
  listOrders(query: OrderQuery, page: PageRequest): Promise<Page<Order>>;
  /** Each tab's count; with `gridIds`, of those grids' orders only. */
  queueCounts(communityId: string, now: Date, gridIds?: string[]): Promise<Record<QueueTab, number>>;
  /**
   * Orders the sweep should look at, oldest first (claim_remind: holding a claim made before `before` without
   * progress, not yet reminded; claim_timeout: reminded before `before` and still without progress).
   */
  dueForSweep(kind: SweepKind, communityId: string, before: Date, limit: number): Promise<Order[]>;
  /** Open (pool) orders of the community changed at or after `since`, oldest first: new in the 接单大厅. */
  recentPoolOrders(communityId: string, since: Date, limit: number): Promise<Order[]>;

  // points and hours
  addManualEntry(entry: NewLedgerEntry): Promise<LedgerEntry>;
  ledgerTotals(memberId: string, communityId: string): Promise<{ points: number; hours: number; orders: number }>;
  ledgerEntries(memberId: string, communityId: string, page: PageRequest): Promise<Page<LedgerEntry>>;

  // notices (the message centre, and the subscribe messages that carry them)
  /** The person's notices, newest first. */
  listNotices(userId: string, page: PageRequest): Promise<Page<Notice>>;
  unreadNotices(userId: string): Promise<number>;
  /** Marks the person's own notices read: these ids (others' and unknown ones ignored), or all. */
  markNoticesRead(userId: string, which: string[] | 'all', now: Date): Promise<void>;
  /** Queues notices outside an order step (sweep reminders); a key already queued for a person is kept once. */
  addNotices(drafts: NoticeDraft[], now: Date): Promise<void>;
  /** Which orders these people were told of by notices of this kind at or after `since`. */
  sentNotices(kind: NoticeKind, userIds: string[], since: Date): Promise<{ userId: string; orderId: string }[]>;
  /** Notices whose subscribe message is still to be sent, oldest first. */
  pendingPushes(limit: number): Promise<Notice[]>;
  /** Records one delivery attempt: its outcome (back to 'pending' to try again) and why it failed. */
  markPush(id: string, state: PushState, error: string | null): Promise<void>;

  close(): Promise<void>;
}

/** The port in three parts, each adapter implementing them in its own files. */
export type PeoplePort = Pick<
  Store,
  | 'savePlaces'
  | 'ensureUser'
  | 'findUserByOpenid'
  | 'getUsers'
  | 'setUserName'
  | 'rolesOf'
  | 'grantRole'
  | 'getCommunity'
  | 'listCommunities'
  | 'getMenu'
  | 'getMember'
  | 'applyMember'
  | 'reviewMember'
  | 'setMemberNotify'
  | 'listMembers'
>;
export type OrderPort = Pick<
  Store,
  | 'createOrder'
  | 'getOrder'
  | 'getOrderForClaim'
  | 'transition'
  | 'claim' | 'countActiveClaims' | 'memberWorkload' | 'events' | 'listOrders' | 'queueCounts' | 'dueForSweep' | 'recentPoolOrders'
>;
export type { ResidentChange, ResidentPort } from './residents.port';
export type { VisitPort } from './visits.port';
export type { PlacesPort } from './places.port';
/** 微心愿 and partner units (wish.port.ts). */
export type WishPort = WishOps;
export type LedgerPort = Pick<Store, 'addManualEntry' | 'ledgerTotals' | 'ledgerEntries'>;
export type NoticePort = Pick<Store, 'listNotices' | 'unreadNotices' | 'markNoticesRead' | 'addNotices' | 'sentNotices' | 'pendingPushes' | 'markPush'>;
export type { ExportedOrder, ExportPort, ExportQuery, ExportRecord } from './exports.port';
export type { MediaState, Upload, UploadPort } from './uploads.port';

