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
import type { NoticeKind } from '../../types/notices';
import type { Page, QueueTab } from '../../types/views';
import type { NoticeDraft } from '../domain/notices';
import type { Decision } from '../domain/order.decide';
import type { CommunitySettings } from '../domain/policies';
import type { WishOps } from './wish.port';

export type { WishChange, WishClaimOutcome, WishOps, WishQuery, WishRankingRow } from './wish.port';

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
  | { kind: 'queue'; communityId: string; tab: QueueTab; categoryId?: string; gridId?: string; now: Date };

export type SweepKind = 'overdue' | 'auto_close' | 'assign_timeout' | 'accept_overdue';

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

/** The media check's verdict on a photo: not asked, asked and waiting, passed, or flagged (hidden but to staff). */
export type MediaState = 'unchecked' | 'pending' | 'pass' | 'risky';

/** One uploaded photo: who uploaded it and when, the order it was attached to, and its media check. */
export interface Upload {
  fileId: string;
  uploaderId: string;
  at: string;
  /** The order it was last attached to; null until attached (the sweep removes it after a day). */
  orderId: string | null;
  media: MediaState;
  /** Why the check flagged it (WeChat's label), for staff. */
  mediaReason: string | null;
  /** The check's trace id, by which its asynchronous result finds the photo. */
  mediaTrace: string | null;
}

export interface Store extends WishOps {
  // people and places
  /** Creates or updates places by id (set-up, not a user action). */
  savePlaces(places: Places): Promise<void>;
  ensureUser(openid: string, name?: string): Promise<User>;
  findUserByOpenid(openid: string): Promise<User | null>;
  getUsers(ids: string[]): Promise<User[]>;
  setUserName(userId: string, name: string): Promise<void>;
  rolesOf(userId: string): Promise<RoleGrant[]>;
  grantRole(userId: string, role: Role, scope: { communityId?: string; streetId?: string }): Promise<void>;
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
  queueCounts(communityId: string, now: Date): Promise<Record<QueueTab, number>>;
  /** Orders the sweep should look at, oldest first. */
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

  // uploads (photos)
  /** Records a new upload (unattached, unchecked); a file id already recorded is kept as it is. */
  recordUpload(upload: { fileId: string; uploaderId: string; at: Date }): Promise<void>;
  /** How many files the person uploaded at or after `since` (the upload rate limit). */
  countUploadsSince(uploaderId: string, since: Date): Promise<number>;
  /** The records of these file ids; unknown ids are left out. */
  getUploads(fileIds: string[]): Promise<Upload[]>;
  /** Marks the files attached to the order (the sweep keeps them from now on). */
  attachUploads(fileIds: string[], orderId: string): Promise<void>;
  /** Files never attached, uploaded before `before`, oldest first. */
  staleUploads(before: Date, limit: number): Promise<Upload[]>;
  deleteUploads(fileIds: string[]): Promise<void>;
  /** Records the media check of a file, found by its id or by the trace id its check was given. */
  setMediaCheck(key: { fileId: string } | { trace: string }, check: { media: MediaState; reason?: string | null; trace?: string | null }): Promise<void>;

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
  | 'claim' | 'countActiveClaims' | 'events' | 'listOrders' | 'queueCounts' | 'dueForSweep' | 'recentPoolOrders'
>;
/** 微心愿 and partner units (wish.port.ts). */
export type WishPort = WishOps;
export type LedgerPort = Pick<Store, 'addManualEntry' | 'ledgerTotals' | 'ledgerEntries'>;
export type NoticePort = Pick<Store, 'listNotices' | 'unreadNotices' | 'markNoticesRead' | 'addNotices' | 'sentNotices' | 'pendingPushes' | 'markPush'>;
export type UploadPort = Pick<
  Store,
  'recordUpload' | 'countUploadsSince' | 'getUploads' | 'attachUploads' | 'staleUploads' | 'deleteUploads' | 'setMediaCheck'
>;

