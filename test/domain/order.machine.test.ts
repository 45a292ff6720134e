/**
 * The order workflow as a caller meets it: decide() and availableCommands(), cell by cell. Pure: no store, no I/O,
 * and the clock is whatever ctx.now says.
 *
 * SPEC below restates the 三单制 transition table by hand, on purpose independent of cloud/domain/order.machine.ts:
 * the machine's behaviour is compared with it, so a cell added, dropped, re-pointed or opened to another relation
 * in the machine fails here instead of being silently adopted by the test.
 */
import {
  ORDER_STATUSES,
  type Category,
  type Community,
  type Holder,
  type MemberProfile,
  type MemberStatus,
  type Order,
  type OrderCommand,
  type OrderStatus,
  type PoolLimit,
  type RoleGrant,
} from '../../types/domain';
import type { ErrorCode } from '../../types/errors';
import type { UserCommand } from '../../types/views';
import { relationsOf, SYSTEM_CALLER, type Caller, type Relation } from '../../cloud/domain/access';
import { DomainError } from '../../cloud/domain/domain.error';
import type { Command, CommandOf, DispatchPlan } from '../../cloud/domain/order.commands';
import { newOrder, type Submission } from '../../cloud/domain/order.create';
import { availableCommands, decide, type Decision } from '../../cloud/domain/order.decide';
import type { DecideContext } from '../../cloud/domain/order.guards';
import { isOverdue } from '../../cloud/domain/policies';

// ───────────────────────────── time ─────────────────────────────

const NOW = new Date('2026-03-01T02:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An instant relative to NOW. */
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();
const FUTURE = at(3 * DAY);
const PAST = at(-HOUR);

// ───────────────────────────── people ─────────────────────────────

function grant(
  role: RoleGrant['role'],
  scope: { communityId?: string; streetId?: string; memberStatus?: MemberStatus; gridId?: string; departmentId?: string },
): RoleGrant {
  const g: RoleGrant = { role, communityId: scope.communityId ?? null, streetId: scope.streetId ?? null, memberStatus: scope.memberStatus ?? null };
  return scope.gridId ? { ...g, gridId: scope.gridId } : scope.departmentId ? { ...g, departmentId: scope.departmentId } : g;
}

function profile(userId: string, over: Partial<MemberProfile> = {}): MemberProfile {
  return {
    userId,
    communityId: 'c1',
    realName: `党员${userId}`,
    phone: '13900001111',
    workUnit: '某单位',
    branch: '第一支部',
    notifyPool: false,
    skills: ['助老'],
    teamId: 'c1-t1',
    gridId: 'c1-g1',
    status: 'verified',
    reviewNote: null,
    createdAt: at(-30 * DAY),
    ...over,
  };
}

function memberCaller(userId: string, over: Partial<MemberProfile> = {}): Caller {
  const m = profile(userId, over);
  return { userId, name: m.realName, roles: [grant('member', { communityId: m.communityId, memberStatus: m.status })], member: m };
}

/** One person per way of standing towards order `o1` of community c1 (street st1). */
const PEOPLE = {
  owner: { userId: 'u-owner', name: '王阿姨', roles: [grant('resident', { communityId: 'c1' })], member: null },
  neighbour: { userId: 'u-neighbour', name: '李大爷', roles: [grant('resident', { communityId: 'c1' })], member: null },
  staff: { userId: 'u-staff', name: '社区小张', roles: [grant('staff', { communityId: 'c1' })], member: null },
  admin: { userId: 'u-admin', name: '书记', roles: [grant('admin', { communityId: 'c1' })], member: null },
  street: { userId: 'u-street', name: '街道老赵', roles: [grant('street_staff', { streetId: 'st1' })], member: null },
  member: memberCaller('u-member'),
  holder: memberCaller('u-holder'),
  assignee: memberCaller('u-assignee'),
  pending: memberCaller('u-pending', { status: 'pending' }),
  otherStaff: { userId: 'u-staff-c2', name: '二社区', roles: [grant('staff', { communityId: 'c2' })], member: null },
  otherStreet: { userId: 'u-street-st2', name: '二街道', roles: [grant('street_staff', { streetId: 'st2' })], member: null },
  gridWorker: { userId: 'u-grid', name: '网格员小赵', roles: [grant('grid_worker', { communityId: 'c1', gridId: 'c1-g1' })], member: null },
  gridLeader: { userId: 'u-grid-lead', name: '网格长老孙', roles: [grant('grid_leader', { communityId: 'c1', gridId: 'c1-g1' })], member: null },
  otherGrid: { userId: 'u-grid-g2', name: '二网格', roles: [grant('grid_worker', { communityId: 'c1', gridId: 'c1-g2' })], member: null },
  otherCommunityGrid: { userId: 'u-grid-c2', name: '二社区网格', roles: [grant('grid_worker', { communityId: 'c2', gridId: 'c2-g1' })], member: null },
  department: { userId: 'u-dept', name: '城管小刘', roles: [grant('department_staff', { streetId: 'st1', departmentId: 'd1' })], member: null },
  otherDepartment: { userId: 'u-dept-2', name: '住建小王', roles: [grant('department_staff', { streetId: 'st1', departmentId: 'd2' })], member: null },
  system: SYSTEM_CALLER,
} satisfies Record<string, Caller>;

type Persona = keyof typeof PEOPLE;
const PERSONAS = Object.keys(PEOPLE) as Persona[];

/**
 * The relations each person should have to an order, stated by hand (not via relationsOf) so the fixtures are
 * checked against access.ts rather than borrowed from it.
 */
function expectedRelations(p: Persona, o: Order): Relation[] {
  switch (p) {
    case 'owner':
      return ['owner'];
    case 'staff':
    case 'admin':
      return ['staff'];
    case 'street':
      return ['street'];
    case 'gridWorker':
    case 'gridLeader':
      return o.gridId === 'c1-g1' ? ['grid'] : [];
    case 'member':
      return ['member'];
    case 'holder':
      return o.holders.some((h) => h.memberId === 'u-holder') ? ['member', 'holder'] : ['member'];
    case 'assignee':
      return o.status === 'assigned' && o.assigneeId === 'u-assignee' ? ['member', 'assignee'] : ['member'];
    case 'system':
      return ['system'];
    case 'department':
      return o.department?.departmentId === 'd1' ? ['department'] : [];
    default:
      return []; // a neighbour, a pending member, staff, street and grid workers of somewhere else
  }
}

/** Who acts for a relation in the happy path (the member relation is played by someone not yet holding). */
const ACTING: Record<Relation, Persona[]> = {
  owner: ['owner'],
  staff: ['staff', 'admin'],
  street: ['street'],
  grid: ['gridWorker', 'gridLeader'],
  member: ['member'],
  holder: ['holder'],
  assignee: ['assignee'],
  department: ['department'],
  system: ['system'],
};

// ───────────────────────────── orders ─────────────────────────────

const holding = (...memberIds: string[]): Holder[] =>
  memberIds.map((memberId, i) => ({ memberId, name: `党员${memberId}`, claimedAt: at(-DAY + i * HOUR), progressAt: null, remindedAt: null, part: null }));

/** Claims reminded two hours ago and still without progress: what claim_timeout looks for. */
const remindedLongAgo = (...memberIds: string[]): Holder[] => holding(...memberIds).map((h) => ({ ...h, remindedAt: at(-2 * HOUR) }));

/** A holder's own part, as reported an hour ago. */
const PART = { note: '我负责搬运', photos: ['r0.jpg'], hours: 1, at: at(-HOUR) };

/** Holders of whom those named in `done` have reported their part. */
const withParts = (memberIds: string[], done: string[]): Holder[] =>
  holding(...memberIds).map((h) => (done.includes(h.memberId) ? { ...h, part: PART } : h));

/** A complete order, fresh from 群众点单, with overrides. */
function buildOrder(over: Partial<Order> = {}): Order {
  return {
    id: 'o1',
    communityId: 'c1',
    streetId: 'st1',
    gridId: 'c1-g1',
    residentId: 'u-owner',
    recordId: null,
    placedBy: null,
    categoryId: 'c1-k1',
    title: '水管漏水',
    description: '厨房水管漏水，老人行动不便',
    photos: [],
    address: { building: '3栋', unit: '2单元', room: '501' },
    preferredTime: null,
    contactName: '王阿姨',
    contactPhone: '13912345678',
    urgency: 'normal',
    answers: {},
    status: 'submitted',
    priority: 'normal',
    deadline: null,
    headcount: 1,
    points: 10,
    mode: null,
    poolLimit: null,
    assigneeId: null,
    holders: [],
    escalationNote: null,
    department: null,
    completedAt: null,
    serviceHours: null,
    rating: null,
    overdueAt: null,
    urgedAt: null,
    assignedAt: null,
    acceptBy: at(-2 * DAY + DAY),
    acceptOverdueAt: null,
    createdAt: at(-2 * DAY),
    updatedAt: at(-2 * DAY),
    closedAt: null,
    version: 3,
    ...over,
  };
}

/** A typical order in each status, as the workflow would have left it. */
const TYPICAL: Record<OrderStatus, Partial<Order>> = {
  submitted: {},
  open: { mode: 'pool', deadline: FUTURE, headcount: 2, holders: holding('u-holder') },
  assigned: { mode: 'assign', deadline: FUTURE, assigneeId: 'u-assignee' },
  in_progress: { mode: 'pool', deadline: FUTURE, holders: holding('u-holder') },
  escalated: { mode: 'pool', deadline: FUTURE, escalationNote: '需要街道协调' },
  awaiting_rating: { mode: 'pool', deadline: FUTURE, holders: holding('u-holder'), completedAt: at(-HOUR), serviceHours: 2 },
  closed: {
    mode: 'pool',
    deadline: FUTURE,
    holders: holding('u-holder'),
    completedAt: at(-2 * HOUR),
    serviceHours: 2,
    rating: { stars: 5, comment: null, autoClosed: false },
    closedAt: at(-HOUR),
  },
  rejected: { closedAt: at(-HOUR) },
  cancelled: { closedAt: at(-HOUR) },
};

/** Sent by the street to department d1 yesterday, still with it, its deadline two days ahead. */
const WITH_DEPT: Order['department'] = { departmentId: 'd1', name: '城管中队', deadline: at(2 * DAY), sentAt: at(-DAY), overdueAt: null, outcome: null, endedAt: null };
const DEPT = { id: 'd1', streetId: 'st1', name: '城管中队', contactName: '刘队', contactPhone: '13900002222', active: true };

const orderIn = (status: OrderStatus, over: Partial<Order> = {}): Order => buildOrder({ ...TYPICAL[status], status, ...over });

/** Past its deadline and its 受理时限, neither yet marked: what the sweep looks for. */
const PAST_DUE: Partial<Order> = { deadline: PAST, overdueAt: null, acceptBy: PAST, acceptOverdueAt: null };

// ───────────────────────────── commands ─────────────────────────────

const PLAN: DispatchPlan = { categoryId: 'c1-k2', priority: 'high', deadline: FUTURE, headcount: 2, points: 12, poolLimit: null };

/** A command of each kind whose own input is acceptable; the mapped type makes a missing command a compile error. */
const VALID: { [T in OrderCommand]: CommandOf<T> } = {
  cancel: { type: 'cancel', reason: '不需要了' },
  reject: { type: 'reject', reason: '不属于服务范围', referral: '请拨打12345' },
  dispatch: { type: 'dispatch', plan: PLAN },
  assign: { type: 'assign', plan: PLAN, assignee: PEOPLE.assignee.member },
  accept: { type: 'accept' },
  decline: { type: 'decline', reason: '本周出差' },
  claim: { type: 'claim', activeClaims: 0, maxActiveClaims: 3 },
  release: { type: 'release', reason: '临时有事' },
  escalate: { type: 'escalate', note: '需要街道协调', deadline: at(5 * DAY), photos: ['e.jpg'] },
  street_resolve: { type: 'street_resolve', note: '街道已协调解决', photos: ['s.jpg'] },
  street_return: { type: 'street_return', note: '请社区继续跟进', photos: [] },
  progress: { type: 'progress', note: '已上门查看', photos: ['p.jpg'] },
  complete: { type: 'complete', note: '已修好', photos: ['c.jpg'], hours: 2, photoRequired: true },
  report_part: { type: 'report_part', note: '我负责清运', photos: ['r.jpg'], hours: 1.5, photoRequired: true },
  close_team: { type: 'close_team', reason: '张三临时住院，由社区代为结单' },
  confirm: { type: 'confirm', stars: 5, comment: '非常感谢' },
  rate_for: { type: 'rate_for', stars: 4, comment: '电话里说很满意', way: 'phone' },
  reopen: { type: 'reopen', reason: '又漏了' },
  visit: { type: 'visit', note: '电话回访', satisfied: true, photos: [] },
  survey: { type: 'survey', reached: true, stars: 5, note: '居民很满意' },
  auto_close: { type: 'auto_close' },
  mark_overdue: { type: 'mark_overdue' },
  assign_timeout: { type: 'assign_timeout' },
  accept_overdue: { type: 'accept_overdue' },
  urge: { type: 'urge', note: '请今天之内上门' },
  extend: { type: 'extend', deadline: at(5 * DAY), reason: '配件需要调货' },
  recall: { type: 'recall', memberId: null, reason: '长时间没有进展' },
  reassign: { type: 'reassign', assignee: PEOPLE.member.member, note: '改派就近党员' },
  claim_remind: { type: 'claim_remind', memberId: 'u-holder', idleBefore: at(-HOUR) },
  claim_timeout: { type: 'claim_timeout', memberId: 'u-holder', remindedBefore: at(-HOUR) },
  to_department: { type: 'to_department', department: DEPT, deadline: at(2 * DAY), note: '请城管中队清理占道' },
  dept_progress: { type: 'dept_progress', note: '已到现场查看', photos: ['d.jpg'] },
  dept_resolve: { type: 'dept_resolve', note: '已清理完毕', photos: ['d2.jpg'] },
  dept_return: { type: 'dept_return', note: '不属于本部门职责', photos: [] },
  dept_overdue: { type: 'dept_overdue' },
};
const ALL_COMMANDS = Object.keys(VALID) as OrderCommand[];
const SYSTEM_COMMANDS: OrderCommand[] = ['auto_close', 'mark_overdue', 'assign_timeout', 'accept_overdue', 'claim_remind', 'claim_timeout', 'dept_overdue'];
const USER_COMMANDS = ALL_COMMANDS.filter((c): c is UserCommand => !SYSTEM_COMMANDS.includes(c));

// ───────────────────────────── helpers ─────────────────────────────

const ctxOf = (caller: Caller, now: Date = NOW): DecideContext => ({ now, caller });

const decideAs = (who: Persona | Caller, order: Order, cmd: Command, now: Date = NOW): Decision =>
  decide(order, cmd, ctxOf(typeof who === 'string' ? PEOPLE[who] : who, now));

/** The code decide() refuses with, or 'ok'. Anything but a DomainError is a crash and fails the test. */
function outcome(run: () => unknown): ErrorCode | 'ok' {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

/** decide() must not touch what the store handed it: freeze the whole order so any write throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const sorted = <T extends string>(xs: readonly T[]) => [...xs].sort();

// ───────────────────────────── the table, restated ─────────────────────────────

interface Branch {
  when: string;
  order: Partial<Order>;
  to: OrderStatus;
}
interface Cell {
  /** Any one of these may give it. */
  by: Relation | Relation[];
  /** What the order must look like for the guards to pass, on top of TYPICAL. */
  order?: Partial<Order>;
  /** Fixed, or one branch per way the next status is derived from the order. */
  to: OrderStatus | Branch[];
}

/** Order work of the community: its staff and the grid workers of the order's grid. */
const STAFF: Relation[] = ['staff', 'grid'];
const escalateCell: Cell = { by: STAFF, to: 'escalated' };
const overdueCell = (status: OrderStatus): Cell => ({ by: 'system', order: PAST_DUE, to: status });

const SPEC: Record<OrderStatus, Partial<Record<OrderCommand, Cell>>> = {
  submitted: {
    cancel: { by: 'owner', to: 'cancelled' },
    reject: { by: STAFF, to: 'rejected' },
    dispatch: { by: STAFF, to: 'open' },
    assign: { by: STAFF, to: 'assigned' },
    escalate: escalateCell,
    mark_overdue: overdueCell('submitted'),
    accept_overdue: { by: 'system', order: PAST_DUE, to: 'submitted' },
  },
  open: {
    cancel: { by: 'owner', order: { holders: [] }, to: 'cancelled' },
    claim: {
      by: 'member',
      to: [
        { when: 'the last free slot', order: { headcount: 2, holders: holding('u-holder') }, to: 'in_progress' },
        { when: 'the only slot', order: { headcount: 1, holders: [] }, to: 'in_progress' },
        { when: 'slots left after it', order: { headcount: 3, holders: holding('u-holder') }, to: 'open' },
      ],
    },
    release: { by: 'holder', to: 'open' },
    progress: { by: 'holder', to: 'open' },
    // One person's order only: a team order's holders each report their part.
    complete: { by: 'holder', order: { headcount: 1 }, to: 'awaiting_rating' },
    report_part: {
      by: 'holder',
      to: [
        { when: 'every other holder reported', order: { headcount: 3, holders: withParts(['u-holder', 'u-other'], ['u-other']) }, to: 'awaiting_rating' },
        { when: 'another holder has not reported', order: { headcount: 3, holders: withParts(['u-holder', 'u-other'], []) }, to: 'open' },
      ],
    },
    close_team: { by: STAFF, order: { holders: withParts(['u-holder', 'u-other'], ['u-other']) }, to: 'awaiting_rating' },
    escalate: escalateCell,
    mark_overdue: overdueCell('open'),
    urge: { by: STAFF, to: 'open' },
    extend: { by: STAFF, to: 'open' },
    recall: { by: STAFF, to: 'open' },
    reassign: { by: STAFF, order: { headcount: 1, holders: [] }, to: 'assigned' },
    claim_remind: { by: 'system', to: 'open' },
    claim_timeout: { by: 'system', order: { holders: remindedLongAgo('u-holder') }, to: 'open' },
  },
  assigned: {
    cancel: { by: 'owner', to: 'cancelled' },
    accept: { by: 'assignee', to: 'in_progress' },
    decline: { by: 'assignee', to: 'submitted' },
    escalate: escalateCell,
    mark_overdue: overdueCell('assigned'),
    assign_timeout: { by: 'system', to: 'submitted' },
    urge: { by: STAFF, to: 'assigned' },
    extend: { by: STAFF, to: 'assigned' },
    recall: { by: STAFF, to: 'submitted' },
    reassign: { by: STAFF, to: 'assigned' },
  },
  in_progress: {
    release: {
      by: 'holder',
      to: [
        { when: 'in pool mode', order: { mode: 'pool', headcount: 2 }, to: 'open' },
        { when: 'in assign mode', order: { mode: 'assign', headcount: 1, assigneeId: 'u-holder' }, to: 'submitted' },
      ],
    },
    progress: { by: 'holder', to: 'in_progress' },
    complete: { by: 'holder', to: 'awaiting_rating' },
    report_part: {
      by: 'holder',
      to: [
        { when: 'the last part missing', order: { headcount: 2, holders: withParts(['u-holder', 'u-other'], ['u-other']) }, to: 'awaiting_rating' },
        { when: 'another part missing', order: { headcount: 2, holders: withParts(['u-holder', 'u-other'], []) }, to: 'in_progress' },
      ],
    },
    close_team: { by: STAFF, order: { headcount: 3, holders: withParts(['u-holder', 'u-other', 'u-third'], ['u-third']) }, to: 'awaiting_rating' },
    escalate: escalateCell,
    mark_overdue: overdueCell('in_progress'),
    urge: { by: STAFF, to: 'in_progress' },
    extend: { by: STAFF, to: 'in_progress' },
    recall: {
      by: STAFF,
      to: [
        { when: 'a pool order: the slot reopens', order: { mode: 'pool', headcount: 2 }, to: 'open' },
        { when: 'an assigned order: back to staff', order: { mode: 'assign', assigneeId: 'u-holder' }, to: 'submitted' },
      ],
    },
    reassign: { by: STAFF, to: 'assigned' },
    claim_remind: { by: 'system', to: 'in_progress' },
    claim_timeout: {
      by: 'system',
      to: [
        { when: 'a pool order: the slot reopens', order: { mode: 'pool', headcount: 2, holders: remindedLongAgo('u-holder') }, to: 'open' },
        { when: 'an assigned order: back to staff', order: { mode: 'assign', holders: remindedLongAgo('u-holder') }, to: 'submitted' },
      ],
    },
  },
  escalated: {
    street_resolve: { by: 'street', to: 'awaiting_rating' },
    street_return: { by: 'street', to: 'submitted' },
    mark_overdue: overdueCell('escalated'),
    to_department: { by: 'street', to: 'escalated' },
    dept_progress: { by: 'department', order: { department: WITH_DEPT }, to: 'escalated' },
    dept_resolve: { by: 'department', order: { department: WITH_DEPT }, to: 'awaiting_rating' },
    dept_return: { by: 'department', order: { department: WITH_DEPT }, to: 'escalated' },
    dept_overdue: { by: 'system', order: { department: { ...WITH_DEPT!, deadline: PAST } }, to: 'escalated' },
  },
  awaiting_rating: {
    confirm: { by: 'owner', to: 'closed' },
    rate_for: { by: STAFF, order: { recordId: 'rec-1' }, to: 'closed' },
    reopen: {
      by: 'owner',
      to: [
        { when: 'members still hold it', order: { holders: holding('u-holder') }, to: 'in_progress' },
        { when: 'a pool order with slots still free', order: { headcount: 3, holders: holding('u-holder') }, to: 'open' },
        { when: 'an assigned order (one member)', order: { mode: 'assign', holders: holding('u-holder') }, to: 'in_progress' },
        { when: 'nobody holds it (the street resolved it)', order: { holders: [] }, to: 'submitted' },
      ],
    },
    auto_close: { by: 'system', to: 'closed' },
  },
  closed: {
    visit: { by: STAFF, to: 'closed' },
    survey: { by: STAFF, to: 'closed' },
  },
  rejected: {},
  cancelled: {},
};

interface Scenario {
  status: OrderStatus;
  command: OrderCommand;
  by: Relation[];
  when: string | null;
  order: Order;
  to: OrderStatus;
}

/** Every allowed cell, once per derived branch. */
const SCENARIOS: Scenario[] = ORDER_STATUSES.flatMap((status) =>
  ALL_COMMANDS.flatMap((command): Scenario[] => {
    const cell = SPEC[status][command];
    if (!cell) return [];
    const branches: Branch[] = typeof cell.to === 'string' ? [{ when: '', order: {}, to: cell.to }] : cell.to;
    return branches.map((b) => ({
      status,
      command,
      by: typeof cell.by === 'string' ? [cell.by] : cell.by,
      when: b.when || null,
      order: orderIn(status, { ...cell.order, ...b.order }),
      to: b.to,
    }));
  }),
);

const ABSENT = ORDER_STATUSES.flatMap((status) =>
  ALL_COMMANDS.filter((command) => !SPEC[status][command]).map((command) => ({ status, command })),
);

// ───────────────────────────── 0. fixtures ─────────────────────────────

describe('fixtures', () => {
  // Everything below leans on the people standing where they are meant to; check that against access.ts first.
  test.each(ORDER_STATUSES)('each person has exactly the intended relations to a typical %s order', (status) => {
    const o = orderIn(status);
    const got = Object.fromEntries(PERSONAS.map((p) => [p, sorted([...relationsOf(o, PEOPLE[p])])]));
    const want = Object.fromEntries(PERSONAS.map((p) => [p, sorted(expectedRelations(p, o))]));
    expect(got).toEqual(want);
  });

  test('the assignee relation only exists while the order is assigned', () => {
    const o = orderIn('in_progress', { mode: 'assign', assigneeId: 'u-assignee', holders: holding('u-assignee') });
    expect(sorted([...relationsOf(o, PEOPLE.assignee)])).toEqual(['holder', 'member']);
  });

  test('a pending member who somehow holds an order is not its holder', () => {
    const o = orderIn('in_progress', { holders: holding('u-pending') });
    expect([...relationsOf(o, PEOPLE.pending)]).toEqual([]);
  });
});

// ───────────────────────────── 1. every cell ─────────────────────────────

describe('allowed cells go where the table says', () => {
  test.each(SCENARIOS.map((s) => [`${s.status} —${s.command}→ ${s.to}${s.when ? ` (${s.when})` : ''} by ${s.by.join(' or ')}`, s] as const))(
    '%s',
    (_name, s) => {
      for (const p of s.by.flatMap((by) => ACTING[by])) {
        const by = s.by.find((r) => ACTING[r].includes(p));
        const order = deepFreeze(structuredClone(s.order));
        const d = decideAs(p, order, VALID[s.command]);
        expect({ who: p, to: d.to, from: d.from, command: d.command, actorRole: d.actorRole }).toEqual({
          who: p,
          to: s.to,
          from: s.status,
          command: s.command,
          actorRole: by,
        });
      }
    },
  );
});

describe('absent cells are refused as an invalid transition, whoever asks', () => {
  test.each(ABSENT.map(({ status, command }) => [status, command] as const))('%s × %s', (status, command) => {
    // A past-due order, so not even the overdue guard could be what refuses mark_overdue where it has no row.
    const order = orderIn(status, PAST_DUE);
    const got = Object.fromEntries(PERSONAS.map((p) => [p, outcome(() => decideAs(p, order, VALID[command]))]));
    expect(got).toEqual(Object.fromEntries(PERSONAS.map((p) => [p, 'ORDER.INVALID_TRANSITION'])));
  });
});

// ───────────────────────────── 2. shape of the graph ─────────────────────────────

describe('shape of the workflow', () => {
  test.each(['rejected', 'cancelled'] as const)('%s is terminal: every command from everyone is refused', (status) => {
    const order = orderIn(status, PAST_DUE);
    for (const command of ALL_COMMANDS) {
      for (const p of PERSONAS) {
        expect([command, p, outcome(() => decideAs(p, order, VALID[command]))]).toEqual([command, p, 'ORDER.INVALID_TRANSITION']);
      }
    }
  });

  test('closed only takes a visit (回访) or a survey (测评), which leave it closed', () => {
    const order = orderIn('closed');
    const accepted = ALL_COMMANDS.filter((c) => PERSONAS.some((p) => outcome(() => decideAs(p, order, VALID[c])) === 'ok'));
    expect(accepted).toEqual(['visit', 'survey']);
    expect(decideAs('staff', order, VALID.visit).to).toBe('closed');
    expect(decideAs('staff', order, VALID.survey).to).toBe('closed');
  });

  test('every status is reachable from submitted, following what decide() actually returns', () => {
    // Edges come from running each allowed cell (every derived branch included), not from reading the table.
    const edges = new Map<OrderStatus, Set<OrderStatus>>();
    for (const s of SCENARIOS) {
      const to = decideAs(ACTING[s.by[0]][0], s.order, VALID[s.command]).to;
      edges.set(s.status, (edges.get(s.status) ?? new Set()).add(to));
    }
    const seen = new Set<OrderStatus>(['submitted']);
    const queue: OrderStatus[] = ['submitted'];
    while (queue.length > 0) {
      for (const next of edges.get(queue.shift()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(sorted([...seen])).toEqual(sorted(ORDER_STATUSES));
  });

  test('the sweep may mark overdue exactly where isOverdue() counts an order as overdue', () => {
    for (const status of ORDER_STATUSES) {
      const order = orderIn(status, PAST_DUE);
      const marked = outcome(() => decideAs('system', order, VALID.mark_overdue)) === 'ok';
      expect([status, marked]).toEqual([status, isOverdue(order, NOW)]);
    }
  });
});

// ───────────────────────────── 3. who may ─────────────────────────────

describe('allowed cells refuse callers without the relation', () => {
  test.each(SCENARIOS.map((s) => [`${s.status} × ${s.command}${s.when ? ` (${s.when})` : ''}, by ${s.by.join(' or ')} only`, s] as const))('%s', (_name, s) => {
    const outsiders = PERSONAS.filter((p) => !s.by.some((by) => expectedRelations(p, s.order).includes(by)));
    expect(outsiders.length).toBeGreaterThan(5);
    const got = Object.fromEntries(outsiders.map((p) => [p, outcome(() => decideAs(p, s.order, VALID[s.command]))]));
    // Only the claim rule is meant for members at large, so only there is a pending member told to wait for review.
    const want = Object.fromEntries(
      outsiders.map((p) => [p, p === 'pending' && s.by.includes('member') ? 'MEMBER.NOT_VERIFIED' : 'AUTH.FORBIDDEN']),
    );
    expect(got).toEqual(want);
  });

  test('a resident who did not place the order cannot cancel it', () => {
    expect(outcome(() => decideAs('neighbour', orderIn('submitted'), VALID.cancel))).toBe('AUTH.FORBIDDEN');
  });

  test('a member cannot dispatch', () => {
    expect(outcome(() => decideAs('member', orderIn('submitted'), VALID.dispatch))).toBe('AUTH.FORBIDDEN');
  });

  test('a member whose 报到 is pending is told so when claiming', () => {
    expect(outcome(() => decideAs('pending', orderIn('open'), VALID.claim))).toBe('MEMBER.NOT_VERIFIED');
  });

  test('a resident who is also a member cannot claim, or be assigned, their own order', () => {
    const self = memberCaller('u-owner');
    expect(outcome(() => decideAs(self, orderIn('open', { residentId: 'u-owner' }), VALID.claim))).toBe('ORDER.OWN_ORDER');
    const assignSelf: Command = { ...(VALID.assign as Extract<Command, { type: 'assign' }>), assignee: profile('u-owner') };
    expect(outcome(() => decideAs('staff', orderIn('submitted', { residentId: 'u-owner' }), assignSelf))).toBe('ORDER.ASSIGNEE_INVALID');
  });

  test('a member whose 报到 was rejected is not let in either', () => {
    const rejected = memberCaller('u-rejected', { status: 'rejected' });
    expect(outcome(() => decideAs(rejected, orderIn('open'), VALID.claim))).toBe('MEMBER.REJECTED');
  });

  test('a verified member of another community cannot claim', () => {
    const elsewhere = memberCaller('u-c2', { communityId: 'c2' });
    expect(outcome(() => decideAs(elsewhere, orderIn('open'), VALID.claim))).toBe('AUTH.FORBIDDEN');
  });

  test('the assignee must be the one it is assigned to', () => {
    const order = orderIn('assigned', { assigneeId: 'u-someone-else' });
    expect(outcome(() => decideAs('assignee', order, VALID.accept))).toBe('AUTH.FORBIDDEN');
  });
});

// ───────────────────────────── 4. named guards ─────────────────────────────

describe('guards', () => {
  test('the owner cannot cancel an open order someone already holds', () => {
    expect(outcome(() => decideAs('owner', orderIn('open', { holders: holding('u-holder') }), VALID.cancel))).toBe('ORDER.HAS_HOLDERS');
  });

  describe('claim', () => {
    test('twice by the same member', () => {
      expect(outcome(() => decideAs('holder', orderIn('open', { headcount: 3 }), VALID.claim))).toBe('ORDER.ALREADY_HOLDING');
    });

    test('a holder re-claiming a full order hears they already hold it, not that it is taken', () => {
      // Guards run in order and the first failure is what the user reads.
      expect(outcome(() => decideAs('holder', orderIn('open', { headcount: 1 }), VALID.claim))).toBe('ORDER.ALREADY_HOLDING');
    });

    test('when every slot is taken', () => {
      const full = orderIn('open', { headcount: 2, holders: holding('u-holder', 'u-holder2') });
      expect(outcome(() => decideAs('member', full, VALID.claim))).toBe('ORDER.NOT_CLAIMABLE');
    });

    test.each([
      [0, 3, 'ok'],
      [2, 3, 'ok'],
      [3, 3, 'ORDER.CLAIM_LIMIT'],
      [4, 3, 'ORDER.CLAIM_LIMIT'],
      [0, 0, 'ORDER.CLAIM_LIMIT'],
    ] as const)('with %i unfinished claims and a limit of %i → %s', (activeClaims, maxActiveClaims, want) => {
      const cmd: Command = { type: 'claim', activeClaims, maxActiveClaims };
      expect(outcome(() => decideAs('member', orderIn('open'), cmd))).toBe(want);
    });

    const limit = (over: Partial<PoolLimit>): PoolLimit => ({ skills: [], teamId: null, gridIds: [], ...over });
    // Member profile defaults: skills ['助老'], team c1-t1, grid c1-g1.
    test.each<[string, PoolLimit | null, Partial<MemberProfile>, ErrorCode | 'ok']>([
      ['no pool limit', null, {}, 'ok'],
      ['a limit with every axis empty', limit({}), {}, 'ok'],
      ['skills: has one of those asked', limit({ skills: ['水电', '电工'] }), { skills: ['助老', '电工'] }, 'ok'],
      ['skills: has none of them', limit({ skills: ['水电', '电工'] }), { skills: ['助老'] }, 'ORDER.NOT_ELIGIBLE'],
      ['skills: has no skills at all', limit({ skills: ['水电'] }), { skills: [] }, 'ORDER.NOT_ELIGIBLE'],
      ['team: same team', limit({ teamId: 'c1-t1' }), {}, 'ok'],
      ['team: another team', limit({ teamId: 'c1-t2' }), {}, 'ORDER.NOT_ELIGIBLE'],
      ['team: in no team', limit({ teamId: 'c1-t1' }), { teamId: null }, 'ORDER.NOT_ELIGIBLE'],
      ['grid: lives in one of the grids', limit({ gridIds: ['c1-g2', 'c1-g1'] }), {}, 'ok'],
      ['grid: lives in another grid', limit({ gridIds: ['c1-g2'] }), {}, 'ORDER.NOT_ELIGIBLE'],
      ['grid: no grid on the profile', limit({ gridIds: ['c1-g1'] }), { gridId: null }, 'ORDER.NOT_ELIGIBLE'],
      ['all three axes met', limit({ skills: ['助老'], teamId: 'c1-t1', gridIds: ['c1-g1'] }), {}, 'ok'],
      ['all three set, only the grid missed', limit({ skills: ['助老'], teamId: 'c1-t1', gridIds: ['c1-g2'] }), {}, 'ORDER.NOT_ELIGIBLE'],
    ])('pool limit — %s', (_name, poolLimit, memberOver, want) => {
      const claimant = memberCaller('u-member', memberOver);
      expect(outcome(() => decideAs(claimant, orderIn('open', { poolLimit }), VALID.claim))).toBe(want);
    });
  });

  describe('a new deadline must lie after ctx.now', () => {
    const withDeadline = (command: 'dispatch' | 'assign' | 'escalate', deadline: string): Command =>
      command === 'escalate' ? { ...VALID.escalate, deadline } : { ...VALID[command], plan: { ...PLAN, deadline } };
    const cases = [
      ['submitted', 'dispatch'],
      ['submitted', 'assign'],
      ['submitted', 'escalate'],
      ['open', 'escalate'],
      ['assigned', 'escalate'],
      ['in_progress', 'escalate'],
    ] as const;
    test.each(cases)('%s × %s', (status, command) => {
      const order = orderIn(status);
      const results = [at(-DAY), at(-1), at(0), at(1)].map((d) => outcome(() => decideAs('staff', order, withDeadline(command, d))));
      expect(results).toEqual(['ORDER.DEADLINE_PAST', 'ORDER.DEADLINE_PAST', 'ORDER.DEADLINE_PAST', 'ok']);
    });
  });

  describe('assign only to a verified member of the same community', () => {
    test.each<[string, ErrorCode | 'ok', MemberProfile | null]>([
      ['a verified member here', 'ok', profile('u-assignee')],
      ['a member whose 报到 is pending', 'ORDER.ASSIGNEE_INVALID', profile('u-assignee', { status: 'pending' })],
      ['a member whose 报到 was rejected', 'ORDER.ASSIGNEE_INVALID', profile('u-assignee', { status: 'rejected' })],
      ['a verified member of another community', 'ORDER.ASSIGNEE_INVALID', profile('u-assignee', { communityId: 'c2' })],
      ['nobody (unknown member id)', 'ORDER.ASSIGNEE_INVALID', null],
    ])('%s → %s', (_name, want, assignee) => {
      expect(outcome(() => decideAs('staff', orderIn('submitted'), { ...VALID.assign, assignee }))).toBe(want);
    });
  });

  describe('mark_overdue only once, and only after the deadline', () => {
    const ACTIVE = ['submitted', 'open', 'assigned', 'in_progress', 'escalated'] as const;
    test.each(ACTIVE)('%s', (status) => {
      const tries: [string, Partial<Order>][] = [
        ['deadline ahead', { deadline: at(HOUR), overdueAt: null }],
        ['deadline exactly now', { deadline: at(0), overdueAt: null }],
        ['no deadline', { deadline: null, overdueAt: null }],
        ['already marked', { deadline: PAST, overdueAt: at(-HOUR / 2) }],
        ['just past', { deadline: at(-1), overdueAt: null }],
      ];
      const got = tries.map(([name, over]) => [name, outcome(() => decideAs('system', orderIn(status, over), VALID.mark_overdue))]);
      expect(got).toEqual([
        ['deadline ahead', 'ORDER.INVALID_TRANSITION'],
        ['deadline exactly now', 'ORDER.INVALID_TRANSITION'],
        ['no deadline', 'ORDER.INVALID_TRANSITION'],
        ['already marked', 'ORDER.INVALID_TRANSITION'],
        ['just past', 'ok'],
      ]);
    });
  });
});

// ───────────────────────────── 5. effects ─────────────────────────────

describe('effects', () => {
  const twoHolders = { holders: holding('u-holder', 'u-holder2'), headcount: 2, points: 12, serviceHours: 1.5 };

  test('confirm closes, keeps the rating, and awards every holder the points and hours', () => {
    const d = decideAs('owner', orderIn('awaiting_rating', twoHolders), { type: 'confirm', stars: 4, comment: '很及时' });
    expect(d).toMatchObject({
      to: 'closed',
      patch: { closedAt: NOW.toISOString(), rating: { stars: 4, comment: '很及时', autoClosed: false } },
      finish: true,
      note: '很及时',
    });
    expect(d.awards).toEqual([
      { memberId: 'u-holder', points: 12, hours: 1.5 },
      { memberId: 'u-holder2', points: 12, hours: 1.5 },
    ]);
  });

  test('auto_close does the same, marked as closed by the system without stars', () => {
    const d = decideAs('system', orderIn('awaiting_rating', twoHolders), VALID.auto_close);
    expect(d).toMatchObject({
      to: 'closed',
      actorRole: 'system',
      patch: { closedAt: NOW.toISOString(), rating: { stars: null, comment: null, autoClosed: true } },
      finish: true,
      note: '超过评价期限，系统自动办结',
    });
    expect(d.awards).toEqual([
      { memberId: 'u-holder', points: 12, hours: 1.5 },
      { memberId: 'u-holder2', points: 12, hours: 1.5 },
    ]);
  });

  test('closing an order the street resolved awards nobody, and missing hours count as zero', () => {
    const d = decideAs('owner', orderIn('awaiting_rating', { holders: [], serviceHours: null }), VALID.confirm);
    expect(d.awards).toEqual([]);
    const one = decideAs('system', orderIn('awaiting_rating', { serviceHours: null }), VALID.auto_close);
    expect(one.awards).toEqual([{ memberId: 'u-holder', points: 10, hours: 0 }]);
  });

  test('escalate lets every holder go and records the new deadline and the note', () => {
    const d = decideAs('staff', orderIn('open', { ...twoHolders, overdueAt: PAST }), VALID.escalate);
    expect(sorted(d.release ?? [])).toEqual(['u-holder', 'u-holder2']);
    expect(d.patch).toEqual({ deadline: VALID.escalate.deadline, escalationNote: '需要街道协调', overdueAt: null });
    expect(d).toMatchObject({ note: '需要街道协调', photos: ['e.jpg'] });
  });

  test.each([
    ['decline', 'assignee', VALID.decline, '本周出差'],
    ['assign_timeout', 'system', VALID.assign_timeout, '党员未在时限内响应指派，已退回社区'],
  ] as const)('%s hands the order back to staff: no assignee, no mode', (_name, who, cmd, note) => {
    const d = decideAs(who, orderIn('assigned'), cmd);
    expect(d.to).toBe('submitted');
    expect(d.patch).toMatchObject({ assigneeId: null, mode: null });
    expect(d.note).toBe(note);
    expect(d.hold).toBeUndefined();
  });

  test('reject records the reason with the referral (转办)', () => {
    const d = decideAs('staff', orderIn('submitted'), { type: 'reject', reason: '不属于服务范围', referral: '请拨打12345' });
    expect(d.note).toBe('不属于服务范围（请拨打12345）');
    expect(d.patch).toEqual({ closedAt: NOW.toISOString() });
    const plain = decideAs('staff', orderIn('submitted'), { type: 'reject', reason: '重复提交', referral: null });
    expect(plain.note).toBe('重复提交');
  });

  test('cancel closes the order with the resident’s reason', () => {
    expect(decideAs('owner', orderIn('submitted'), VALID.cancel)).toMatchObject({ patch: { closedAt: NOW.toISOString() }, note: '不需要了' });
  });

  test('dispatch puts the plan on the order in pool mode and clears an earlier overdue mark', () => {
    const d = decideAs('staff', orderIn('submitted', { overdueAt: PAST, deadline: PAST }), VALID.dispatch);
    expect(d.patch).toEqual({ ...PLAN, mode: 'pool', assigneeId: null, overdueAt: null });
  });

  test('assign is for one person: headcount 1, no pool limit, the assignee recorded', () => {
    const plan = { ...PLAN, headcount: 3, poolLimit: { skills: ['水电'], teamId: null, gridIds: [] } };
    const d = decideAs('staff', orderIn('submitted'), { type: 'assign', plan, assignee: PEOPLE.assignee.member });
    expect(d.patch).toEqual({ ...plan, headcount: 1, poolLimit: null, mode: 'assign', assigneeId: 'u-assignee', overdueAt: null });
  });

  test('claim and accept make the caller a holder, and change nothing else on the order', () => {
    // The store adds the holder from `hold`; a patch here would overwrite fields behind the other holders' backs.
    expect(decideAs('member', orderIn('open'), VALID.claim)).toMatchObject({ hold: 'u-member', note: null });
    expect(decideAs('member', orderIn('open'), VALID.claim).patch).toEqual({});
    expect(decideAs('assignee', orderIn('assigned'), VALID.accept)).toMatchObject({ hold: 'u-assignee', note: null });
    expect(decideAs('assignee', orderIn('assigned'), VALID.accept).patch).toEqual({});
  });

  test('release lets only the caller go; in assign mode the order also goes back to staff', () => {
    const pool = decideAs('holder', orderIn('in_progress', { headcount: 2, holders: holding('u-holder', 'u-holder2') }), VALID.release);
    expect(pool).toMatchObject({ to: 'open', release: ['u-holder'], patch: {}, note: '临时有事' });
    const assigned = decideAs('holder', orderIn('in_progress', { mode: 'assign', assigneeId: 'u-holder' }), VALID.release);
    expect(assigned).toMatchObject({ to: 'submitted', release: ['u-holder'], patch: { mode: null, assigneeId: null, poolLimit: null } });
  });

  test('complete records when and how long; progress only notes', () => {
    expect(decideAs('holder', orderIn('in_progress'), VALID.complete)).toMatchObject({
      patch: { completedAt: NOW.toISOString(), serviceHours: 2 },
      note: '已修好',
      photos: ['c.jpg'],
    });
    expect(decideAs('holder', orderIn('in_progress'), VALID.progress)).toMatchObject({ patch: {}, note: '已上门查看', photos: ['p.jpg'] });
  });

  test('the street resolves (completedAt now) or returns the order to staff (no mode, no assignee, no overdue mark)', () => {
    expect(decideAs('street', orderIn('escalated'), VALID.street_resolve).patch).toEqual({ completedAt: NOW.toISOString() });
    expect(decideAs('street', orderIn('escalated', { overdueAt: PAST }), VALID.street_return).patch).toEqual({
      mode: null,
      assigneeId: null,
      poolLimit: null,
      overdueAt: null,
    });
  });

  test('reopen clears completion; with nobody holding it the order also goes back to staff', () => {
    expect(decideAs('owner', orderIn('awaiting_rating'), VALID.reopen).patch).toEqual({ completedAt: null });
    expect(decideAs('owner', orderIn('awaiting_rating', { holders: [] }), VALID.reopen).patch).toEqual({
      completedAt: null,
      mode: null,
      assigneeId: null,
      poolLimit: null,
    });
  });

  test('visit notes whether the resident was satisfied', () => {
    expect(decideAs('staff', orderIn('closed'), VALID.visit).note).toBe('满意：电话回访');
    expect(decideAs('staff', orderIn('closed'), { ...VALID.visit, satisfied: false, note: '仍有噪音' }).note).toBe('不满意：仍有噪音');
  });

  test('a survey (测评) notes reached or not, satisfied or not, with the stars', () => {
    expect(decideAs('staff', orderIn('closed'), VALID.survey).note).toBe('测评·满意（5星）：居民很满意');
    expect(decideAs('staff', orderIn('closed'), { ...VALID.survey, stars: 2, note: '上门太晚' }).note).toBe('测评·不满意（2星）：上门太晚');
    expect(decideAs('staff', orderIn('closed'), { ...VALID.survey, reached: false, stars: null, note: '' }).note).toBe('测评·未接通');
  });

  test('nobody surveys an order they served: staff who held it, or were assigned it, are refused', () => {
    const served = { ...PEOPLE.staff, userId: 'u-holder' };
    expect(outcome(() => decideAs(served, orderIn('closed'), VALID.survey))).toBe('DUTY.SELF_SURVEY');
    expect(outcome(() => decideAs(PEOPLE.staff, orderIn('closed', { assigneeId: 'u-staff' }), VALID.survey))).toBe('DUTY.SELF_SURVEY');
    expect(outcome(() => decideAs(PEOPLE.staff, orderIn('closed'), VALID.survey))).toBe('ok');
  });

  test('mark_overdue records when it was noticed', () => {
    expect(decideAs('system', orderIn('open', PAST_DUE), VALID.mark_overdue)).toMatchObject({
      to: 'open',
      patch: { overdueAt: NOW.toISOString() },
      note: '已超过办结时限',
    });
  });
});

// ───────────────────────────── 6. buttons ─────────────────────────────

describe('availableCommands', () => {
  const buttons = (who: Persona, order: Order) => sorted(availableCommands(order, ctxOf(PEOPLE[who])));

  test('the owner of a submitted order may only cancel it', () => {
    expect(buttons('owner', orderIn('submitted'))).toEqual(['cancel']);
  });

  test('staff (and admin) of its community may reject, dispatch, assign or escalate it', () => {
    const want = sorted(['reject', 'dispatch', 'assign', 'escalate']);
    expect(buttons('staff', orderIn('submitted'))).toEqual(want);
    expect(buttons('admin', orderIn('submitted'))).toEqual(want);
    expect(buttons('otherStaff', orderIn('submitted'))).toEqual([]);
  });

  test('a verified member sees claim on an open order they do not hold, and nothing on a submitted one', () => {
    expect(buttons('member', orderIn('open'))).toEqual(['claim']);
    expect(buttons('member', orderIn('submitted'))).toEqual([]);
  });

  test('no claim for a member already holding it, not meeting the pool limit, not yet verified, or when it is full', () => {
    // A typical open order is a team order (headcount 2): its holders report their own part.
    expect(buttons('holder', orderIn('open'))).toEqual(sorted(['release', 'progress', 'report_part']));
    expect(buttons('member', orderIn('open', { poolLimit: { skills: [], teamId: 'c1-t2', gridIds: [] } }))).toEqual([]);
    expect(buttons('pending', orderIn('open'))).toEqual([]);
    expect(buttons('member', orderIn('open', { headcount: 1 }))).toEqual([]);
  });

  test('the owner loses cancel on an open order once someone holds it', () => {
    expect(buttons('owner', orderIn('open', { holders: [] }))).toEqual(['cancel']);
    expect(buttons('owner', orderIn('open'))).toEqual([]);
  });

  test('further along: the assignee answers, the street decides, the owner rates, staff visit', () => {
    expect(buttons('assignee', orderIn('assigned'))).toEqual(sorted(['accept', 'decline']));
    expect(buttons('street', orderIn('escalated'))).toEqual(sorted(['street_resolve', 'street_return', 'to_department']));
    expect(buttons('owner', orderIn('awaiting_rating'))).toEqual(sorted(['confirm', 'reopen']));
    expect(buttons('staff', orderIn('closed'))).toEqual(sorted(['visit', 'survey']));
  });

  test('while a department has it the street waits and only that department acts; once it returns, the street again', () => {
    const held = orderIn('escalated', { department: WITH_DEPT });
    expect(buttons('street', held)).toEqual([]);
    expect(buttons('department', held)).toEqual(sorted(['dept_progress', 'dept_resolve', 'dept_return']));
    expect(buttons('otherDepartment', held)).toEqual([]);
    const returned = orderIn('escalated', { department: { ...WITH_DEPT!, outcome: 'returned', endedAt: at(-HOUR) } });
    expect(buttons('street', returned)).toEqual(sorted(['street_resolve', 'street_return', 'to_department']));
    expect(buttons('department', returned)).toEqual([]);
  });

  test('system commands never appear as buttons, not even for the system or on a past-due order', () => {
    for (const status of ORDER_STATUSES) {
      for (const order of [orderIn(status), orderIn(status, PAST_DUE)]) {
        for (const p of PERSONAS) {
          const shown = availableCommands(order, ctxOf(PEOPLE[p])) as OrderCommand[];
          expect([status, p, shown.filter((c) => SYSTEM_COMMANDS.includes(c))]).toEqual([status, p, []]);
        }
      }
    }
  });

  // A button is offered exactly when the command, given acceptable input, would go through.
  const VARIANTS: [string, Order][] = [
    ...ORDER_STATUSES.map((s): [string, Order] => [s, orderIn(s)]),
    ['open, nobody holding', orderIn('open', { holders: [] })],
    ['open, full', orderIn('open', { headcount: 1 })],
    ['open, limited to another team', orderIn('open', { poolLimit: { skills: [], teamId: 'c1-t2', gridIds: [] } })],
    ['in_progress in assign mode', orderIn('in_progress', { mode: 'assign', assigneeId: 'u-holder' })],
    ['awaiting_rating after the street resolved it', orderIn('awaiting_rating', { holders: [] })],
  ];
  test.each(VARIANTS)('buttons match what decide() accepts — %s', (_name, order) => {
    const got = Object.fromEntries(PERSONAS.map((p) => [p, buttons(p, order)]));
    const want = Object.fromEntries(
      PERSONAS.map((p) => [p, sorted(USER_COMMANDS.filter((c) => outcome(() => decideAs(p, order, VALID[c])) === 'ok'))]),
    );
    expect(got).toEqual(want);
  });
});

// ───────────────────────────── 7. the clock ─────────────────────────────

describe('the clock comes in ctx.now', () => {
  // With the wall clock faked far away from NOW, any Date.now()/new Date() inside the domain would show.
  afterEach(() => jest.useRealTimers());

  test('every time decide() writes is ctx.now, not the wall clock', () => {
    jest.useFakeTimers({ now: new Date('2031-07-15T08:00:00Z') });
    const times = [
      decideAs('owner', orderIn('submitted'), VALID.cancel).patch.closedAt,
      decideAs('staff', orderIn('submitted'), VALID.reject).patch.closedAt,
      decideAs('holder', orderIn('in_progress'), VALID.complete).patch.completedAt,
      decideAs('street', orderIn('escalated'), VALID.street_resolve).patch.completedAt,
      decideAs('owner', orderIn('awaiting_rating'), VALID.confirm).patch.closedAt,
      decideAs('system', orderIn('awaiting_rating'), VALID.auto_close).patch.closedAt,
      decideAs('system', orderIn('open', PAST_DUE), VALID.mark_overdue).patch.overdueAt,
    ];
    expect(times).toEqual(Array(times.length).fill('2026-03-01T02:00:00.000Z'));
  });

  test('another ctx.now gives other times, whatever the wall clock says', () => {
    jest.useFakeTimers({ now: NOW });
    const later = new Date('2026-03-02T10:30:00Z');
    expect(decideAs('owner', orderIn('submitted'), VALID.cancel, later).patch.closedAt).toBe('2026-03-02T10:30:00.000Z');
  });

  test('deadlines are judged against ctx.now, not the wall clock', () => {
    const dispatchBy = (deadline: string): Command => ({ type: 'dispatch', plan: { ...PLAN, deadline } });
    // Wall clock already past the deadline; ctx.now before it: accepted.
    jest.useFakeTimers({ now: new Date('2031-01-01T00:00:00Z') });
    expect(outcome(() => decideAs('staff', orderIn('submitted'), dispatchBy(at(HOUR))))).toBe('ok');
    expect(outcome(() => decideAs('system', orderIn('open', { deadline: at(HOUR) }), VALID.mark_overdue))).toBe('ORDER.INVALID_TRANSITION');
    // Wall clock long before the deadline; ctx.now after it: refused, and overdue.
    jest.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    expect(outcome(() => decideAs('staff', orderIn('submitted'), dispatchBy(at(-HOUR))))).toBe('ORDER.DEADLINE_PAST');
    expect(outcome(() => decideAs('system', orderIn('open', { deadline: at(-HOUR) }), VALID.mark_overdue))).toBe('ok');
  });
});

// ───────────────────────────── submit: where orders start ─────────────────────────────

describe('newOrder (群众点单)', () => {
  const community: Community = { id: 'c1', streetId: 'st1', name: '一号社区', dutyPhone: '0519-1111111' };
  const category: Category = { id: 'c1-k1', communityId: 'c1', group: '常用', name: '水电维修', icon: 'tool', basePoints: 6, sort: 0, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] };
  const submission = (over: Partial<Submission> = {}): Submission => ({
    id: 'o9',
    residentId: 'u-owner',
    category,
    community,
    gridId: 'c1-g1',
    gridIds: ['c1-g1', 'c1-g2'],
    title: '水管漏水',
    description: '厨房水管漏水',
    photos: [],
    address: { building: '3栋', unit: null, room: '501' },
    preferredTime: null,
    contactName: '王阿姨',
    contactPhone: '13912345678',
    urgency: 'normal',
    ...over,
  });

  test('a new order waits for staff, in its community and street, worth the category’s points, stamped with now', () => {
    const o = newOrder(submission(), NOW);
    expect(o).toMatchObject({
      status: 'submitted',
      communityId: 'c1',
      streetId: 'st1',
      residentId: 'u-owner',
      points: 6,
      headcount: 1,
      priority: 'normal',
      deadline: null,
      holders: [],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      version: 1,
    });
    // And the workflow picks it up from there: its owner may cancel it.
    expect(availableCommands(o, ctxOf(PEOPLE.owner))).toEqual(['cancel']);
  });

  test.each([
    ['normal', 'normal'],
    ['urgent', 'high'],
    ['life_threatening', 'high'],
  ] as const)('urgency %s → priority %s', (urgency, priority) => {
    expect(newOrder(submission({ urgency }), NOW).priority).toBe(priority);
  });

  test('refusals: unknown or foreign category, a grid of another community, no way to find the resident', () => {
    expect(outcome(() => newOrder(submission({ category: undefined }), NOW))).toBe('CATEGORY.NOT_FOUND');
    expect(outcome(() => newOrder(submission({ category: { ...category, communityId: 'c2' } }), NOW))).toBe('CATEGORY.NOT_FOUND');
    expect(outcome(() => newOrder(submission({ gridId: 'c2-g1' }), NOW))).toBe('GRID.NOT_FOUND');
    expect(outcome(() => newOrder(submission({ address: null, gridId: null }), NOW))).toBe('INPUT.INVALID');
    // Either one is enough.
    expect(outcome(() => newOrder(submission({ address: null }), NOW))).toBe('ok');
    expect(outcome(() => newOrder(submission({ gridId: null }), NOW))).toBe('ok');
  });

  test('the missing-address refusal names the field for the form', () => {
    try {
      newOrder(submission({ address: null, gridId: null }), NOW);
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(Object.keys((e as DomainError).fields ?? {})).toEqual(['address']);
    }
  });
});

// ───────────────────────────── 8. steering (督办, 延期, 收回, 改派) and the claim sweep ─────────────────────────────

describe('steering', () => {
  const reassignTo = (assignee: MemberProfile | null): Command => ({ type: 'reassign', assignee, note: null });
  const recallFrom = (memberId: string | null): Command => ({ type: 'recall', memberId, reason: '长时间没有进展' });
  const extendTo = (deadline: string): Command => ({ type: 'extend', deadline, reason: '配件需要调货' });

  test('staff see the steering buttons where members work on the order; nobody else does', () => {
    const buttons = (who: Persona, order: Order) => sorted(availableCommands(order, ctxOf(PEOPLE[who])));
    expect(buttons('staff', orderIn('in_progress'))).toEqual(sorted(['escalate', 'urge', 'extend', 'recall', 'reassign']));
    expect(buttons('staff', orderIn('assigned'))).toEqual(sorted(['escalate', 'urge', 'extend', 'recall', 'reassign']));
    // A team order in the pool: no whole-order reassignment; nobody holding it: nobody to urge or recall.
    expect(buttons('staff', orderIn('open'))).toEqual(sorted(['escalate', 'urge', 'extend', 'recall']));
    expect(buttons('staff', orderIn('open', { holders: [], headcount: 1 }))).toEqual(sorted(['escalate', 'extend', 'reassign']));
    for (const who of ['holder', 'owner', 'member', 'street'] as const) {
      expect(buttons(who, orderIn('in_progress')).filter((c) => ['urge', 'extend', 'recall', 'reassign'].includes(c))).toEqual([]);
    }
  });

  test('bad input is refused with its own code: a member urging, a resident recalling, a non-holder, an extension into the past', () => {
    const order = orderIn('in_progress');
    expect(outcome(() => decideAs('holder', order, VALID.urge))).toBe('AUTH.FORBIDDEN');
    expect(outcome(() => decideAs('owner', order, VALID.recall))).toBe('AUTH.FORBIDDEN');
    expect(outcome(() => decideAs('staff', order, recallFrom('u-member')))).toBe('ORDER.NOT_HOLDER');
    expect(outcome(() => decideAs('staff', order, extendTo(at(-HOUR))))).toBe('ORDER.DEADLINE_PAST');
    expect(outcome(() => decideAs('staff', order, extendTo(at(0))))).toBe('ORDER.DEADLINE_PAST');
  });

  test('urge (督办) marks the order until the members answer, leaves the status, and needs someone to urge', () => {
    const d = decideAs('staff', orderIn('in_progress'), VALID.urge);
    expect(d).toMatchObject({ to: 'in_progress', patch: { urgedAt: NOW.toISOString() }, note: '请今天之内上门' });
    expect(d.release).toBeUndefined();
    expect(outcome(() => decideAs('staff', orderIn('open', { holders: [] }), VALID.urge))).toBe('ORDER.NOBODY_TO_URGE');
    // Urged again: the new time.
    const again = decideAs('staff', orderIn('in_progress', { urgedAt: at(-DAY) }), VALID.urge);
    expect(again.patch.urgedAt).toBe(NOW.toISOString());
  });

  test.each<[string, Persona, OrderStatus, Partial<Order>, Command, 'cleared' | 'stands']>([
    ['a holder reports progress', 'holder', 'in_progress', {}, VALID.progress, 'cleared'],
    ['a holder reports completion', 'holder', 'in_progress', {}, VALID.complete, 'cleared'],
    ['the assignee accepts', 'assignee', 'assigned', {}, VALID.accept, 'cleared'],
    ['staff reassign it', 'staff', 'in_progress', {}, VALID.reassign, 'cleared'],
    ['staff escalate it to the street', 'staff', 'in_progress', {}, VALID.escalate, 'cleared'],
    ['the assignee declines (back to staff)', 'assignee', 'assigned', {}, VALID.decline, 'cleared'],
    ['staff recall the only holder of an assigned order', 'staff', 'in_progress', { mode: 'assign' }, VALID.recall, 'cleared'],
    ['one of two holders lets go (still in members’ hands)', 'holder', 'in_progress', { headcount: 2, holders: holding('u-holder', 'u-2') }, VALID.release, 'stands'],
    ['the sweep marks it overdue', 'system', 'in_progress', PAST_DUE, VALID.mark_overdue, 'stands'],
    ['staff extend the deadline', 'staff', 'in_progress', {}, VALID.extend, 'stands'],
  ])('an urge is %s → %s', (_name, who, status, over, cmd, want) => {
    const d = decideAs(who, orderIn(status, { ...over, urgedAt: at(-HOUR) }), cmd);
    expect('urgedAt' in d.patch && d.patch.urgedAt === null ? 'cleared' : 'stands').toBe(want);
  });

  test('a step on an order never urged does not touch urgedAt', () => {
    expect(decideAs('holder', orderIn('in_progress'), VALID.progress).patch).not.toHaveProperty('urgedAt');
  });

  test('extend moves the deadline later, clears the overdue mark, and says to when and why', () => {
    const d = decideAs('staff', orderIn('in_progress', { deadline: PAST, overdueAt: PAST }), extendTo('2026-03-05T10:00:00Z'));
    expect(d).toMatchObject({ to: 'in_progress', patch: { deadline: '2026-03-05T10:00:00Z', overdueAt: null } });
    expect(d.note).toBe('办结时限延至3月5日 18:00：配件需要调货');
    // Later than now but not later than the deadline it has.
    const order = orderIn('open', { deadline: at(3 * DAY) });
    expect(outcome(() => decideAs('staff', order, extendTo(at(2 * DAY))))).toBe('ORDER.DEADLINE_NOT_LATER');
    expect(outcome(() => decideAs('staff', order, extendTo(at(3 * DAY))))).toBe('ORDER.DEADLINE_NOT_LATER');
    expect(outcome(() => decideAs('staff', order, extendTo(at(3 * DAY + 1))))).toBe('ok');
  });

  test('recall frees the named holder’s slot; unnamed it takes the only holder or the assignee', () => {
    const team = orderIn('in_progress', { headcount: 2, holders: holding('u-holder', 'u-2') });
    expect(decideAs('staff', team, recallFrom('u-2'))).toMatchObject({ to: 'open', release: ['u-2'], patch: {} });
    expect(decideAs('staff', team, recallFrom('u-2')).note).toBe('收回党员u-2承接的任务：长时间没有进展');
    expect(outcome(() => decideAs('staff', team, recallFrom(null)))).toBe('ORDER.RECALL_WHOM');
    expect(decideAs('staff', orderIn('in_progress'), recallFrom(null))).toMatchObject({ release: ['u-holder'] });
    const assigned = decideAs('staff', orderIn('assigned'), recallFrom(null));
    expect(assigned).toMatchObject({ to: 'submitted', patch: { mode: null, assigneeId: null, poolLimit: null } });
    expect(assigned.release).toBeUndefined();
    expect(outcome(() => decideAs('staff', orderIn('assigned'), recallFrom('u-holder')))).toBe('ORDER.NOT_HOLDER');
    expect(outcome(() => decideAs('staff', orderIn('assigned'), recallFrom('u-assignee')))).toBe('ok');
  });

  test('reassign gives the order to another verified member as an assignment, letting the holders go', () => {
    const d = decideAs('staff', orderIn('in_progress', { overdueAt: PAST }), VALID.reassign);
    expect(d).toMatchObject({ to: 'assigned', release: ['u-holder'], patch: { mode: 'assign', assigneeId: 'u-member', poolLimit: null } });
    expect(d.note).toBe('改派给党员党员u-member：改派就近党员');
    expect(outcome(() => decideAs('staff', orderIn('open'), VALID.reassign))).toBe('ORDER.TEAM_REASSIGN');
    expect(outcome(() => decideAs('staff', orderIn('in_progress'), reassignTo(profile('u-holder'))))).toBe('ORDER.SAME_ASSIGNEE');
    expect(outcome(() => decideAs('staff', orderIn('assigned'), reassignTo(profile('u-assignee'))))).toBe('ORDER.SAME_ASSIGNEE');
    expect(outcome(() => decideAs('staff', orderIn('in_progress'), reassignTo(profile('u-x', { status: 'pending' }))))).toBe('ORDER.ASSIGNEE_INVALID');
    expect(outcome(() => decideAs('staff', orderIn('in_progress'), reassignTo(profile('u-x', { communityId: 'c2' }))))).toBe('ORDER.ASSIGNEE_INVALID');
    expect(outcome(() => decideAs('staff', orderIn('in_progress'), reassignTo(null)))).toBe('ORDER.ASSIGNEE_INVALID');
    expect(outcome(() => decideAs('staff', orderIn('in_progress'), reassignTo(profile('u-owner'))))).toBe('ORDER.ASSIGNEE_INVALID');
  });

  test('progress and completion mark the holder’s claim as worked on', () => {
    expect(decideAs('holder', orderIn('in_progress'), VALID.progress).mark).toEqual({ memberId: 'u-holder', progressAt: NOW.toISOString() });
    expect(decideAs('holder', orderIn('in_progress'), VALID.complete).mark).toEqual({ memberId: 'u-holder', progressAt: NOW.toISOString() });
  });

  describe('the claim sweep', () => {
    const remind = (idleBefore: string, memberId = 'u-holder'): Command => ({ type: 'claim_remind', memberId, idleBefore });
    const timeout = (remindedBefore: string, memberId = 'u-holder'): Command => ({ type: 'claim_timeout', memberId, remindedBefore });
    // holding(): claimed a day ago (the second holder an hour later).

    test('reminds once a claim without progress older than the cut-off', () => {
      expect(decideAs('system', orderIn('in_progress'), remind(at(-HOUR)))).toMatchObject({
        to: 'in_progress',
        mark: { memberId: 'u-holder', remindedAt: NOW.toISOString() },
        note: '党员u-holder认领后长时间未更新进度，已提醒',
      });
      const [h] = holding('u-holder');
      const tries: [string, Partial<Order>, Command][] = [
        ['claimed after the cut-off', {}, remind(at(-2 * DAY))],
        ['already reminded', { holders: [{ ...h, remindedAt: at(-HOUR) }] }, remind(at(-HOUR))],
        ['progress reported', { holders: [{ ...h, progressAt: at(-2 * HOUR) }] }, remind(at(-HOUR))],
        ['not a holder', {}, remind(at(-HOUR), 'u-member')],
      ];
      for (const [name, over, cmd] of tries) {
        expect([name, outcome(() => decideAs('system', orderIn('in_progress', over), cmd))]).toEqual([name, 'ORDER.INVALID_TRANSITION']);
      }
    });

    test('releases a claim reminded before the cut-off and still without progress; the slot reopens', () => {
      const team = orderIn('in_progress', { headcount: 2, holders: [...holding('u-2'), ...remindedLongAgo('u-holder')] });
      expect(decideAs('system', team, timeout(at(-HOUR)))).toMatchObject({
        to: 'open',
        actorRole: 'system',
        release: ['u-holder'],
        note: '党员u-holder认领后长时间未更新进度，系统已收回',
      });
      const [h] = remindedLongAgo('u-holder');
      const tries: [string, Partial<Order>, Command][] = [
        ['never reminded', { holders: holding('u-holder') }, timeout(at(-HOUR))],
        ['reminded after the cut-off', { holders: [h] }, timeout(at(-3 * HOUR))],
        ['progress since', { holders: [{ ...h, progressAt: at(-HOUR) }] }, timeout(at(-HOUR))],
      ];
      for (const [name, over, cmd] of tries) {
        expect([name, outcome(() => decideAs('system', orderIn('in_progress', over), cmd))]).toEqual([name, 'ORDER.INVALID_TRANSITION']);
      }
    });
  });
});

// ───────────────────────────── 7. departments ─────────────────────────────

describe('the department rung', () => {
  const send = (over: Partial<CommandOf<'to_department'>>): Command => ({ ...VALID.to_department, ...over });

  test.each<[string, Partial<CommandOf<'to_department'>>, ErrorCode | 'ok']>([
    ['an active department of the street', {}, 'ok'],
    ['a department of another street', { department: { ...DEPT, streetId: 'st2' } }, 'DEPARTMENT.OTHER_STREET'],
    ['a retired department', { department: { ...DEPT, active: false } }, 'DEPARTMENT.NOT_FOUND'],
    ['no such department', { department: null }, 'DEPARTMENT.NOT_FOUND'],
    ['a deadline already past', { deadline: PAST }, 'ORDER.DEADLINE_PAST'],
    ['a deadline of this very instant', { deadline: at(0) }, 'ORDER.DEADLINE_PAST'],
  ])('转派 to %s → %s', (_name, over, want) => {
    expect(outcome(() => decideAs('street', orderIn('escalated'), send(over)))).toBe(want);
  });

  test('the street of another street, community staff and a department cannot send it on', () => {
    for (const p of ['otherStreet', 'staff', 'admin', 'department'] as const) {
      expect([p, outcome(() => decideAs(p, orderIn('escalated'), VALID.to_department))]).toEqual([p, 'AUTH.FORBIDDEN']);
    }
  });

  test('sending records the department, its deadline and the note in the timeline', () => {
    const d = decideAs('street', orderIn('escalated'), VALID.to_department);
    expect(d.patch.department).toEqual({ departmentId: 'd1', name: '城管中队', deadline: at(2 * DAY), sentAt: NOW.toISOString(), overdueAt: null, outcome: null, endedAt: null });
    expect(d.note).toContain('转派城管中队');
    expect(d.note).toContain('请城管中队清理占道');
    expect(d.actorRole).toBe('street');
  });

  test('while the department has it the street can neither resolve, return nor send it elsewhere', () => {
    const held = orderIn('escalated', { department: WITH_DEPT });
    for (const c of ['street_resolve', 'street_return', 'to_department'] as const) {
      expect([c, outcome(() => decideAs('street', held, VALID[c]))]).toEqual([c, 'DEPARTMENT.BUSY']);
    }
  });

  test('staff of another department are not let in; a department that returned or resolved it acts no more', () => {
    const held = orderIn('escalated', { department: WITH_DEPT });
    expect(outcome(() => decideAs('otherDepartment', held, VALID.dept_resolve))).toBe('AUTH.FORBIDDEN');
    const returned = orderIn('escalated', { department: { ...WITH_DEPT!, outcome: 'returned', endedAt: at(-HOUR) } });
    for (const c of ['dept_progress', 'dept_resolve', 'dept_return'] as const) {
      expect([c, outcome(() => decideAs('department', returned, VALID[c]))]).toEqual([c, 'DEPARTMENT.NOT_WITH_IT']);
    }
  });

  test('resolving completes the order for the resident to rate and closes the department task; returning hands it back', () => {
    const held = orderIn('escalated', { department: WITH_DEPT });
    const resolved = decideAs('department', held, VALID.dept_resolve);
    expect(resolved).toMatchObject({ to: 'awaiting_rating', actorRole: 'department', note: '已清理完毕', photos: ['d2.jpg'] });
    expect(resolved.patch).toMatchObject({ completedAt: NOW.toISOString(), department: { ...WITH_DEPT, outcome: 'resolved', endedAt: NOW.toISOString() } });
    const returned = decideAs('department', held, VALID.dept_return);
    expect(returned).toMatchObject({ to: 'escalated', note: '退回街道：不属于本部门职责' });
    expect(returned.patch.department).toMatchObject({ outcome: 'returned', endedAt: NOW.toISOString() });
  });

  test('部门超期 is marked once, only past the department deadline and while the department has it', () => {
    const due = { ...WITH_DEPT!, deadline: PAST };
    expect(outcome(() => decideAs('system', orderIn('escalated', { department: due }), VALID.dept_overdue))).toBe('ok');
    const marked = decideAs('system', orderIn('escalated', { department: due }), VALID.dept_overdue);
    expect(marked.patch.department).toMatchObject({ overdueAt: NOW.toISOString() });
    for (const department of [WITH_DEPT, { ...due, overdueAt: at(-HOUR) }, { ...due, outcome: 'returned' as const }, null]) {
      expect(outcome(() => decideAs('system', orderIn('escalated', { department }), VALID.dept_overdue))).toBe('ORDER.INVALID_TRANSITION');
    }
  });
});
