/**
 * The action map: every call the mini-program can make, its input and its output.
 * `call(name, input)` on the client and the handlers on the server are both typed by it.
 */
import type {
  Address,
  Category,
  Community,
  Grid,
  LedgerEntry,
  MemberStatus,
  PoolLimit,
  Priority,
  Urgency,
} from './domain';
import type {
  LedgerSummary,
  Me,
  MemberListItem,
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
import type { Answers, CategoryInput } from './menu';
import type { CommunitySettings, SettingsView } from './settings';
import type { ProxyWay, ResidentDetail, ResidentView } from './residents';
import type { DiaryPage, DuePage, VisitView, VisitWay } from './visits';
import type { CommunityStats, GridColorThresholds, StreetStats, TrendBucket } from './stats';
import type { UnitKind, UnitStatus, UnitView, WishRanking, WishStatus, WishView } from './wishes';
import type { DepartmentInput, DepartmentStep, DepartmentTab, DepartmentView } from './departments';
import type { TopicLevel, TopicMeeting, TopicStatus, TopicView } from './topics';
import type { BoardKind, BoardPage, BoardReviewItem } from './board';
import type { BoardPeriod, BoardScope, Leaderboard, ManualEntryView } from './points';

/** A dashboard's period: ISO instants, `to` after `from`, at most 3 years; the trend's bucket (default by length). */
export interface PeriodInput {
  from: string;
  to: string;
  trend?: TrendBucket;
}

/** A topic (议事). */
export interface TopicRef {
  topicId: string;
}

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
  /** Answers to the category's own questions, by field key. */
  answers?: Answers;
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

/** A record's fields as staff or a grid worker fill them in. */
export interface ResidentInput {
  name: string;
  phone: string;
  address?: Address | null;
  gridId?: string | null;
  tags?: string[];
}

/** 代点单: the fields of order.submit for the record's resident; contact, address and grid default to the record's. */
export interface SubmitForInput extends Omit<SubmitInput, 'communityId' | 'contactName' | 'contactPhone'> {
  /** The 居民档案 record's id. */
  residentId: string;
  communityId?: string;
  contactName?: string;
  contactPhone?: string;
}

export interface ActionMap {
  'session.me': { input: Record<string, never>; output: Me };
  'community.list': { input: Record<string, never>; output: Community[] };
  'community.join': { input: { communityId: string; name?: string }; output: Me };
  'menu.get': { input: { communityId: string }; output: MenuView };
  /** 服务菜单管理: every category, retired ones too (staff of the community). */
  'menu.categories': { input: { communityId: string }; output: Category[] };
  /** Staff add or change a category with its own questions (no id: a new one). */
  'menu.saveCategory': { input: { communityId: string; category: CategoryInput }; output: Category };

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
  /** 转派职能部门: street staff send an escalated order on to a department of their street, with its own deadline. */
  'order.toDepartment': { input: OrderRef & { departmentId: string; deadline: string; note: string }; output: OrderDetail };
  /** The department that has it: 进展, 办结 (→ 待评价) or 退回街道 (with the reason). */
  'order.departmentStep': { input: NoteInput & { step: DepartmentStep }; output: OrderDetail };
  /** The street's admin adds (no id) or changes a department of the street. */
  'department.save': { input: { streetId: string; department: DepartmentInput }; output: DepartmentView };
  /** The street's departments with their staff (street staff and admins; a department's own staff). */
  'department.list': { input: { streetId: string }; output: DepartmentView[] };
  /** The street's admin makes someone (never themselves) staff of a department, or (revoke) no longer. */
  'department.grant': { input: { departmentId: string; userId: string; revoke?: boolean }; output: DepartmentView };
  /** A department's orders by tab, for its staff and the street above it. */
  'department.queue': { input: PageInput & { departmentId: string; tab?: DepartmentTab }; output: Page<OrderView> };
  'order.progress': { input: NoteInput; output: OrderDetail };
  /** 报告完成; in a team order (headcount > 1), the caller's own part. Needs a photo unless the category says not. */
  'order.complete': { input: NoteInput & { hours: number }; output: OrderDetail };
  /** 代为结单: staff close a team order for the team once someone reported their part. */
  'order.closeTeam': { input: ReasonInput; output: OrderDetail };
  'order.confirm': { input: OrderRef & { stars: number; comment?: string }; output: OrderDetail };
  'order.reopen': { input: ReasonInput; output: OrderDetail };
  /** `reached: false` records a call that did not reach the resident (satisfied is then not counted); default true. */
  'order.visit': { input: NoteInput & { satisfied: boolean; reached?: boolean }; output: OrderDetail };
  /** 督办: the members doing it are told to get on with it; the queue marks it 已督办 until they answer. */
  'order.urge': { input: OrderRef & { note: string }; output: OrderDetail };
  /** 延期: a later deadline (in the future), with the reason the resident sees. */
  'order.extend': { input: OrderRef & { deadline: string; reason: string }; output: OrderDetail };
  /** 收回 from one holder, or (no memberId) from the assignee or the only holder. */
  'order.recall': { input: ReasonInput & { memberId?: string }; output: OrderDetail };
  /** 改派 to another verified member of the community, who then accepts or declines. */
  'order.reassign': { input: OrderRef & { memberId: string; note?: string }; output: OrderDetail };
  /** 代点单: staff or the record's grid workers place an order for a resident without the app; idempotent like submit. */
  'order.submitFor': { input: SubmitForInput; output: OrderDetail };
  /** 代评: the grid worker or staff rate a 代点单 order for its resident, after a phone call or a visit. */
  'order.rateFor': { input: OrderRef & { stars: number; comment?: string; way: ProxyWay }; output: OrderDetail };
  'resident.create': { input: ResidentInput & { communityId: string }; output: ResidentView };
  'resident.update': { input: Partial<ResidentInput> & { residentId: string; version: number }; output: ResidentView };
  /** Records of a community (a grid worker: of their grids), newest first, searched by name, phone tail, building, tag. */
  'resident.list': {
    input: PageInput & { communityId: string; name?: string; phoneTail?: string; building?: string; tag?: string; gridId?: string };
    output: Page<ResidentView>;
  };
  'resident.get': { input: { residentId: string }; output: ResidentDetail };
  /** The record's full phone; every reveal is audited. */
  'resident.revealPhone': { input: { residentId: string }; output: { phone: string } };
  /** Links the record to the resident's own account (a resident of the community); their 代点单 orders become theirs. */
  'resident.link': { input: { residentId: string; userId: string }; output: ResidentView };
  /** 网格管理: community staff add (no id) or change a grid. */
  'grid.save': {
    input: { communityId: string; grid: { id?: string; name: string; households: number; buildings: string[] } };
    output: Required<Grid>;
  };
  /** 社区设置: values, labels and the audit list, for the community's staff and the street above. */
  'settings.get': { input: { communityId: string }; output: SettingsView };
  /** The community's admin changes some settings (each change audited). */
  'settings.update': { input: { communityId: string; patch: Partial<CommunitySettings> }; output: SettingsView };
  /** The community's admin makes someone 网格员 or 网格长 of one or more of its grids. */
  'grid.grant': {
    input: { communityId: string; userId: string; role: 'grid_worker' | 'grid_leader'; gridIds: string[] };
    output: Me;
  };

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
      /** 亮承诺, in the member's own words (optional). */
      pledge?: string;
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
    output: Page<MemberListItem>;
  };

  'ledger.mine': { input: PageInput & { communityId: string }; output: LedgerSummary };
  /** 补录: within the community's cap per member per month; never for oneself. */
  'ledger.addManual': {
    input: { communityId: string; memberId: string; points: number; hours?: number; reason: string };
    output: LedgerEntry;
  };
  /** 积分补录记录 (staff): every manual entry of the community, newest first; one member's, one month's (YYYY-MM). */
  'ledger.manualList': { input: PageInput & { communityId: string; memberId?: string; month?: string }; output: Page<ManualEntryView> };
  /** 第三方测评 of a closed order by someone who did not serve it: reached or not, the resident's stars, a note. */
  'survey.record': { input: { orderId: string; version?: number; reached: boolean; stars?: number; note?: string }; output: OrderDetail };
  /**
   * 先锋榜: members of a community or a street ranked by verified points and hours for the month, quarter or year
   * holding `at` (default now); manual entries apart. Anyone of the community (or street) may read it.
   */
  'leaderboard.get': { input: { scope: BoardScope; period: BoardPeriod; at?: string }; output: Leaderboard };
  'staff.grant': {
    input: { communityId: string; userId: string; role: 'staff' | 'admin' };
    output: Me;
  };

  /**
   * WeChat: records a photo the caller just uploaded to cloud storage (`orders/<communityId>/…`) as theirs, so they
   * may attach it (the local host records its uploads itself).
   */
  'file.register': { input: { fileId: string }; output: { fileId: string } };

  /** 社区数据看板: staff of the community or street staff above it. */
  'stats.community': { input: PeriodInput & { communityId: string }; output: CommunityStats };
  /** 街道数据看板: every community of the street ranked; street staff of that street. */
  'stats.street': { input: PeriodInput & { streetId: string }; output: StreetStats };
  /** 三色网格 standards of a street (shares from 0 to 1); its street admin only. */
  'stats.setGridThresholds': { input: { streetId: string; thresholds: GridColorThresholds }; output: GridColorThresholds };

  /** The caller's own message centre, newest first. */
  'notice.list': { input: PageInput; output: NoticePage };
  /** Marks the caller's own notices read (ids of anyone else's are ignored); answers the unread left. */
  'notice.read': { input: { ids: string[] } | { all: true }; output: { unread: number } };

  /** 民情日记: a visit to a record (`residentId` is the record's id) by a grid worker of its grid or staff. */
  'visit.log': {
    input: { residentId: string; at: string; way: VisitWay; found: string; needs?: string | null; photos?: string[]; idempotencyKey?: string };
    output: VisitView;
  };
  /** The records due or overdue for a visit in the caller's grids (staff: the community), most overdue first. */
  'visit.due': { input: PageInput & { communityId: string; gridId?: string }; output: DuePage };
  /** A record's diary: its schedule and its visits, newest first. */
  'visit.list': { input: PageInput & { residentId: string }; output: DiaryPage };
  /** Records the 代点单 order placed from a visit's needs (once; the same order again is no change). */
  'visit.linkOrder': { input: { visitId: string; orderId: string }; output: VisitView };
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

  /** 问: a resident raises a topic to gather co-signs; staff raising one put it on the agenda at once (党组织提议). */
  'topic.raise': {
    input: { communityId: string; level: TopicLevel; title: string; problem: string; place: string; photos?: string[] };
    output: TopicView;
  };
  /** Staff put a topic still gathering co-signs on the agenda (党组织提议). */
  'topic.propose': { input: TopicRef; output: TopicView };
  /** 联名: once each, not one's own, only of one's own community. */
  'topic.cosign': { input: TopicRef; output: TopicView };
  /** Takes one's co-sign back while the topic is still gathering them. */
  'topic.withdraw': { input: TopicRef; output: TopicView };
  /** The community's topics, newest first, optionally of one status. */
  'topic.list': { input: PageInput & { communityId: string; status?: TopicStatus }; output: Page<TopicView> };
  'topic.get': { input: TopicRef; output: TopicView };
  /** 议: staff set (or move) the meeting. */
  'topic.schedule': { input: TopicRef & TopicMeeting; output: TopicView };
  /** 议: staff record who came and what was said. */
  'topic.minutes': { input: TopicRef & { attendees: string; notes: string }; output: TopicView };
  /** 定: adopted, or not with the reason (visible to co-signers). */
  'topic.decide': { input: TopicRef & { adopted: boolean; text: string }; output: TopicView };
  /** 办: staff link an order of the community they created for the work (order.submitFor); shown with its status. */
  'topic.linkOrder': { input: TopicRef & { orderId: string }; output: TopicView };
  /** 晒: staff publish the outcome. */
  'topic.publish': { input: TopicRef & { outcome: string }; output: TopicView };
  /** 评: a co-signer rates the published outcome, once. */
  'topic.rate': { input: TopicRef & { stars: number }; output: TopicView };

  /**
   * 晒 board of a community, for anyone, signed in or not: finished orders, realised wishes, published outcomes, newest
   * first, and the month's figures with the first page. With `item`, that one item (nothing if hidden or not there).
   */
  'board.get': { input: PageInput & { communityId: string; item?: { kind: BoardKind; id: string } }; output: BoardPage };
  /** Staff of the community: every board item, hidden ones too, with orders' comments and their approval. */
  'board.review': { input: PageInput & { communityId: string }; output: Page<BoardReviewItem> };
  /** Staff of the community hide an item from the board, or show it again. */
  'board.hide': { input: { communityId: string; kind: BoardKind; id: string; hidden: boolean }; output: { kind: BoardKind; id: string; hidden: boolean } };
  /** Staff of the order's community approve (or withdraw) the resident's comment for the board. */
  'board.approveComment': { input: { orderId: string; approved: boolean }; output: { orderId: string; approved: boolean } };

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
/** The actions the `export` cloud function runs (its spreadsheet writer is far too big for the others). */
export type ExportActionName = Extract<ActionName, `export.${string}`>;
/** The modules around the order loop run in the `community` cloud function, by the first part of their name. */
export const COMMUNITY_PREFIXES = ['wish', 'unit', 'topic', 'board', 'leaderboard'] as const;
export type CommunityActionName = Extract<ActionName, `${(typeof COMMUNITY_PREFIXES)[number]}.${string}`>;
/** Every other action runs in `api`. */
export type ApiActionName = Exclude<ActionName, ExportActionName | CommunityActionName>;

/** The cloud function an action runs in. */
export function functionOf(action: string): 'api' | 'export' | 'community' {
  const prefix = action.split('.')[0];
  if (prefix === 'export') return 'export';
  return (COMMUNITY_PREFIXES as readonly string[]).includes(prefix) ? 'community' : 'api';
}
export type ActionInput<A extends ActionName> = ActionMap[A]['input'];
export type ActionOutput<A extends ActionName> = ActionMap[A]['output'];
