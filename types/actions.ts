/**
 * The action map: every call the mini-program can make, its input and its output.
 * `call(name, input)` on the client and the handlers on the server are both typed by it.
 */
import type {
  Address,
  Community,
  LedgerEntry,
  MemberStatus,
  PoolLimit,
  Priority,
  Urgency,
} from './domain';
import type {
  LedgerSummary,
  Me,
  MemberView,
  MenuView,
  OrderDetail,
  OrderView,
  Page,
  QueuePage,
  QueueTab,
} from './views';
import type { NoticePage } from './notices';
import type { UnitKind, UnitStatus, UnitView, WishRanking, WishStatus, WishView } from './wishes';

/** A wish, and the partner unit the caller acts for (omitted: as themself). */
export interface WishRef {
  wishId: string;
  unitId?: string;
}

export interface OrderRef {
  orderId: string;
}

export interface PageInput {
  cursor?: string;
  /** 1–50, default 20. */
  limit?: number;
}

export interface SubmitInput {
  communityId: string;
  /** Same key on a retry returns the same order. */
  idempotencyKey: string;
  categoryId: string;
  title: string;
  description?: string;
  photos?: string[];
  address?: Address | null;
  gridId?: string | null;
  preferredTime?: string | null;
  contactName: string;
  contactPhone: string;
  urgency?: Urgency;
}

export interface DispatchInput extends OrderRef {
  categoryId?: string;
  priority?: Priority;
  deadline: string;
  headcount?: number;
  points?: number;
  poolLimit?: Partial<PoolLimit> | null;
}

export interface AssignInput extends Omit<DispatchInput, 'headcount' | 'poolLimit'> {
  memberId: string;
}

export interface ReasonInput extends OrderRef {
  reason: string;
}

export interface NoteInput extends OrderRef {
  note: string;
  photos?: string[];
}

export interface ActionMap {
  'session.me': { input: Record<string, never>; output: Me };
  'community.list': { input: Record<string, never>; output: Community[] };
  'community.join': { input: { communityId: string; name?: string }; output: Me };
  'menu.get': { input: { communityId: string }; output: MenuView };

  'order.submit': { input: SubmitInput; output: OrderDetail };
  'order.detail': { input: OrderRef; output: OrderDetail };
  'order.cancel': { input: OrderRef & { reason?: string }; output: OrderDetail };
  'order.reject': { input: ReasonInput & { referral?: string }; output: OrderDetail };
  'order.dispatch': { input: DispatchInput; output: OrderDetail };
  'order.assign': { input: AssignInput; output: OrderDetail };
  'order.accept': { input: OrderRef; output: OrderDetail };
  'order.decline': { input: ReasonInput; output: OrderDetail };
  'order.claim': { input: OrderRef; output: OrderDetail };
  'order.release': { input: ReasonInput; output: OrderDetail };
  'order.escalate': { input: NoteInput & { deadline: string }; output: OrderDetail };
  'order.streetResolve': { input: NoteInput & { outcome: 'resolved' | 'returned' }; output: OrderDetail };
  'order.progress': { input: NoteInput; output: OrderDetail };
  'order.complete': { input: NoteInput & { hours: number }; output: OrderDetail };
  'order.confirm': { input: OrderRef & { stars: number; comment?: string }; output: OrderDetail };
  'order.reopen': { input: ReasonInput; output: OrderDetail };
  'order.visit': { input: NoteInput & { satisfied: boolean }; output: OrderDetail };

  'order.mine': { input: PageInput & { status?: 'active' | 'awaiting_rating' | 'done' }; output: Page<OrderView> };
  'order.pool': {
    input: PageInput & { communityId: string; categoryId?: string; gridId?: string; sort?: 'deadline' | 'newest' };
    output: Page<OrderView>;
  };
  'order.myClaims': { input: PageInput & { state?: 'active' | 'done' }; output: Page<OrderView> };
  'order.queue': {
    input: PageInput & { communityId: string; tab: QueueTab; categoryId?: string; gridId?: string };
    output: QueuePage;
  };

  'member.register': {
    input: {
      communityId: string;
      realName: string;
      phone: string;
      workUnit: string;
      branch: string;
      skills?: string[];
      teamId?: string | null;
      gridId?: string | null;
    };
    output: MemberView;
  };
  'member.me': { input: { communityId: string }; output: MemberView | null };
  'member.setNotify': { input: { communityId: string; notifyPool: boolean }; output: MemberView };
  'member.review': {
    input: { communityId: string; userId: string; decision: 'verify' | 'reject'; note?: string };
    output: MemberView;
  };
  'member.list': {
    input: PageInput & { communityId: string; status?: MemberStatus; q?: string; skill?: string };
    output: Page<MemberView>;
  };

  'ledger.mine': { input: PageInput & { communityId: string }; output: LedgerSummary };
  'ledger.addManual': {
    input: { communityId: string; memberId: string; points: number; hours?: number; reason: string };
    output: LedgerEntry;
  };
  'staff.grant': {
    input: { communityId: string; userId: string; role: 'staff' | 'admin' };
    output: Me;
  };

  /**
   * WeChat: records a photo the caller just uploaded to cloud storage (`orders/<communityId>/…`) as theirs, so they
   * may attach it (the local host records its uploads itself).
   */
  'file.register': { input: { fileId: string }; output: { fileId: string } };

  /** The caller's own message centre, newest first. */
  'notice.list': { input: PageInput; output: NoticePage };
  /** Marks the caller's own notices read (ids of anyone else's are ignored); answers the unread left. */
  'notice.read': { input: { ids: string[] } | { all: true }; output: { unread: number } };

  /** 微心愿: staff post a wish for a resident, shown on the wall from `releaseAt`. */
  'wish.post': {
    input: {
      communityId: string;
      beneficiaryId?: string | null;
      /** What the wall says of them, after the community's name: 独居老人, 残障人士… */
      beneficiaryTag: string;
      title: string;
      story: string;
      photos?: string[];
      /** 元, at most the community's cap. */
      value: number;
      points?: number;
      releaseAt: string;
      deadline: string;
    };
    output: WishView;
  };
  /** The wall (default), staff's list of every wish, or the caller's own claims (theirs and their units'). */
  'wish.list': {
    input: PageInput & { communityId: string; scope?: 'wall' | 'staff' | 'mine'; status?: WishStatus };
    output: Page<WishView>;
  };
  'wish.get': { input: WishRef; output: WishView };
  /** The first claimer wins. */
  'wish.claim': { input: WishRef; output: WishView };
  /** The claimer lets it go back to the wall. */
  'wish.release': { input: WishRef; output: WishView };
  'wish.deliver': { input: WishRef & { note: string; photos: string[] }; output: WishView };
  /** Staff confirm a delivered wish realised, with the beneficiary's thanks if any. */
  'wish.confirm': { input: WishRef & { thanks?: string }; output: WishView };
  /** Staff post a returned wish again. */
  'wish.repost': { input: WishRef & { releaseAt: string; deadline: string }; output: WishView };
  /** Realised wishes per member and per unit in [from, to) (default: this calendar year). */
  'wish.ranking': { input: { communityId: string; from?: string; to?: string }; output: WishRanking };
  /** A partner unit registers with the community; the caller becomes its contact. */
  'unit.register': {
    input: { communityId: string; name: string; kind: UnitKind; contactName: string; phone: string };
    output: UnitView;
  };
  /** Staff verify or reject a pending unit; never their own. */
  'unit.review': { input: { unitId: string; decision: 'verify' | 'reject'; note?: string }; output: UnitView };
  /** Staff: the community's units; anyone else: the units they are a contact of. */
  'unit.list': { input: PageInput & { communityId: string; status?: UnitStatus }; output: Page<UnitView> };

  /** The caller's own phone number from a 手机号快速验证 code (getPhoneNumber); the number is not stored. */
  'phone.decode': { input: { code: string }; output: { phone: string } };
}

export type ActionName = keyof ActionMap;
export type ActionInput<A extends ActionName> = ActionMap[A]['input'];
export type ActionOutput<A extends ActionName> = ActionMap[A]['output'];
