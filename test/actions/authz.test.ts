/**
 * The authorisation matrix: every action in the registry × every kind of caller, against a target in c1 set up so
 * the rightful caller could succeed. A denied cell answers with the precise refusal and changes nothing in the
 * database; an allowed cell succeeds, and a read shows this caller only what they may see (contact masked unless
 * they need it to do the work).
 *
 * One host for the file. Each row seeds its world once; the refused callers run first against it (each must leave
 * the database exactly as it was), then the allowed ones, reseeding after any call that changed something.
 */
import { ACTIONS } from '../../cloud/actions/shared/registry.all';
import { tokens } from '../../cloud/host/tokens';
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import type { OrderStatus } from '../../types/domain';
import type { WishStatus } from '../../types/wishes';
import type { TopicStatus } from '../../types/topics';
import { sweep } from '../../cloud/jobs/sweep';
import type { Envelope, ErrorCode } from '../../types/errors';
import {
  clientFor,
  inDays,
  makePerson,
  photoOf,
  resetStore,
  startTestHost,
  submission,
  type Client,
  type Person,
  type TestHost,
  type WechatStandIn,
  wechatStandIn,
  wishPost,
} from '../factories';

// ── the callers ──────────────────────────────────────────────────────────────────────────────────────────────

const CALLERS = {
  anon: 'nobody: POST /api without Authorization',
  forged: "a token naming staff of c1, signed with someone else's secret",
  owner: 'resident of c1 who placed the order',
  resident: 'another resident of c1',
  resident2: 'resident of c2 (same street)',
  member: 'verified member of c1: the one the order is assigned to / held by',
  memberOther: 'another verified member of c1',
  member2: 'verified member of c2',
  pending: 'member of c1 whose 报到 is still pending',
  staff: 'staff of c1',
  staff2: 'staff of c2',
  admin: 'admin of c1',
  street: 'street staff of st1 (above c1)',
  street2: 'street staff of st2',
  gridA: 'grid worker (网格员) of c1-g1: the grid of the orders and of the record',
  gridB: 'grid worker of c1-g2, the other grid of c1',
  grid2: 'grid worker of c2-g1',
} as const;

/**
 * The department rung's callers: they hold no place in any community, so they play the rows of the department
 * actions (and the order as a department has it), where they are who the rows are about.
 */
const LADDER_CALLERS = {
  streetAdmin: 'admin of st1 (街道管理员): keeps its departments',
  streetAdmin2: 'admin of st2',
  dept: 'staff of st1-d1 (城管中队), the department the order is sent to',
  dept2: 'staff of st1-d2 (住建办), another department of st1',
} as const;
type Ladder = keyof typeof LADDER_CALLERS;
const LADDER = Object.keys(LADDER_CALLERS) as Ladder[];

type Who = keyof typeof CALLERS | Ladder;
type Signed = Exclude<Who, 'anon' | 'forged'>;

/** How each signed-in caller is made (openid = their key). c1, c2 are in st1; c3 is in st2. */
const PEOPLE: Record<Exclude<Signed, Ladder>, [Person, string, { gridId?: string }?]> = {
  owner: ['resident', 'c1'],
  resident: ['resident', 'c1'],
  resident2: ['resident', 'c2'],
  member: ['member', 'c1'],
  memberOther: ['member', 'c1'],
  member2: ['member', 'c2'],
  pending: ['pending', 'c1'],
  staff: ['staff', 'c1'],
  staff2: ['staff', 'c2'],
  admin: ['admin', 'c1'],
  street: ['street', 'c1'],
  street2: ['street', 'c3'],
  gridA: ['grid', 'c1', { gridId: 'c1-g1' }],
  gridB: ['grid', 'c1', { gridId: 'c1-g2' }],
  grid2: ['grid', 'c2', { gridId: 'c2-g1' }],
};

const WHO = Object.keys(CALLERS) as Who[];
const SIGNED_IN = Object.keys(PEOPLE) as Exclude<Signed, Ladder>[];
/** st1's departments (st1-d1 is where the main order goes in the `department` state) and one of st2. */
const DEPARTMENTS = [
  { id: 'st1-d1', streetId: 'st1', name: '城管中队', contactName: '刘队', contactPhone: '13900002222', active: true },
  { id: 'st1-d2', streetId: 'st1', name: '住建办', contactName: '王工', contactPhone: '13900003333', active: true },
  { id: 'st2-d1', streetId: 'st2', name: '二街道城管', contactName: '孙队', contactPhone: '13900004444', active: true },
];
const STAFF: readonly Signed[] = ['staff', 'admin'];
/** Who works an order of c1-g1, and keeps the records of that grid: staff, and the grid's worker. */
const WORKERS: readonly Signed[] = [...STAFF, 'gridA'];
const but = (...out: Signed[]): Signed[] => SIGNED_IN.filter((w) => !out.includes(w));
/** Everyone with a place in c1, and the street staff above it: who sees c1's wish wall. */
const C1_AND_STREET = but('resident2', 'member2', 'staff2', 'street2', 'grid2');
/** Who can see c1's wish but may not take this step on it (the rest do not see it at all). */
const FORBIDDEN_IN_C1 = Object.fromEntries(C1_AND_STREET.map((w) => [w, 'AUTH.FORBIDDEN'])) as Partial<Record<Signed, 'AUTH.FORBIDDEN'>>;

// ── what each caller may see of the main order (owner's, in c1) in each state ─────────────────────────────────

/**
 * The order's statuses, `team`: a two-member order in progress, held by member and memberOther, member's part in, and
 * `department`: escalated and sent on by the street to st1-d1.
 */
type State = 'submitted' | 'open' | 'assigned' | 'in_progress' | 'escalated' | 'awaiting_rating' | 'closed' | 'team' | 'department';
const STATES: State[] = ['submitted', 'open', 'assigned', 'in_progress', 'escalated', 'awaiting_rating', 'closed'];

/** Who may open the order at all; everyone else gets ORDER.NOT_FOUND, so its existence does not leak. */
const VIEWERS: Record<State, readonly Signed[]> = {
  submitted: ['owner', 'staff', 'admin', 'street', 'gridA'],
  open: ['owner', 'staff', 'admin', 'street', 'gridA', 'member', 'memberOther'], // the pool: any verified member of c1
  assigned: ['owner', 'staff', 'admin', 'street', 'gridA', 'member'], // member is the assignee
  in_progress: ['owner', 'staff', 'admin', 'street', 'gridA', 'member'], // member holds it
  escalated: ['owner', 'staff', 'admin', 'street', 'gridA'], // escalating let the member go
  awaiting_rating: ['owner', 'staff', 'admin', 'street', 'gridA', 'member'],
  closed: ['owner', 'staff', 'admin', 'street', 'gridA', 'member'], // member did it
  team: ['owner', 'staff', 'admin', 'street', 'gridA', 'member', 'memberOther'], // both hold it
  department: ['owner', 'staff', 'admin', 'street', 'gridA', 'dept'], // the department it went to; not its street's admin
};

/**
 * Who sees the full phone and door (README, "Rules the code keeps"): the resident, staff of the community, the members
 * holding the order while they work on it, and the street while it is escalated to them.
 */
const FULL_CONTACT: Record<State, readonly Signed[]> = {
  submitted: ['owner', 'staff', 'admin', 'gridA'],
  open: ['owner', 'staff', 'admin', 'gridA'],
  // The assignee does not hold it yet: they see the door once they accept, not while they may still decline.
  assigned: ['owner', 'staff', 'admin', 'gridA'],
  in_progress: ['owner', 'staff', 'admin', 'gridA', 'member'],
  escalated: ['owner', 'staff', 'admin', 'gridA', 'street'],
  awaiting_rating: ['owner', 'staff', 'admin', 'gridA', 'member'],
  closed: ['owner', 'staff', 'admin', 'gridA'],
  team: ['owner', 'staff', 'admin', 'gridA', 'member', 'memberOther'],
  department: ['owner', 'staff', 'admin', 'gridA', 'street', 'dept'],
};

const PHONE = '13912345678';
const MASKED = '139******78';

// ── the world each row is played against ─────────────────────────────────────────────────────────────────────

interface World {
  ids: Record<Signed, string>;
  /** The owner's order in c1, in the row's state. */
  orderId: string;
  /** Another resident's order in c1, still submitted. */
  sideId: string;
  /** resident2's order in c2, open in c2's pool. */
  c2Id: string;
  /** A 居民档案 record in c1-g1, kept by gridA. */
  recordId: string;
  /** A 代点单 gridA placed for the record, brought to 待评价 (only in the awaiting_rating world). */
  proxyId: string | null;
  /** The record's one visit, by staff 20 days ago (孤寡老人: overdue). */
  visitId: string;
  /** A 代点单 order placed for the record by gridA, submitted. */
  forId: string;
  /** A 问题帐 of c1 staff exported (before the main order was submitted). */
  exportFileId: string;
  /** A wish staff posted in c1, released, in the row's wish state (claimed and delivered by `member`). */
  wishId: string;
  /** A partner unit `resident` registered in c1, pending. */
  unitId: string;
  /** A topic `owner` raised in c1 (rows with `topic` only), in that state; `resident` co-signed it past `collecting`. */
  topicId: string;
  /** A photo each signed-in caller uploaded, theirs to attach. */
  photos: Record<Signed, string>;
}

/** The refusals a cell of the matrix may get (the last is not about who you are, but still changes nothing). */
type Deny = Extract<
  ErrorCode,
  | 'AUTH.REQUIRED'
  | 'AUTH.FORBIDDEN'
  | 'ORDER.NOT_FOUND'
  | 'MEMBER.NOT_VERIFIED'
  | 'COMMUNITY.NOT_JOINED'
  | 'MEMBER.ALREADY_REGISTERED'
  | 'RESIDENT.NOT_FOUND'
  | 'VISIT.NOT_FOUND'
  | 'EXPORT.NOT_FOUND'
  | 'WISH.NOT_FOUND'
  | 'TOPIC.NOT_FOUND'
  | 'TOPIC.NOT_RESIDENT'
  | 'TOPIC.STAFF_ONLY'
  | 'TOPIC.OWN'
  | 'TOPIC.OTHER_COMMUNITY'
  | 'TOPIC.NOT_COSIGNED'
  | 'TOPIC.NOT_COSIGNER'
>;

interface Row<A extends ActionName> {
  action: A;
  /** The main order's state when the call is made (default: submitted). */
  on?: State;
  /** The wish's state when the call is made (default: open). */
  wish?: WishStatus;
  /** The topic's state when the call is made (`cosigned`: collecting, co-signed by `resident`); none without it. */
  topic?: TopicState;
  /** The callers who may do it. Everyone else is refused. */
  allow: readonly Signed[];
  /** Callable without signing in (anonymous actions): `anon` and `forged` are allowed too. */
  open?: true;
  /** Played by the department rung's callers too (LADDER_CALLERS). */
  ladder?: boolean;
  /** How the other signed-in callers are refused: one code for all, or by whether they may see the order. */
  refuse: Deny | 'by-visibility';
  /** With `by-visibility`: who may see the order the row acts on, when it is not the main order (VIEWERS). */
  seen?: readonly Signed[];
  /** Refused callers who get another code than `refuse` says. */
  except?: Partial<Record<Signed, Deny>>;
  input: (w: World, who: Signed) => ActionInput<A>;
  /** Whether an allowed call changes the database; reads must not. */
  writes?: boolean | ((who: Signed) => boolean);
  /** For order commands: the status an allowed call leaves the order in. */
  to?: OrderStatus;
  /** What an allowed caller gets back: only what they may see. */
  check?: (data: ActionOutput<A>, who: Signed, w: World) => void;
}
type AnyRow = Row<ActionName>;
const row = <A extends ActionName>(r: Row<A>): AnyRow => r as unknown as AnyRow;

const ids = (items: { id: string }[]) => items.map((o) => o.id).sort();
const contactFor = (full: boolean) => (full ? PHONE : MASKED);

type TopicState = TopicStatus | 'cosigned';
/** Everyone of st1 sees c1's topics (a shared card reaches neighbours); street2 is told there is none. */
const TOPIC_UNSEEN = { street2: 'TOPIC.NOT_FOUND' } as const;

// ── THE MATRIX: action → who may do it, and how everyone else is refused ──────────────────────────────────────

const ROWS: AnyRow[] = [
  // Who am I, where can I go: any signed-in caller, about themself.
  row({
    action: 'session.me',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({}),
    check: (me, who, w) => expect(me.userId).toBe(w.ids[who]),
  }),
  row({
    action: 'community.list',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({}),
    check: (list) => expect(list.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3']),
  }),
  row({
    action: 'community.join',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    writes: (who) => who !== 'owner' && who !== 'resident', // already residents of c1
    check: (me, who, w) => {
      expect(me.userId).toBe(w.ids[who]);
      expect(me.roles).toContainEqual(expect.objectContaining({ role: 'resident', communityId: 'c1' }));
    },
  }),
  row({
    action: 'menu.get',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (menu) => {
      expect(menu.community.id).toBe('c1');
      expect(menu.community).not.toHaveProperty('settings');
      expect(menu.categories.every((c) => c.communityId === 'c1')).toBe(true);
    },
  }),

  // 群众点单: residents of c1 only.
  row({
    action: 'order.submit',
    allow: ['owner', 'resident'],
    refuse: 'COMMUNITY.NOT_JOINED',
    input: () => submission('authz'),
    writes: true,
    to: 'submitted',
    check: (d) => expect(d.contactPhone).toBe(PHONE),
  }),

  // One order, in every state: who may open it, and who sees the contact.
  ...STATES.map((on) =>
    row({
      action: 'order.detail',
      on,
      allow: VIEWERS[on],
      refuse: 'by-visibility',
      input: (w) => ({ orderId: w.orderId }),
      check: (d, who, w) => {
        const full = FULL_CONTACT[on].includes(who);
        expect(d.id).toBe(w.orderId);
        expect(d.status).toBe(on);
        expect(d.contactPhone).toBe(contactFor(full));
        expect(d.contactMasked).toBe(!full);
        expect(d.contactName).toBe(full ? '王阿姨' : '王**');
        expect(d.address?.includes('501')).toBe(full);
        // The resident's name is contact data too.
        expect(d.timeline.some((e) => e.actorName === 'owner')).toBe(full);
        // …and so is the resident's user id: a masked viewer's timeline carries none.
        expect(d.timeline.some((e) => e.actorRole === 'resident' && e.actorId !== null)).toBe(full);
      },
    }),
  ),

  // Order commands, each on the state it belongs to. A caller who can see the order but may not do this is
  // FORBIDDEN; one who cannot see it gets NOT_FOUND.
  row({
    action: 'order.cancel',
    on: 'submitted',
    allow: ['owner'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '不需要了' }),
    writes: true,
    to: 'cancelled',
  }),
  row({
    action: 'order.reject',
    on: 'submitted',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '不在服务范围', referral: '请拨打12345' }),
    writes: true,
    to: 'rejected',
  }),
  row({
    action: 'order.dispatch',
    on: 'submitted',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, deadline: inDays(3), points: 12 }),
    writes: true,
    to: 'open',
  }),
  row({
    action: 'order.assign',
    on: 'submitted',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, deadline: inDays(3), memberId: w.ids.member }),
    writes: true,
    to: 'assigned',
  }),
  row({
    action: 'order.escalate',
    on: 'submitted',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, note: '社区无法解决', deadline: inDays(5) }),
    writes: true,
    to: 'escalated',
  }),
  row({
    action: 'order.accept',
    on: 'assigned',
    allow: ['member'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId }),
    writes: true,
    to: 'in_progress',
  }),
  row({
    action: 'order.decline',
    on: 'assigned',
    allow: ['member'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '临时有事' }),
    writes: true,
    to: 'submitted',
  }),
  row({
    action: 'order.claim',
    on: 'open',
    allow: ['member', 'memberOther'],
    refuse: 'by-visibility',
    // A pending member cannot see pool orders, but is told why they cannot claim.
    except: { pending: 'MEMBER.NOT_VERIFIED' },
    input: (w) => ({ orderId: w.orderId }),
    writes: true,
    to: 'in_progress',
  }),
  row({
    action: 'order.release',
    on: 'in_progress',
    allow: ['member'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '临时有事' }),
    writes: true,
    to: 'open',
  }),
  row({
    action: 'order.progress',
    on: 'in_progress',
    allow: ['member'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, note: '已上门查看' }),
    writes: true,
    to: 'in_progress',
  }),
  row({
    action: 'order.complete',
    on: 'in_progress',
    allow: ['member'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, note: '已修好', hours: 2 }),
    writes: true,
    to: 'awaiting_rating',
  }),
  // 代为结单: staff (or the order's grid workers) close a team order for the team; its members (who can see it) may not.
  row({
    action: 'order.closeTeam',
    on: 'team',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '队员临时住院，社区代为结单' }),
    writes: true,
    to: 'awaiting_rating',
  }),
  row({
    action: 'order.streetResolve',
    on: 'escalated',
    allow: ['street'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, note: '街道已协调解决', outcome: 'resolved' }),
    writes: true,
    to: 'awaiting_rating',
  }),
  // 职能部门: the street sends an escalated order on to a department of its own street; that department's staff act.
  row({
    action: 'order.detail',
    on: 'department',
    ladder: true,
    allow: VIEWERS.department,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId }),
    check: (d, who) => {
      expect(d.department).toMatchObject({ departmentId: 'st1-d1', name: '城管中队', outcome: null });
      expect(d.contactMasked).toBe(!FULL_CONTACT.department.includes(who));
    },
  }),
  row({
    action: 'order.toDepartment',
    on: 'escalated',
    ladder: true,
    allow: ['street'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, departmentId: 'st1-d1', deadline: inDays(3), note: '请城管中队处理' }),
    writes: true,
    to: 'escalated',
    check: (d) => expect(d.department).toMatchObject({ departmentId: 'st1-d1', outcome: null }),
  }),
  row({
    action: 'order.departmentStep',
    on: 'department',
    ladder: true,
    allow: ['dept'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, step: 'resolve', note: '已清理完毕' }),
    writes: true,
    to: 'awaiting_rating',
  }),
  row({
    action: 'department.save',
    ladder: true,
    allow: ['streetAdmin'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ streetId: 'st1', department: { name: '物业管理科', contactName: '赵科长', contactPhone: '13900005555' } }),
    writes: true,
    check: (d) => expect(d).toMatchObject({ streetId: 'st1', name: '物业管理科', active: true, staff: [] }),
  }),
  row({
    action: 'department.list',
    ladder: true,
    allow: ['street', 'streetAdmin', 'dept', 'dept2'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ streetId: 'st1' }),
    check: (list, _who, w) => {
      expect(list.map((d) => d.id).sort()).toEqual(['st1-d1', 'st1-d2']);
      expect(list.find((d) => d.id === 'st1-d1')!.staff).toEqual([{ userId: w.ids.dept, name: 'dept' }]);
    },
  }),
  row({
    action: 'department.grant',
    ladder: true,
    allow: ['streetAdmin'],
    refuse: 'AUTH.FORBIDDEN',
    input: (w) => ({ departmentId: 'st1-d1', userId: w.ids.resident }),
    writes: true,
    check: (d, _who, w) => expect(d.staff.map((s) => s.userId).sort()).toEqual([w.ids.dept, w.ids.resident].sort()),
  }),
  row({
    action: 'department.queue',
    on: 'department',
    ladder: true,
    allow: ['dept', 'street', 'streetAdmin'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ departmentId: 'st1-d1' }),
    check: (page, _who, w) => expect(ids(page.items)).toEqual([w.orderId]),
  }),
  row({
    action: 'order.confirm',
    on: 'awaiting_rating',
    allow: ['owner'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, stars: 5 }),
    writes: true,
    to: 'closed',
  }),
  row({
    action: 'order.reopen',
    on: 'awaiting_rating',
    allow: ['owner'],
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '还是没有修好' }),
    writes: true,
    to: 'in_progress',
  }),
  row({
    action: 'order.visit',
    on: 'closed',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, note: '电话回访', satisfied: true }),
    writes: true,
    to: 'closed',
  }),
  // 第三方测评: staff (or the order's grid worker) who did not serve it; the member who served it may not.
  row({
    action: 'survey.record',
    on: 'closed',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reached: true, stars: 5, note: '居民很满意' }),
    writes: true,
    to: 'closed',
    check: (o) => expect(o.timeline.at(-1)).toMatchObject({ type: 'survey', note: '测评·满意（5星）：居民很满意' }),
  }),

  // Steering (督办, 延期, 收回, 改派): staff of the community and the order's grid workers — not the member doing it,
  // not the resident, not the street.
  row({
    action: 'order.urge',
    on: 'in_progress',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, note: '请今天之内上门' }),
    writes: true,
    to: 'in_progress',
    check: (d) => expect(d.urgedAt).not.toBeNull(),
  }),
  row({
    action: 'order.urge',
    on: 'assigned',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, note: '请尽快接受指派' }),
    writes: true,
    to: 'assigned',
  }),
  row({
    action: 'order.extend',
    on: 'in_progress',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, deadline: inDays(5), reason: '配件需要调货' }),
    writes: true,
    to: 'in_progress',
  }),
  row({
    action: 'order.recall',
    on: 'in_progress',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '长时间没有进展' }),
    writes: true,
    to: 'open',
    check: (d) => expect(d.holders).toEqual([]),
  }),
  row({
    action: 'order.recall',
    on: 'assigned',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, reason: '党员联系不上' }),
    writes: true,
    to: 'submitted',
  }),
  row({
    action: 'order.reassign',
    on: 'in_progress',
    allow: WORKERS,
    refuse: 'by-visibility',
    input: (w) => ({ orderId: w.orderId, memberId: w.ids.memberOther, note: '改派就近党员' }),
    writes: true,
    to: 'assigned',
    check: (d, _who, w) => expect(d.assignee?.memberId).toBe(w.ids.memberOther),
  }),

  // Lists: anyone may ask for their own; nobody gets anyone else's.
  row({
    action: 'order.mine',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({}),
    check: (page, who, w) => {
      const own: Partial<Record<Signed, string[]>> = { owner: [w.orderId], resident: [w.sideId], resident2: [w.c2Id] };
      expect(ids(page.items)).toEqual(own[who] ?? []);
      for (const o of page.items) expect(o.contactPhone).toBe(PHONE);
    },
  }),
  row({
    action: 'order.myClaims',
    on: 'in_progress',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({}),
    check: (page, who, w) => {
      expect(ids(page.items)).toEqual(who === 'member' ? [w.orderId] : []);
      for (const o of page.items) expect(o.contactPhone).toBe(PHONE);
    },
  }),
  row({
    action: 'order.pool',
    on: 'open',
    allow: ['member', 'memberOther'],
    refuse: 'AUTH.FORBIDDEN',
    except: { pending: 'MEMBER.NOT_VERIFIED' },
    input: () => ({ communityId: 'c1' }),
    check: (page, _who, w) => {
      // The open order only: not the submitted one beside it, not c2's open one.
      expect(ids(page.items)).toEqual([w.orderId]);
      expect(page.items[0]).toMatchObject({ contactPhone: MASKED, contactMasked: true, actions: ['claim'] });
      expect(page.items[0].address).not.toContain('501');
    },
  }),
  row({
    action: 'order.queue',
    allow: ['staff', 'admin', 'street', 'gridA', 'gridB'], // a grid worker's queue: their grids' orders (我的网格)
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1', tab: 'submitted' }),
    check: (page, who, w) => {
      if (who === 'gridB') {
        expect(page.items).toEqual([]); // every order is in c1-g1
        expect(page.counts).toMatchObject({ submitted: 0, open: 0 });
        return;
      }
      expect(ids(page.items)).toEqual([w.orderId, w.sideId, w.forId].sort());
      expect(page.counts).toMatchObject({ submitted: 3, open: 0 }); // c2's open order is not counted
      // The 代点单 carries its record's phone, masked for the street like a resident's.
      const full = who !== 'street';
      for (const o of page.items) expect(o.contactPhone).toBe(o.id === w.forId ? (full ? '13811112222' : '138******22') : contactFor(full));
    },
  }),

  // 党员报到 and the members list.
  row({
    action: 'member.register',
    allow: but('member', 'memberOther', 'pending'),
    refuse: 'MEMBER.ALREADY_REGISTERED',
    input: () => ({ communityId: 'c1', realName: '张三丰', phone: '13800001234', workUnit: '某单位', branch: '某支部' }),
    writes: true,
    check: (m, who, w) => expect(m).toMatchObject({ userId: w.ids[who], communityId: 'c1', status: 'pending' }),
  }),
  row({
    action: 'member.me',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (m, who, w) => {
      const status = { member: 'verified', memberOther: 'verified', pending: 'pending' }[who as string];
      if (status) expect(m).toMatchObject({ userId: w.ids[who], status, phone: '13900001111' });
      else expect(m).toBeNull();
    },
  }),
  row({
    action: 'member.setNotify',
    allow: ['member', 'memberOther', 'pending'], // a 报到 profile in c1, whatever its state
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1', notifyPool: true }),
    writes: true,
    check: (m, who, w) => expect(m).toMatchObject({ userId: w.ids[who], communityId: 'c1', notifyPool: true }),
  }),
  row({
    action: 'member.review',
    allow: STAFF,
    refuse: 'AUTH.FORBIDDEN', // the pending member too: nobody verifies themself
    input: (w) => ({ communityId: 'c1', userId: w.ids.pending, decision: 'verify' }),
    writes: true,
    check: (m, _who, w) => expect(m).toMatchObject({ userId: w.ids.pending, status: 'verified' }),
  }),
  row({
    action: 'member.list',
    allow: STAFF, // not the street: the list carries members' phones
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, _who, w) => {
      expect(page.items.map((m) => m.userId).sort()).toEqual([w.ids.member, w.ids.memberOther, w.ids.pending].sort());
      for (const m of page.items) expect(m.phone).toBe('13900001111');
    },
  }),

  // Points and hours.
  row({
    action: 'ledger.mine',
    on: 'closed',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (ledger, who, w) => {
      if (who === 'member') {
        expect(ledger).toMatchObject({ points: 10, hours: 2, orders: 1 });
        expect(ledger.entries.items.map((e) => e.memberId)).toEqual([w.ids.member]);
      } else {
        expect(ledger).toMatchObject({ points: 0, hours: 0, orders: 0 });
        expect(ledger.entries.items).toEqual([]);
      }
    },
  }),
  row({
    action: 'ledger.addManual',
    allow: STAFF, // not the street, not the member crediting themself
    refuse: 'AUTH.FORBIDDEN',
    input: (w) => ({ communityId: 'c1', memberId: w.ids.member, points: 5, hours: 1, reason: '社区活动志愿服务' }),
    writes: true,
    check: (e, who, w) => expect(e).toMatchObject({ memberId: w.ids.member, manual: true, createdBy: w.ids[who] }),
  }),
  row({
    action: 'ledger.manualList',
    allow: STAFF, // the audit trail: staff of the community only
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page) => expect(page).toEqual({ items: [], nextCursor: null }),
  }),
  // 先锋榜: anyone of c1 and the street staff above it; names and branches, never a phone.
  row({
    action: 'leaderboard.get',
    on: 'closed',
    allow: C1_AND_STREET,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ scope: { communityId: 'c1' }, period: 'month' }),
    check: (board, _who, w) => {
      expect(board.entries).toEqual([expect.objectContaining({ rank: 1, points: 10, hours: 2, card: expect.objectContaining({ memberId: w.ids.member, name: '党员member' }) })]);
      expect(board.manual).toEqual([]);
      expect(JSON.stringify(board)).not.toContain('13900001111');
    },
  }),

  // The message centre: everyone their own, nobody anyone else's. In the seeded world staff and admin of c1 were told
  // of the two orders submitted there, staff of c2 of the one in c2.
  row({
    action: 'notice.list',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({}),
    check: (page, who, w) => {
      // Staff hear of every new order of c1, the 代点单 gridA placed too (gridA placed it: not told of their own step).
      const c1 = [w.orderId, w.sideId, w.forId];
      const told: Partial<Record<Signed, string[]>> = { staff: c1, admin: c1, staff2: [w.c2Id] };
      expect(page.items.map((n) => n.orderId).sort()).toEqual((told[who] ?? []).sort());
      expect(page.items.every((n) => n.kind === 'new_order' && !n.read)).toBe(true);
      expect(page.unread).toBe(page.items.length);
    },
  }),
  // Dashboards: staff of the community (and the street above it); the street's own for street staff of that street.
  row({
    action: 'stats.community',
    allow: [...STAFF, 'street'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1', from: inDays(-30), to: inDays(1) }),
    check: (s) => {
      expect(s.communityId).toBe('c1');
      expect(s.byMember.every((m) => !('phone' in m))).toBe(true);
    },
  }),
  row({
    action: 'stats.street',
    allow: ['street'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ streetId: 'st1', from: inDays(-30), to: inDays(1) }),
    check: (s) => expect(s.communities.map((c) => c.communityId).sort()).toEqual(['c1', 'c2']),
  }),
  // 三色网格 standards: a street's admin only (none of these callers; test/actions/grid-colors.test.ts has one).
  row({
    action: 'stats.setGridThresholds',
    allow: [],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ streetId: 'st1', thresholds: { red: { onTimeRate: 0.9, satisfaction: 0.9, visitReachRate: 0.8 }, yellow: { onTimeRate: 0.7, satisfaction: 0.7, visitReachRate: 0.5 } } }),
  }),
  // 手机号快速验证: anyone signed in, for their own code; nothing is stored.
  row({
    action: 'phone.decode',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ code: 'phone-13800001111' }),
    check: (res) => expect(res).toEqual({ phone: '13800001111' }),
  }),
  row({
    action: 'notice.read',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ all: true }),
    writes: (who) => ['staff', 'admin', 'staff2'].includes(who),
    check: (res) => expect(res).toEqual({ unread: 0 }),
  }),

  // WeChat photo uploads: recorded for anyone with a place in the community, or the street above it.
  row({
    action: 'file.register',
    allow: ['owner', 'resident', 'member', 'memberOther', 'pending', 'staff', 'admin', 'street', 'gridA', 'gridB'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ fileId: 'cloud://env-1.abc/orders/c1/a1b2c3d4e5f6.jpg' }),
    writes: true,
    check: (res) => expect(res).toEqual({ fileId: 'cloud://env-1.abc/orders/c1/a1b2c3d4e5f6.jpg' }),
  }),

  // Roles: only an admin of the community makes staff there (and the resident cannot promote themself).
  row({
    action: 'staff.grant',
    allow: ['admin'],
    refuse: 'AUTH.FORBIDDEN',
    input: (w) => ({ communityId: 'c1', userId: w.ids.resident, role: 'staff' }),
    writes: true,
    check: (me, _who, w) => {
      expect(me.userId).toBe(w.ids.resident);
      expect(me.roles).toContainEqual(expect.objectContaining({ role: 'staff', communityId: 'c1' }));
    },
  }),
  // Grid roles: only an admin of the community, per grid of it.
  row({
    action: 'grid.grant',
    allow: ['admin'],
    refuse: 'AUTH.FORBIDDEN',
    input: (w) => ({ communityId: 'c1', userId: w.ids.resident, role: 'grid_worker', gridIds: ['c1-g2'] }),
    writes: true,
    check: (me, _who, w) => {
      expect(me.userId).toBe(w.ids.resident);
      expect(me.grids).toEqual([{ communityId: 'c1', gridId: 'c1-g2', name: '第2网格', role: 'grid_worker' }]);
    },
  }),

  // 服务菜单管理: the community's staff keep its categories; nobody else lists retired ones or changes any.
  row({
    action: 'menu.categories',
    allow: STAFF,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (cats) => expect(cats.every((c) => c.communityId === 'c1')).toBe(true),
  }),
  row({
    action: 'menu.saveCategory',
    allow: STAFF,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1', category: { group: '生活服务', name: '管道疏通', basePoints: 5, fields: [{ key: 'spot', label: '堵塞位置', type: 'text', required: true }] } }),
    writes: true,
    check: (c) => expect(c).toMatchObject({ communityId: 'c1', name: '管道疏通', active: true }),
  }),

  // 网格管理: the community's staff keep its grids.
  row({
    action: 'grid.save',
    allow: STAFF,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1', grid: { name: '第三网格', households: 200, buildings: ['9栋'] } }),
    writes: true,
    check: (g) => expect(g).toMatchObject({ communityId: 'c1', name: '第三网格', households: 200, buildings: ['9栋'] }),
  }),

  // 社区设置: the community's staff and the street read them; only its admin changes them.
  row({
    action: 'settings.get',
    allow: [...STAFF, 'street'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (v, who) => {
      expect(v.values.maxActiveClaims).toBeGreaterThan(0);
      expect(v.defs.maxActiveClaims.label).toBe('党员同时承接上限');
      expect(v.mayEdit).toBe(who === 'admin');
    },
  }),
  row({
    action: 'settings.update',
    allow: ['admin'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1', patch: { autoCloseDays: 10 } }),
    writes: true,
    check: (v, _who, w) => {
      expect(v.values.autoCloseDays).toBe(10);
      expect(v.audit[0]).toMatchObject({ key: 'autoCloseDays', old: 7, new: 10, by: w.ids.admin });
    },
  }),

  // 居民档案: staff and the grid's workers keep them; the street reads them masked; nobody else learns they exist.
  row({
    action: 'resident.create',
    allow: WORKERS,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1', name: '李奶奶', phone: '13700002222', gridId: 'c1-g1', tags: ['独居'] }),
    writes: true,
    check: (r, who, w) => expect(r).toMatchObject({ name: '李奶奶', phone: '137******22', createdBy: w.ids[who], canAct: true }),
  }),
  row({
    action: 'resident.update',
    allow: WORKERS,
    refuse: 'RESIDENT.NOT_FOUND',
    input: (w) => ({ residentId: w.recordId, version: 1, tags: ['高龄'] }),
    writes: true,
    check: (r) => expect(r).toMatchObject({ tags: ['高龄'], version: 2 }),
  }),
  row({
    action: 'resident.list',
    allow: [...WORKERS, 'gridB', 'street'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, who, w) => {
      expect(ids(page.items)).toEqual(who === 'gridB' ? [] : [w.recordId]);
      for (const r of page.items) expect(r).toMatchObject({ phone: '138******22', canAct: who !== 'street' });
    },
  }),
  row({
    action: 'resident.get',
    allow: [...WORKERS, 'street'],
    refuse: 'RESIDENT.NOT_FOUND',
    input: (w) => ({ residentId: w.recordId }),
    check: (d, who, w) => {
      expect(d.record).toMatchObject({ id: w.recordId, phone: '138******22', canAct: who !== 'street' });
      expect(d.audit.map((a) => a.action)).toEqual(['create']);
    },
  }),
  row({
    action: 'resident.revealPhone',
    allow: WORKERS,
    refuse: 'RESIDENT.NOT_FOUND',
    input: (w) => ({ residentId: w.recordId }),
    writes: true, // the reveal is audited
    check: (res) => expect(res).toEqual({ phone: '13811112222' }),
  }),
  row({
    action: 'resident.link',
    allow: WORKERS,
    refuse: 'RESIDENT.NOT_FOUND',
    input: (w) => ({ residentId: w.recordId, userId: w.ids.resident }),
    writes: true,
    check: (r, _who, w) => expect(r.linkedUserId).toBe(w.ids.resident),
  }),
  // 代点单 and 代评: by staff and the record's (the order's) grid worker.
  row({
    action: 'order.submitFor',
    allow: WORKERS,
    refuse: 'RESIDENT.NOT_FOUND',
    input: (w) => {
      const { communityId: _c, contactName: _n, contactPhone: _p, ...fields } = submission('authz-for');
      return { ...fields, residentId: w.recordId };
    },
    writes: true,
    to: 'submitted',
    check: (d, who, w) => {
      expect(d).toMatchObject({ recordId: w.recordId, contactPhone: '13811112222', placedBy: { userId: w.ids[who] } });
      expect(d.placedBy?.role).toBe(who === 'gridA' ? 'grid_worker' : who);
    },
  }),
  row({
    action: 'order.rateFor',
    on: 'awaiting_rating',
    allow: WORKERS,
    refuse: 'by-visibility',
    seen: ['staff', 'admin', 'street', 'gridA', 'member'], // the 代点单's: member did the work; no owner signs in
    input: (w) => ({ orderId: w.proxyId!, stars: 4, way: 'phone' }),
    writes: true,
    to: 'closed',
    check: (d, who, w) => expect(d.rating).toEqual({ stars: 4, comment: null, autoClosed: false, proxy: { by: w.ids[who], way: 'phone' } }),
  }),

  // 民情日记: staff of the community and the workers of the record's grid; anyone else finds no such record.
  row({
    action: 'visit.log',
    allow: WORKERS,
    refuse: 'RESIDENT.NOT_FOUND',
    input: (w) => ({ residentId: w.recordId, at: inDays(0), way: 'door', found: '上门看望，身体还好', needs: '想有人帮忙买菜' }),
    writes: true,
    check: (v, who, w) => expect(v).toMatchObject({ recordId: w.recordId, loggedBy: w.ids[who], way: 'door' }),
  }),
  row({
    action: 'visit.list',
    allow: WORKERS,
    refuse: 'RESIDENT.NOT_FOUND',
    input: (w) => ({ residentId: w.recordId }),
    check: (diary, _who, w) => {
      expect(ids(diary.items)).toEqual([w.visitId]);
      expect(diary.resident).toMatchObject({ residentId: w.recordId, schedule: { status: 'overdue', daysLeft: -13 } });
    },
  }),
  row({
    action: 'visit.due',
    allow: [...WORKERS, 'gridB'], // each their own grids: the record is in c1-g1
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, who, w) => {
      expect(page.items.map((v) => v.residentId)).toEqual(who === 'gridB' ? [] : [w.recordId]);
      for (const v of page.items) expect(v).not.toHaveProperty('phone');
    },
  }),
  row({
    action: 'visit.linkOrder',
    allow: WORKERS,
    refuse: 'VISIT.NOT_FOUND',
    input: (w) => ({ visitId: w.visitId, orderId: w.forId }),
    writes: true,
    check: (v, who, w) => expect(v).toMatchObject({ id: w.visitId, orderId: w.forId, orderLinkedBy: w.ids[who] }),
  }),

  // 三本帐 exports: staff of the community and the street above it; to anyone else a file does not exist.
  row({
    action: 'export.create',
    allow: [...STAFF, 'street'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ scope: { communityId: 'c1' }, kind: 'problems', from: inDays(-1), to: inDays(1) }),
    writes: true,
    // The main order, the side one and the 代点单 placed for the record.
    check: (out) => expect(out).toMatchObject({ rows: 3, name: expect.stringMatching(/^一号社区-问题帐-.+\.xlsx$/) }),
  }),
  row({
    action: 'export.create',
    on: 'closed',
    allow: ['street'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ scope: { streetId: 'st1' }, kind: 'hours', from: inDays(-1), to: inDays(1) }),
    writes: true,
    check: (out) => expect(out).toMatchObject({ rows: 1, name: expect.stringMatching(/^全街道-服务时长与积分-/) }),
  }),
  row({
    action: 'export.list',
    allow: [...STAFF, 'street'],
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ scope: { communityId: 'c1' } }),
    check: (list, _who, w) => expect(list.map((e) => [e.fileId, e.state, e.rows, e.byName])).toEqual([[w.exportFileId, 'done', 1, 'staff']]),
  }),
  row({
    action: 'export.url',
    allow: [...STAFF, 'street'],
    refuse: 'EXPORT.NOT_FOUND',
    input: (w) => ({ fileId: w.exportFileId }),
    check: (out) => expect(out).toEqual({ url: expect.stringMatching(/^\/files\/[0-9a-f-]{36}\.xlsx\?exp=\d+&sig=/), name: expect.stringMatching(/^一号社区-问题帐-/) }),
  }),

  // 微心愿: staff and c1's grid workers post; anyone of c1 (or the street above it) sees the wall; verified members and units claim; the
  // claimer delivers; staff confirm and repost. Outsiders are told the wish does not exist.
  row({
    action: 'wish.post',
    allow: [...WORKERS, 'gridB'], // a grid worker of any grid of c1 posts what they met on their rounds
    refuse: 'AUTH.FORBIDDEN',
    input: () => wishPost('新的心愿'),
    writes: true,
    check: (w) => expect(w).toMatchObject({ status: 'open', beneficiary: '一号社区 · 独居老人' }),
  }),
  row({
    action: 'wish.list',
    allow: C1_AND_STREET,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, who, w) => {
      expect(ids(page.items)).toEqual([w.wishId]);
      expect(page.items[0].actions).toEqual(['member', 'memberOther'].includes(who) ? ['claim'] : []);
    },
  }),
  row({
    action: 'wish.get',
    allow: C1_AND_STREET,
    refuse: 'WISH.NOT_FOUND',
    input: (w) => ({ wishId: w.wishId }),
    check: (v, who, w) => {
      expect(v.id).toBe(w.wishId);
      expect(v.actions).toEqual(['member', 'memberOther'].includes(who) ? ['claim'] : []);
    },
  }),
  row({
    action: 'wish.claim',
    allow: ['member', 'memberOther'],
    refuse: 'WISH.NOT_FOUND',
    except: { ...FORBIDDEN_IN_C1, pending: 'MEMBER.NOT_VERIFIED' },
    input: (w) => ({ wishId: w.wishId }),
    writes: true,
    check: (v, who) => expect(v).toMatchObject({ status: 'claimed', claimer: { kind: 'member', name: `党员${who}` } }),
  }),
  row({
    action: 'wish.release',
    wish: 'claimed',
    allow: ['member'],
    refuse: 'WISH.NOT_FOUND',
    except: FORBIDDEN_IN_C1,
    input: (w) => ({ wishId: w.wishId }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'open', claimer: null }),
  }),
  row({
    action: 'wish.deliver',
    wish: 'claimed',
    allow: ['member'],
    refuse: 'WISH.NOT_FOUND',
    except: FORBIDDEN_IN_C1,
    input: (w, who) => ({ wishId: w.wishId, note: '已送到老人家中', photos: [w.photos[who]] }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'delivered', delivery: { note: '已送到老人家中' } }),
  }),
  row({
    action: 'wish.confirm',
    wish: 'delivered',
    allow: STAFF,
    refuse: 'WISH.NOT_FOUND',
    except: FORBIDDEN_IN_C1,
    input: (w) => ({ wishId: w.wishId, thanks: '谢谢' }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'realised', thanks: '谢谢' }),
  }),
  row({
    action: 'wish.repost',
    wish: 'returned',
    allow: STAFF,
    refuse: 'WISH.NOT_FOUND', // a returned wish is staff's alone
    input: (w) => ({ wishId: w.wishId, releaseAt: new Date().toISOString(), deadline: inDays(7) }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'open', claimer: null }),
  }),
  row({
    action: 'wish.ranking',
    wish: 'realised',
    allow: C1_AND_STREET,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (r) => expect(r).toMatchObject({ members: [{ kind: 'member', name: '党员member', count: 1 }], units: [] }),
  }),
  // 议事: residents of c1 (and staff, as 党组织提议) raise; anyone of the street reads; residents of c1 co-sign
  // others' topics, co-signers withdraw and rate; staff take the meeting's steps.
  row({
    action: 'topic.raise',
    allow: ['owner', 'resident', ...STAFF],
    refuse: 'TOPIC.NOT_RESIDENT',
    input: () => ({ communityId: 'c1', level: 'community', title: '小区停车难', problem: '晚上车位不够，消防通道被占', place: '东门停车场' }),
    writes: true,
    check: (v, who) => expect(v).toMatchObject({ status: STAFF.includes(who) ? 'agenda' : 'collecting', raiserName: who }),
  }),
  row({
    action: 'topic.list',
    topic: 'collecting',
    allow: but('resident2', 'member2', 'staff2', 'street2', 'grid2'), // grid2 has no place in c1
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, who, w) => {
      expect(ids(page.items)).toEqual([w.topicId]);
      expect(page.items[0].actions).toEqual(who === 'resident' ? ['cosign'] : STAFF.includes(who) ? ['propose'] : []);
    },
  }),
  row({
    action: 'topic.get',
    topic: 'cosigned',
    allow: but('street2'),
    refuse: 'TOPIC.NOT_FOUND',
    input: (w) => ({ topicId: w.topicId }),
    check: (v, who) => expect(v).toMatchObject({ cosigns: 1, mine: { cosigned: who === 'resident', raised: who === 'owner' } }),
  }),
  row({
    action: 'topic.cosign',
    topic: 'collecting',
    allow: ['resident'],
    refuse: 'TOPIC.OTHER_COMMUNITY',
    except: { ...TOPIC_UNSEEN, owner: 'TOPIC.OWN' },
    input: (w) => ({ topicId: w.topicId }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ cosigns: 1, mine: { cosigned: true } }),
  }),
  row({
    action: 'topic.withdraw',
    topic: 'cosigned',
    allow: ['resident'],
    refuse: 'TOPIC.NOT_COSIGNED',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ cosigns: 0, mine: { cosigned: false } }),
  }),
  row({
    action: 'topic.propose',
    topic: 'collecting',
    allow: STAFF,
    refuse: 'TOPIC.STAFF_ONLY',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'agenda', proposed: true }),
  }),
  row({
    action: 'topic.schedule',
    topic: 'agenda',
    allow: STAFF,
    refuse: 'TOPIC.STAFF_ONLY',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId, at: inDays(1), place: '社区议事厅', invited: ['居民代表', '物业'] }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'scheduled', meeting: { place: '社区议事厅' } }),
  }),
  row({
    action: 'topic.minutes',
    topic: 'scheduled',
    allow: STAFF,
    refuse: 'TOPIC.STAFF_ONLY',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId, attendees: '居民代表5人', notes: '同意更换灯具' }),
    writes: true,
    check: (v) => expect(v.minutes).toEqual({ attendees: '居民代表5人', notes: '同意更换灯具' }),
  }),
  row({
    action: 'topic.decide',
    topic: 'scheduled',
    allow: STAFF,
    refuse: 'TOPIC.STAFF_ONLY',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId, adopted: true, text: '物业一周内更换' }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'decided', decision: { adopted: true } }),
  }),
  row({
    action: 'topic.linkOrder',
    topic: 'decided',
    allow: STAFF,
    refuse: 'TOPIC.STAFF_ONLY',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId, orderId: w.sideId }),
    writes: true,
    check: (v, _who, w) => expect(v.orders).toEqual([{ id: w.sideId, title: '需要帮助 side', status: 'submitted' }]),
  }),
  row({
    action: 'topic.publish',
    topic: 'decided',
    allow: STAFF,
    refuse: 'TOPIC.STAFF_ONLY',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId, outcome: '灯已换好' }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ status: 'published', outcome: '灯已换好' }),
  }),
  row({
    action: 'topic.rate',
    topic: 'published',
    allow: ['resident'],
    refuse: 'TOPIC.NOT_COSIGNER',
    except: TOPIC_UNSEEN,
    input: (w) => ({ topicId: w.topicId, stars: 4 }),
    writes: true,
    check: (v) => expect(v).toMatchObject({ rating: 4, ratingCount: 1, mine: { rating: 4 } }),
  }),
  // Partner units: anyone of c1 registers one; staff review it (the contact cannot); each sees their own.
  row({
    action: 'unit.register',
    allow: C1_AND_STREET,
    refuse: 'COMMUNITY.NOT_JOINED',
    input: () => ({ communityId: 'c1', name: '常州某科技公司', kind: 'private_firm', contactName: '王经理', phone: '13800002222' }),
    writes: true,
    check: (u, who, w) => expect(u).toMatchObject({ status: 'pending', contactIds: [w.ids[who]] }),
  }),
  row({
    action: 'unit.review',
    allow: STAFF,
    refuse: 'AUTH.FORBIDDEN',
    input: (w) => ({ unitId: w.unitId, decision: 'verify' }),
    writes: true,
    check: (u, _who, w) => expect(u).toMatchObject({ id: w.unitId, status: 'verified' }),
  }),
  row({
    action: 'unit.list',
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, who, w) => expect(ids(page.items)).toEqual(['staff', 'admin', 'resident'].includes(who) ? [w.unitId] : []),
  }),
  // 晒 board: anyone reads it, signed in or not, and sees no one's name, phone or door; staff of c1 moderate it.
  row({
    action: 'board.get',
    on: 'closed',
    wish: 'realised',
    open: true,
    allow: SIGNED_IN,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, _who, w) => {
      expect(page.items.map((i) => `${i.kind}:${i.id}`).sort()).toEqual([`order:${w.orderId}`, `wish:${w.wishId}`]);
      expect(page.items.find((i) => i.kind === 'order')).toMatchObject({ stars: 5, comment: null });
      expect(page.figures).toMatchObject({ month: expect.stringMatching(/^\d{4}-\d{2}$/) });
      const text = JSON.stringify(page);
      for (const secret of [PHONE, '13811112222', '张奶奶', '3栋', '2单元', '党员member', 'owner']) expect(text).not.toContain(secret);
    },
  }),
  row({
    action: 'board.review',
    on: 'closed',
    allow: STAFF,
    refuse: 'AUTH.FORBIDDEN',
    input: () => ({ communityId: 'c1' }),
    check: (page, _who, w) => expect(page.items).toEqual([expect.objectContaining({ id: w.orderId, hidden: false, pendingComment: '修得又快又好', commentApproved: false })]),
  }),
  row({
    action: 'board.hide',
    on: 'closed',
    allow: STAFF,
    refuse: 'AUTH.FORBIDDEN',
    input: (w) => ({ communityId: 'c1', kind: 'order', id: w.orderId, hidden: true }),
    writes: true,
    check: (r, _who, w) => expect(r).toEqual({ kind: 'order', id: w.orderId, hidden: true }),
  }),
  row({
    action: 'board.approveComment',
    on: 'closed',
    allow: STAFF,
    refuse: 'ORDER.NOT_FOUND',
    input: (w) => ({ orderId: w.orderId, approved: true }),
    writes: true,
    check: (r, _who, w) => expect(r).toEqual({ orderId: w.orderId, approved: true }),
  }),
];

/** The expected answer of one cell: 0, or the refusal. */
function expected(r: AnyRow, who: Who): 0 | Deny {
  if (who === 'anon' || who === 'forged') return r.open ? 0 : 'AUTH.REQUIRED';
  if (r.allow.includes(who)) return 0;
  const special = r.except?.[who];
  if (special) return special;
  if (r.refuse !== 'by-visibility') return r.refuse;
  return (r.seen ?? VIEWERS[r.on ?? 'submitted']).includes(who) ? 'AUTH.FORBIDDEN' : 'ORDER.NOT_FOUND';
}

const writesFor = (r: AnyRow, who: Signed) => (typeof r.writes === 'function' ? r.writes(who) : !!r.writes);

/** Refused callers first (they must change nothing), then allowed reads, then allowed writes. */
function callersInOrder(r: AnyRow): Who[] {
  const rank = (who: Who) => (expected(r, who) !== 0 ? 0 : who !== 'anon' && who !== 'forged' && writesFor(r, who) ? 2 : 1);
  return [...WHO, ...(r.ladder ? LADDER : [])].sort((a, b) => rank(a) - rank(b));
}

// ── the host, the clients, the seed and the snapshot ──────────────────────────────────────────────────────────

let host: TestHost;
let wechat: WechatStandIn;
const as = {} as Record<Exclude<Who, 'anon'>, Client>;

beforeAll(async () => {
  wechat = await wechatStandIn(); // for phone.decode
  host = await startTestHost({ wechat: wechat.settings });
  for (const who of [...SIGNED_IN, ...LADDER]) as[who] = await host.as(who);
  // Signed by a stranger, for staff of c1: the host must not believe it.
  as.forged = clientFor(host.url, 'staff', await tokens(new TextEncoder().encode('not-the-host-secret')).issue('staff'));
});
afterAll(async () => {
  await host.stop();
  await wechat.close();
});

async function callAs(who: Who, action: ActionName, data: unknown): Promise<Envelope<unknown>> {
  if (who !== 'anon') return as[who].call(action, data as Record<string, unknown>);
  const res = await fetch(`${host.url}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, data }),
  });
  return (await res.json()) as Envelope<unknown>;
}

/** Everyone, the c2 and side orders, and the main order brought to `on` by the people who would do it. */
async function seed(on: State, wishOn: WishStatus = 'open', topicOn?: TopicState): Promise<World> {
  await resetStore(host.store);
  const people = {} as Record<Signed, string>;
  for (const who of SIGNED_IN) {
    const [person, community, profile] = PEOPLE[who];
    people[who] = await makePerson(host.store, who, person, community, profile);
  }
  for (const d of DEPARTMENTS) await host.store.saveDepartment(d);
  for (const who of LADDER) people[who] = (await host.store.ensureUser(who, who)).id;
  await host.store.grantRole(people.streetAdmin, 'admin', { streetId: 'st1' });
  await host.store.grantRole(people.streetAdmin2, 'admin', { streetId: 'st2' });
  await host.store.setDepartmentStaff(people.dept, DEPARTMENTS[0], true);
  await host.store.setDepartmentStaff(people.dept2, DEPARTMENTS[1], true);

  const inC2 = submission('c2', { communityId: 'c2', categoryId: 'c2-k1', gridId: 'c2-g1' });
  const c2Id = (await as.resident2.ok('order.submit', inC2)).id;
  await as.staff2.ok('order.dispatch', { orderId: c2Id, deadline: inDays(3) });
  const sideId = (await as.resident.ok('order.submit', submission('side'))).id;
  const exportFileId = (await as.staff.ok('export.create', { scope: { communityId: 'c1' }, kind: 'problems', from: inDays(-1), to: inDays(1) })).fileId;
  const orderId = (await as.owner.ok('order.submit', submission('main'))).id;

  const past = (s: State) => STATES.indexOf(on) >= STATES.indexOf(s) && on !== 'assigned';
  if (on === 'assigned') await as.staff.ok('order.assign', { orderId, deadline: inDays(3), points: 10, memberId: people.member });
  if (past('open')) await as.staff.ok('order.dispatch', { orderId, deadline: inDays(3), points: 10 });
  if (past('in_progress')) await as.member.ok('order.claim', { orderId });
  if (on === 'escalated' || on === 'department') await as.staff.ok('order.escalate', { orderId, note: '需要街道协调', deadline: inDays(5) });
  if (on === 'department') await as.street.ok('order.toDepartment', { orderId, departmentId: 'st1-d1', deadline: inDays(3), note: '请城管中队处理' });
  if (past('awaiting_rating')) await as.member.ok('order.complete', { orderId, note: '已修好', hours: 2 });
  if (on === 'closed') await as.owner.ok('order.confirm', { orderId, stars: 5, comment: '修得又快又好' });
  if (on === 'team') {
    await as.staff.ok('order.dispatch', { orderId, deadline: inDays(3), points: 10, headcount: 2 });
    for (const m of [as.member, as.memberOther]) await m.ok('order.claim', { orderId });
    await as.member.ok('order.complete', { orderId, note: '我负责搬运', hours: 1 });
  }

  const record = { communityId: 'c1', name: '张奶奶', phone: '13811112222', gridId: 'c1-g1', tags: ['孤寡老人'] };
  const recordId = (await as.gridA.ok('resident.create', record)).id;
  let proxyId: string | null = null;
  if (on === 'awaiting_rating') {
    const { communityId: _c, contactName: _n, contactPhone: _p, ...fields } = submission('proxy');
    proxyId = (await as.gridA.ok('order.submitFor', { ...fields, residentId: recordId })).id;
    await as.staff.ok('order.dispatch', { orderId: proxyId, deadline: inDays(3), points: 10 });
    await as.member.ok('order.claim', { orderId: proxyId });
    await as.member.ok('order.complete', { orderId: proxyId, note: '已修好', hours: 2 });
  }

  const visitId = (await as.staff.ok('visit.log', { residentId: recordId, at: inDays(-20), way: 'phone', found: '电话联系，一切正常' })).id;
  const { communityId: _fc, contactName: _fn, contactPhone: _fp, ...forFields } = submission('for');
  const forId = (await as.gridA.ok('order.submitFor', { ...forFields, residentId: recordId })).id;

  const photos = {} as Record<Signed, string>;
  for (const who of [...SIGNED_IN, ...LADDER]) photos[who] = await photoOf(host.store, people[who]);
  const wishId = await wishAt(wishOn, photos.member);
  const unitId = (await as.resident.ok('unit.register', { communityId: 'c1', name: '爱心企业', kind: 'private_firm', contactName: '王经理', phone: '13800002222' })).id;
  const topicId = topicOn ? await topicAt(topicOn) : '';
  const world = { ids: people, orderId, sideId, c2Id, recordId, proxyId, visitId, forId, exportFileId, wishId, unitId, topicId, photos };
  const status = (await host.store.getOrder(orderId))!.status;
  if (status !== ({ team: 'in_progress', department: 'escalated' } as Partial<Record<State, string>>)[on] && status !== on) throw new Error(`seed for ${on} left the order ${status}`);
  return world;
}

/** A wish in c1 brought to `status` by staff and `member`; a returned one went back in a sweep past its deadline. */
async function wishAt(status: WishStatus, photo: string): Promise<string> {
  const deadline = status === 'returned' ? new Date(Date.now() + 60_000).toISOString() : inDays(7);
  const { id } = await as.staff.ok('wish.post', wishPost('想要一台收音机', { deadline }));
  if (status === 'returned') await sweep(host.store, new Date(Date.now() + 120_000));
  if (['claimed', 'delivered', 'realised'].includes(status)) await as.member.ok('wish.claim', { wishId: id });
  if (['delivered', 'realised'].includes(status)) await as.member.ok('wish.deliver', { wishId: id, note: '已送到', photos: [photo] });
  if (status === 'realised') await as.staff.ok('wish.confirm', { wishId: id });
  const now = (await host.store.getWish(id))!.status;
  if (now !== status) throw new Error(`seed for wish ${status} left it ${now}`);
  return id;
}

/** A topic `owner` raised in c1, co-signed by `resident` unless still plainly collecting, taken on by staff to `state`. */
async function topicAt(state: TopicState): Promise<string> {
  const { id } = await as.owner.ok('topic.raise', { communityId: 'c1', level: 'community', title: '楼道灯不亮', problem: '三号楼楼道灯坏了一个月', place: '三号楼' });
  if (state === 'collecting') return id;
  await as.resident.ok('topic.cosign', { topicId: id });
  const steps: [TopicState, () => Promise<unknown>][] = [
    ['agenda', () => as.staff.ok('topic.propose', { topicId: id })],
    ['scheduled', () => as.staff.ok('topic.schedule', { topicId: id, at: inDays(1), place: '社区议事厅', invited: ['居民代表'] })],
    ['decided', () => as.staff.ok('topic.decide', { topicId: id, adopted: true, text: '物业一周内更换' })],
    ['published', () => as.staff.ok('topic.publish', { topicId: id, outcome: '灯已换好' })],
  ];
  for (const [, step] of steps.slice(0, ['cosigned', 'agenda', 'scheduled', 'decided', 'published'].indexOf(state))) await step();
  return id;
}

const SNAPSHOT = {
  users: 'SELECT * FROM users ORDER BY id',
  role_grants: 'SELECT * FROM role_grants ORDER BY user_id, role, community_id, street_id',
  members: 'SELECT * FROM members ORDER BY user_id, community_id',
  orders: 'SELECT * FROM orders ORDER BY id',
  order_events: 'SELECT * FROM order_events ORDER BY id',
  claims: 'SELECT * FROM claims ORDER BY id',
  ledger: 'SELECT * FROM ledger ORDER BY id',
  notices: 'SELECT * FROM notices ORDER BY id',
  uploads: 'SELECT * FROM uploads ORDER BY file_id',
  resident_records: 'SELECT * FROM resident_records ORDER BY id',
  resident_audit: 'SELECT * FROM resident_audit ORDER BY id',
  visits: 'SELECT * FROM visits ORDER BY id',
  exports: 'SELECT * FROM exports ORDER BY id',
  wishes: 'SELECT * FROM wishes ORDER BY id',
  wish_holds: 'SELECT * FROM wish_holds ORDER BY claimer_key',
  units: 'SELECT * FROM units ORDER BY id',
  topics: 'SELECT * FROM topics ORDER BY id',
  topic_cosigns: 'SELECT * FROM topic_cosigns ORDER BY topic_id, user_id',
  communities: 'SELECT * FROM communities ORDER BY id',
  settings_audit: 'SELECT * FROM settings_audit ORDER BY id',
  categories: 'SELECT * FROM categories ORDER BY id',
  grids: 'SELECT * FROM grids ORDER BY id',
  board_marks: 'SELECT * FROM board_marks ORDER BY kind, item_id',
  departments: 'SELECT * FROM departments ORDER BY id',
};
type Snapshot = Record<keyof typeof SNAPSHOT, unknown[]>;

async function snapshot(): Promise<Snapshot> {
  const out = {} as Snapshot;
  for (const [table, sql] of Object.entries(SNAPSHOT)) out[table as keyof Snapshot] = await host.store.db.query(sql);
  return out;
}

/** The seeded world of the group of cells being played, while nothing has changed it. */
let current: { key: object; world: World; before: Snapshot } | null = null;

async function worldFor(key: object, on: State, wishOn?: WishStatus, topicOn?: TopicState) {
  if (current?.key !== key) {
    current = null;
    const world = await seed(on, wishOn, topicOn);
    current = { key, world, before: await snapshot() };
  }
  return current;
}

/** Plays one cell: the call, then the database compared with how the cell found it. */
async function play(key: object, on: State, who: Who, action: ActionName, input: (w: World, who: Signed) => unknown, wishOn?: WishStatus, topicOn?: TopicState) {
  const { world, before } = await worldFor(key, on, wishOn, topicOn);
  const res = await callAs(who, action, input(world, who as Signed));
  const after = await snapshot();
  const changed = JSON.stringify(after) !== JSON.stringify(before);
  if (changed) current = null; // the next cell reseeds
  else current!.before = after;
  return { res, world, before, after, changed };
}

// ── the cells ────────────────────────────────────────────────────────────────────────────────────────────────

test('the matrix has a row for every action in the registry', () => {
  expect([...new Set(ROWS.map((r) => r.action))].sort()).toEqual(Object.keys(ACTIONS).sort());
});

for (const r of ROWS) {
  describe(r.on ? `${r.action} @ ${r.on}` : r.action, () => {
    for (const who of callersInOrder(r)) {
      const want = expected(r, who);
      test(`${who} → ${want === 0 ? 'allowed' : want}`, async () => {
        const { res, world, before, after, changed } = await play(r, r.on ?? 'submitted', who, r.action, r.input, r.wish, r.topic);
        if (want !== 0) {
          expect(res).toMatchObject({ code: want });
          expect(res).not.toHaveProperty('data');
          expect(after).toEqual(before);
          return;
        }
        if (res.code !== 0) throw new Error(`${r.action} as ${who} refused: ${res.code} ${res.message}`);
        if (who !== 'anon' && who !== 'forged' && writesFor(r, who)) expect(changed).toBe(true);
        else expect(after).toEqual(before);
        if (r.to) expect((res.data as { status: OrderStatus }).status).toBe(r.to);
        r.check?.(res.data as never, who as Signed, world);
      });
    }
  });
}

// ── reaching past one's scope through the input ──────────────────────────────────────────────────────────────
// The callers above act on c1 from c1, c2 and st2. Here a rightful caller of c1 names something of c2 (or of
// nowhere) in the input: they are refused, and nothing changes. And identity never comes from the input.

interface Reach {
  who: Signed;
  action: ActionName;
  input: (w: World) => object;
  /** The main order's state (default: submitted). */
  on?: State;
  want: 0 | ErrorCode;
  why: string;
  check?: (data: never, w: World) => void;
}

const REACH: Reach[] = [
  {
    who: 'gridA', action: 'visit.due', want: 'AUTH.FORBIDDEN',
    why: 'lists the due visits of a grid they do not work',
    input: () => ({ communityId: 'c1', gridId: 'c1-g2' }),
  },
  {
    who: 'gridA', action: 'visit.due', want: 'AUTH.FORBIDDEN',
    why: "lists c2's due visits",
    input: () => ({ communityId: 'c2' }),
  },
  {
    who: 'staff', action: 'visit.due', want: 'GRID.NOT_FOUND',
    why: "lists the due visits of c2's grid in c1",
    input: () => ({ communityId: 'c1', gridId: 'c2-g1' }),
  },
  {
    who: 'gridA', action: 'visit.linkOrder', want: 'VISIT.ORDER_MISMATCH',
    why: "links the visit to a resident's own order, not placed for the record",
    input: (w) => ({ visitId: w.visitId, orderId: w.sideId }),
  },
  {
    who: 'gridA', action: 'visit.log', want: 'VISIT.IN_FUTURE',
    why: 'logs a visit for the day after tomorrow',
    input: (w) => ({ residentId: w.recordId, at: inDays(2), way: 'door', found: '上门看望' }),
  },
  {
    who: 'staff', action: 'export.create', want: 'AUTH.FORBIDDEN',
    why: "exports c2's 问题帐",
    input: () => ({ scope: { communityId: 'c2' }, kind: 'problems', from: inDays(-1), to: inDays(1) }),
  },
  {
    who: 'staff', action: 'export.create', want: 'AUTH.FORBIDDEN',
    why: 'exports the whole street (community staff are not street staff)',
    input: () => ({ scope: { streetId: 'st1' }, kind: 'steps', from: inDays(-1), to: inDays(1) }),
  },
  {
    who: 'staff', action: 'export.list', want: 'AUTH.FORBIDDEN',
    why: 'lists the exports of a community that does not exist',
    input: () => ({ scope: { communityId: 'nowhere' } }),
  },
  {
    who: 'staff', action: 'export.url', want: 'EXPORT.NOT_FOUND',
    why: 'asks for a file no export made (a photo id)',
    input: () => ({ fileId: '/files/00000000-0000-0000-0000-000000000000.png' }),
  },
  {
    who: 'resident', action: 'notice.read', want: 0,
    why: "marks staff's notices read by their ids: nothing of theirs changes",
    input: () => ({ ids: ['1', '2', '3'] }),
    check: (r: ActionOutput<'notice.read'>) => expect(r).toEqual({ unread: 0 }),
  },
  {
    who: 'staff', action: 'ledger.addManual', want: 'USER.NOT_FOUND',
    why: "credits c2's member in c1",
    input: (w) => ({ communityId: 'c1', memberId: w.ids.member2, points: 5, reason: '社区活动志愿服务' }),
  },
  {
    who: 'staff', action: 'ledger.addManual', want: 'DUTY.SELF_CREDIT',
    why: 'credits themself (separation of duties)',
    input: (w) => ({ communityId: 'c1', memberId: w.ids.staff, points: 5, reason: '社区活动志愿服务' }),
  },
  {
    who: 'staff', action: 'member.review', want: 'DUTY.SELF_REVIEW',
    why: 'verifies their own 报到 (separation of duties)',
    input: (w) => ({ communityId: 'c1', userId: w.ids.staff, decision: 'verify' }),
  },
  {
    who: 'admin', action: 'staff.grant', want: 'DUTY.SELF_GRANT',
    why: 'makes themself staff (separation of duties)',
    input: (w) => ({ communityId: 'c1', userId: w.ids.admin, role: 'staff' }),
  },
  {
    who: 'admin', action: 'grid.grant', want: 'DUTY.SELF_GRANT',
    why: 'makes themself 网格长 (separation of duties)',
    input: (w) => ({ communityId: 'c1', userId: w.ids.admin, role: 'grid_leader', gridIds: ['c1-g1'] }),
  },
  {
    who: 'staff', action: 'ledger.manualList', want: 'AUTH.FORBIDDEN',
    why: "lists c2's manual entries",
    input: () => ({ communityId: 'c2' }),
  },
  {
    who: 'resident', action: 'leaderboard.get', want: 'AUTH.FORBIDDEN',
    why: "reads st2's board",
    input: () => ({ scope: { streetId: 'st2' }, period: 'year' }),
  },
  {
    who: 'resident2', action: 'leaderboard.get', want: 0,
    why: "reads its own street's board, c1's members in it",
    on: 'closed',
    input: () => ({ scope: { streetId: 'st1' }, period: 'quarter' }),
    check: (b: ActionOutput<'leaderboard.get'>, w) =>
      expect(b.entries.map((e) => [e.card.memberId, e.communityName, e.points])).toEqual([[w.ids.member, expect.any(String), 10]]),
  },
  {
    who: 'staff', action: 'ledger.addManual', want: 'AUTH.FORBIDDEN',
    why: "credits c2's member in c2",
    input: (w) => ({ communityId: 'c2', memberId: w.ids.member2, points: 5, reason: '社区活动志愿服务' }),
  },
  {
    who: 'staff', action: 'member.review', want: 'USER.NOT_FOUND',
    why: "reviews c2's member as if in c1",
    input: (w) => ({ communityId: 'c1', userId: w.ids.member2, decision: 'reject', note: '不是本社区' }),
  },
  {
    who: 'staff', action: 'member.list', want: 'AUTH.FORBIDDEN',
    why: "lists c2's members",
    input: () => ({ communityId: 'c2' }),
  },
  {
    who: 'staff', action: 'member.list', want: 'AUTH.FORBIDDEN',
    why: 'lists a community that does not exist',
    input: () => ({ communityId: 'nowhere' }),
  },
  {
    who: 'staff', action: 'menu.saveCategory', want: 'AUTH.FORBIDDEN',
    why: "adds a category to c2's menu",
    input: () => ({ communityId: 'c2', category: { group: '生活服务', name: '管道疏通', basePoints: 5 } }),
  },
  {
    who: 'staff', action: 'menu.saveCategory', want: 'CATEGORY.NOT_FOUND',
    why: "changes c2's category through c1",
    input: () => ({ communityId: 'c1', category: { id: 'c2-k1', group: '生活服务', name: '管道疏通', basePoints: 5 } }),
  },
  {
    who: 'staff', action: 'grid.save', want: 'GRID.NOT_FOUND',
    why: "changes c2's grid through c1",
    input: () => ({ communityId: 'c1', grid: { id: 'c2-g1', name: '第三网格', households: 1, buildings: [] } }),
  },
  {
    who: 'admin', action: 'settings.update', want: 'AUTH.FORBIDDEN',
    why: "changes c2's settings",
    input: () => ({ communityId: 'c2', patch: { autoCloseDays: 10 } }),
  },
  {
    who: 'staff', action: 'settings.get', want: 'AUTH.FORBIDDEN',
    why: "reads c2's settings",
    input: () => ({ communityId: 'c2' }),
  },
  {
    who: 'staff', action: 'stats.community', want: 'AUTH.FORBIDDEN',
    why: "reads c2's figures",
    input: () => ({ communityId: 'c2', from: inDays(-30), to: inDays(1) }),
  },
  {
    who: 'street', action: 'stats.community', want: 0,
    why: "reads c2's figures (same street)",
    input: () => ({ communityId: 'c2', from: inDays(-30), to: inDays(1) }),
    check: (s: ActionOutput<'stats.community'>) => expect(s.communityId).toBe('c2'),
  },
  {
    who: 'street', action: 'stats.community', want: 'AUTH.FORBIDDEN',
    why: "reads c3's figures (another street)",
    input: () => ({ communityId: 'c3', from: inDays(-30), to: inDays(1) }),
  },
  {
    who: 'street', action: 'stats.street', want: 'AUTH.FORBIDDEN',
    why: "reads st2's figures (another street)",
    input: () => ({ streetId: 'st2', from: inDays(-30), to: inDays(1) }),
  },
  {
    who: 'staff', action: 'order.queue', want: 'AUTH.FORBIDDEN',
    why: "reads c2's queue",
    input: () => ({ communityId: 'c2', tab: 'open' }),
  },
  {
    who: 'street', action: 'order.queue', want: 0,
    why: "reads c2's queue (same street)",
    input: () => ({ communityId: 'c2', tab: 'open' }),
    check: (page: ActionOutput<'order.queue'>, w) => {
      expect(ids(page.items)).toEqual([w.c2Id]);
      expect(page.items[0].contactPhone).toBe(MASKED);
    },
  },
  {
    who: 'street', action: 'order.queue', want: 'AUTH.FORBIDDEN',
    why: "reads c3's queue (another street)",
    input: () => ({ communityId: 'c3', tab: 'open' }),
  },
  {
    who: 'street', action: 'order.queue', want: 'AUTH.FORBIDDEN',
    why: 'reads a community that does not exist',
    input: () => ({ communityId: 'nowhere', tab: 'open' }),
  },
  {
    who: 'street', action: 'order.detail', want: 0,
    why: "opens c2's order (same street), masked",
    input: (w) => ({ orderId: w.c2Id }),
    check: (d: ActionOutput<'order.detail'>) => expect(d.contactPhone).toBe(MASKED),
  },
  {
    who: 'staff', action: 'order.detail', want: 'ORDER.NOT_FOUND',
    why: "opens c2's order",
    input: (w) => ({ orderId: w.c2Id }),
  },
  {
    who: 'member', action: 'order.detail', want: 'ORDER.NOT_FOUND',
    why: "opens c2's open order",
    input: (w) => ({ orderId: w.c2Id }),
  },
  {
    who: 'member', action: 'order.claim', want: 'ORDER.NOT_FOUND',
    why: "claims c2's open order",
    input: (w) => ({ orderId: w.c2Id }),
  },
  {
    who: 'member', action: 'order.pool', want: 'AUTH.FORBIDDEN',
    why: "browses c2's pool",
    input: () => ({ communityId: 'c2' }),
  },
  {
    who: 'staff', action: 'order.assign', want: 'ORDER.ASSIGNEE_INVALID',
    why: "assigns to c2's member",
    input: (w) => ({ orderId: w.orderId, deadline: inDays(3), memberId: w.ids.member2 }),
  },
  {
    who: 'staff', action: 'order.assign', want: 'ORDER.ASSIGNEE_INVALID',
    why: 'assigns to a pending member',
    input: (w) => ({ orderId: w.orderId, deadline: inDays(3), memberId: w.ids.pending }),
  },
  {
    who: 'staff', action: 'order.reassign', on: 'in_progress', want: 'ORDER.ASSIGNEE_INVALID',
    why: "reassigns to c2's member",
    input: (w) => ({ orderId: w.orderId, memberId: w.ids.member2 }),
  },
  {
    who: 'staff', action: 'order.reassign', on: 'in_progress', want: 'ORDER.ASSIGNEE_INVALID',
    why: 'reassigns to a pending member',
    input: (w) => ({ orderId: w.orderId, memberId: w.ids.pending }),
  },
  {
    who: 'staff', action: 'order.reassign', on: 'in_progress', want: 'ORDER.SAME_ASSIGNEE',
    why: 'reassigns to the member already doing it',
    input: (w) => ({ orderId: w.orderId, memberId: w.ids.member }),
  },
  {
    who: 'staff', action: 'order.recall', on: 'in_progress', want: 'ORDER.NOT_HOLDER',
    why: 'recalls a member who does not hold the order',
    input: (w) => ({ orderId: w.orderId, memberId: w.ids.memberOther, reason: '长时间没有进展' }),
  },
  {
    who: 'staff', action: 'order.recall', on: 'in_progress', want: 'ORDER.NOT_HOLDER',
    why: "recalls c2's member",
    input: (w) => ({ orderId: w.orderId, memberId: w.ids.member2, reason: '长时间没有进展' }),
  },
  {
    who: 'staff', action: 'order.extend', on: 'in_progress', want: 'ORDER.DEADLINE_PAST',
    why: 'extends the deadline into the past',
    input: (w) => ({ orderId: w.orderId, deadline: inDays(-1), reason: '配件需要调货' }),
  },
  {
    who: 'staff', action: 'order.extend', on: 'in_progress', want: 'ORDER.DEADLINE_NOT_LATER',
    why: 'extends the deadline to before the one it has',
    input: (w) => ({ orderId: w.orderId, deadline: inDays(1), reason: '配件需要调货' }),
  },
  {
    who: 'staff', action: 'order.urge', want: 'ORDER.INVALID_TRANSITION',
    why: 'urges an order nobody works on yet',
    input: (w) => ({ orderId: w.orderId, note: '请尽快' }),
  },
  {
    who: 'staff', action: 'order.urge', want: 'ORDER.NOT_FOUND',
    why: "urges c2's order",
    input: (w) => ({ orderId: w.c2Id, note: '请尽快' }),
  },
  {
    who: 'staff', action: 'order.dispatch', want: 'CATEGORY.NOT_FOUND',
    why: "dispatches under c2's category",
    input: (w) => ({ orderId: w.orderId, deadline: inDays(3), categoryId: 'c2-k1' }),
  },
  {
    who: 'staff', action: 'order.dispatch', want: 'TEAM.NOT_FOUND',
    why: "limits the pool to c2's team",
    input: (w) => ({ orderId: w.orderId, deadline: inDays(3), poolLimit: { teamId: 'c2-t1' } }),
  },
  {
    who: 'staff', action: 'order.dispatch', want: 'GRID.NOT_FOUND',
    why: "limits the pool to c2's grid",
    input: (w) => ({ orderId: w.orderId, deadline: inDays(3), poolLimit: { gridIds: ['c2-g1'] } }),
  },
  {
    who: 'owner', action: 'order.submit', want: 'CATEGORY.NOT_FOUND',
    why: "orders in c1 under c2's category",
    input: () => submission('x', { categoryId: 'c2-k1' }),
  },
  {
    who: 'owner', action: 'order.submit', want: 'GRID.NOT_FOUND',
    why: "orders in c1 in c2's grid",
    input: () => submission('x', { gridId: 'c2-g1' }),
  },
  {
    who: 'owner', action: 'order.submit', want: 'COMMUNITY.NOT_JOINED',
    why: 'orders in c2 without joining it',
    input: () => submission('x', { communityId: 'c2', categoryId: 'c2-k1', gridId: 'c2-g1' }),
  },
  {
    who: 'resident', action: 'member.register', want: 'TEAM.NOT_FOUND',
    why: "registers in c1 with c2's team",
    input: () => ({ communityId: 'c1', realName: '张三丰', phone: '13800001234', workUnit: '单位', branch: '支部', teamId: 'c2-t1' }),
  },
  {
    who: 'admin', action: 'staff.grant', want: 'AUTH.FORBIDDEN',
    why: 'makes staff in c2',
    input: (w) => ({ communityId: 'c2', userId: w.ids.resident, role: 'staff' }),
  },
  {
    who: 'staff', action: 'staff.grant', want: 'AUTH.FORBIDDEN',
    why: 'makes themself admin',
    input: (w) => ({ communityId: 'c1', userId: w.ids.staff, role: 'admin' }),
  },
  {
    who: 'street', action: 'staff.grant', want: 'AUTH.FORBIDDEN',
    why: 'makes staff in c1 (street staff are not admins)',
    input: (w) => ({ communityId: 'c1', userId: w.ids.resident, role: 'staff' }),
  },
  {
    who: 'gridA', action: 'order.queue', want: 'AUTH.FORBIDDEN',
    why: "reads c2's queue",
    input: () => ({ communityId: 'c2', tab: 'open' }),
  },
  {
    who: 'gridA', action: 'order.dispatch', want: 'ORDER.NOT_FOUND',
    why: "dispatches c2's order",
    input: (w) => ({ orderId: w.c2Id, deadline: inDays(3) }),
  },
  {
    who: 'gridA', action: 'resident.create', want: 'AUTH.FORBIDDEN',
    why: 'records a resident in the other grid of c1',
    input: () => ({ communityId: 'c1', name: '李奶奶', phone: '13700002222', gridId: 'c1-g2', tags: [] }),
  },
  {
    who: 'gridA', action: 'resident.create', want: 'AUTH.FORBIDDEN',
    why: "records a resident in c2's grid",
    input: () => ({ communityId: 'c2', name: '李奶奶', phone: '13700002222', gridId: 'c2-g1', tags: [] }),
  },
  {
    who: 'staff', action: 'resident.create', want: 'GRID.NOT_FOUND',
    why: "records a resident of c1 in c2's grid",
    input: () => ({ communityId: 'c1', name: '李奶奶', phone: '13700002222', gridId: 'c2-g1', tags: [] }),
  },
  {
    who: 'gridA', action: 'resident.update', want: 'AUTH.FORBIDDEN',
    why: 'moves the record to the other grid of c1',
    input: (w) => ({ residentId: w.recordId, version: 1, gridId: 'c1-g2' }),
  },
  {
    who: 'gridA', action: 'order.submitFor', want: 'RESIDENT.NOT_FOUND',
    why: 'places a 代点单 for the record as if in c2',
    input: (w) => {
      const { contactName: _n, contactPhone: _p, ...fields } = submission('reach', { communityId: 'c2' });
      return { ...fields, residentId: w.recordId };
    },
  },
  {
    who: 'gridA', action: 'resident.list', want: 0,
    why: 'lists the other grid of c1 by naming it: gets nothing',
    input: () => ({ communityId: 'c1', gridId: 'c1-g2' }),
    check: (page: ActionOutput<'resident.list'>) => expect(page.items).toEqual([]),
  },
  {
    who: 'gridA', action: 'resident.link', want: 'USER.NOT_FOUND',
    why: "links the record to c2's resident",
    input: (w) => ({ residentId: w.recordId, userId: w.ids.resident2 }),
  },
  {
    who: 'gridA', action: 'order.rateFor', want: 'ORDER.NOT_PROXY',
    on: 'awaiting_rating',
    why: "rates the resident's own order for them",
    input: (w) => ({ orderId: w.orderId, stars: 5, way: 'phone' }),
  },
  {
    who: 'resident', action: 'session.me', want: 0,
    why: 'names another user in the input, and is still themself',
    input: (w) => ({ openid: 'staff', userId: w.ids.staff }),
    check: (me: ActionOutput<'session.me'>, w) => expect(me.userId).toBe(w.ids.resident),
  },
  {
    who: 'memberOther', action: 'member.me', want: 0,
    why: "asks for another member's profile by id, and gets their own",
    input: (w) => ({ communityId: 'c1', userId: w.ids.member }),
    check: (m: ActionOutput<'member.me'>, w) => expect(m?.userId).toBe(w.ids.memberOther),
  },
  {
    who: 'memberOther', action: 'ledger.mine', on: 'closed', want: 0,
    why: "asks for the member's ledger by id, and gets their own (empty)",
    input: (w) => ({ communityId: 'c1', memberId: w.ids.member, userId: w.ids.member }),
    check: (l: ActionOutput<'ledger.mine'>) => expect(l).toMatchObject({ points: 0, entries: { items: [] } }),
  },
  {
    who: 'member', action: 'order.myClaims', on: 'closed', want: 0,
    why: 'lists done claims: their own only',
    input: () => ({ state: 'done', memberId: 'someone-else' }),
    check: (page: ActionOutput<'order.myClaims'>, w) => expect(ids(page.items)).toEqual([w.orderId]),
  },
  {
    who: 'staff', action: 'board.hide', on: 'closed', want: 'BOARD.NOT_FOUND',
    why: "hides c2's order through c1's board",
    input: (w) => ({ communityId: 'c1', kind: 'order', id: w.c2Id, hidden: true }),
  },
  {
    who: 'staff', action: 'board.hide', on: 'closed', want: 'BOARD.NOT_FOUND',
    why: 'hides an order not finished yet (not on the board)',
    input: (w) => ({ communityId: 'c1', kind: 'order', id: w.sideId, hidden: true }),
  },
  {
    who: 'staff', action: 'board.hide', on: 'closed', want: 'AUTH.FORBIDDEN',
    why: "hides an item on c2's board",
    input: (w) => ({ communityId: 'c2', kind: 'order', id: w.c2Id, hidden: true }),
  },
  {
    who: 'staff', action: 'board.approveComment', want: 'BOARD.NO_COMMENT',
    why: 'approves the comment of an order nobody rated yet',
    input: (w) => ({ orderId: w.orderId, approved: true }),
  },
  {
    who: 'staff', action: 'board.approveComment', on: 'closed', want: 'ORDER.NOT_FOUND',
    why: "approves a comment on c2's order",
    input: (w) => ({ orderId: w.c2Id, approved: true }),
  },
];

describe("reaching past one's scope through the input", () => {
  const keys = Object.fromEntries(STATES.map((s) => [s, {}])) as Record<State, object>;
  for (const c of REACH) {
    test(`${c.who} ${c.why} → ${c.want === 0 ? 'allowed' : c.want}`, async () => {
      const on = c.on ?? 'submitted';
      const { res, world, before, after } = await play(keys[on], on, c.who, c.action, c.input);
      expect(res).toMatchObject({ code: c.want });
      expect(after).toEqual(before);
      if (res.code === 0) c.check?.(res.data as never, world);
    });
  }
});
