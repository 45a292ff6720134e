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
import type { ExportKind, ExportScope, ExportView } from './exports';
import type { NoticePage } from './notices';

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

  /** The caller's own phone number from a 手机号快速验证 code (getPhoneNumber); the number is not stored. */
  'phone.decode': { input: { code: string }; output: { phone: string } };

  /**
   * Writes an .xlsx of the scope's 三本帐 or members' hours for a period (orders and ledger entries from `from`,
   * before `to`). Runs in the `export` cloud function, not `api` (the spreadsheet writer is far too big for it).
   */
  'export.create': { input: { scope: ExportScope; kind: ExportKind; from: string; to: string }; output: { fileId: string; name: string; rows: number } };
  /** The scope's recent exports, newest first: the running one's rows so far is the progress the page shows. */
  'export.list': { input: { scope: ExportScope }; output: ExportView[] };
  /** A short-lived URL of an export's file, for whoever may create that export. */
  'export.url': { input: { fileId: string }; output: { url: string; name: string } };
}

export type ActionName = keyof ActionMap;
/** The actions the `export` cloud function runs; every other action runs in `api`. */
export type ExportActionName = Extract<ActionName, `export.${string}`>;
export type ApiActionName = Exclude<ActionName, ExportActionName>;
export type ActionInput<A extends ActionName> = ActionMap[A]['input'];
export type ActionOutput<A extends ActionName> = ActionMap[A]['output'];
