/**
 * Who is told of each step, restated by hand as a table (like the transition table in order.machine.test.ts) and
 * compared with what noticesFor() returns for every allowed cell of the machine, so a cell added to the machine
 * without deciding who hears of it fails here. Pure: no store.
 */
import type { MemberProfile, Order, OrderCommand, OrderStatus, RoleGrant } from '../../types/domain';
import { NOTICE_GROUP, NOTICE_LABEL, type NoticeKind } from '../../types/notices';
import { SYSTEM_CALLER, type Caller, type Relation } from '../../cloud/domain/access';
import { deadlineNearNotices, noticesFor, noticesForNew, rateReminderNotices, type NoticeDraft } from '../../cloud/domain/notices';
import type { Command, CommandOf } from '../../cloud/domain/order.commands';
import { newOrder } from '../../cloud/domain/order.create';
import { decide } from '../../cloud/domain/order.decide';
import { MACHINE, type Rule } from '../../cloud/domain/order.machine';
import { DEFAULT_SETTINGS } from '../../cloud/domain/policies';

const NOW = new Date('2026-03-01T02:00:00Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

const grant = (role: RoleGrant['role'], communityId: string | null, streetId: string | null = null): RoleGrant => ({ role, communityId, streetId, memberStatus: null });
const profile = (userId: string, realName: string): MemberProfile => ({
  userId, communityId: 'c1', realName, phone: '13900001111', workUnit: '供电公司', branch: '第一支部', skills: [], teamId: null, gridId: null,
  status: 'verified', reviewNote: null, notifyPool: false, createdAt: at(-720),
});
const member = (userId: string, realName: string): Caller => ({ userId, name: realName, roles: [grant('member', 'c1')], member: profile(userId, realName) });

/** Who acts for each relation. */
const ACTOR: Record<Relation, Caller> = {
  owner: { userId: 'u-owner', name: '王阿姨', roles: [grant('resident', 'c1')], member: null },
  staff: { userId: 'u-staff', name: '李娟', roles: [grant('staff', 'c1')], member: null },
  street: { userId: 'u-street', name: '周明', roles: [grant('street_staff', null, 'st1')], member: null },
  grid: { userId: 'u-grid', name: '赵网格', roles: [{ ...grant('grid_worker', 'c1'), gridId: 'c1-g1' }], member: null },
  department: { userId: 'u-dept', name: '城管小刘', roles: [{ ...grant('department_staff', null, 'st1'), departmentId: 'd1' }], member: null },
  member: member('u-member', '陈静'),
  holder: member('u-holder', '张建国'),
  assignee: member('u-assignee', '刘洋'),
  system: SYSTEM_CALLER,
};
const NAMES: Record<string, string> = { 'u-owner': 'resident', 'u-holder': 'holder', 'u-other': 'holder2', 'u-assignee': 'assignee', 'u-member': 'member' };

const base = newOrder(
  {
    id: 'o1', residentId: 'u-owner', community: { id: 'c1', streetId: 'st1', name: '一号社区', dutyPhone: '' },
    category: { id: 'k1', communityId: 'c1', group: '常用', name: '水电维修', icon: '', basePoints: 5, sort: 0, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
    gridId: 'c1-g1', gridIds: ['c1-g1'], title: '厨房水管漏水', description: '', photos: [], address: null, preferredTime: null,
    contactName: '王阿姨', contactPhone: '13912345678', urgency: 'urgent',
  },
  new Date(at(-48)),
);
const holding = [{ memberId: 'u-holder', name: '张建国', claimedAt: at(-24), progressAt: null, remindedAt: null, part: null }];
/** The same claim, reminded ten hours ago and still without progress. */
const reminded = [{ ...holding[0], remindedAt: at(-10) }];

/** An order in each status that lets every cell of its row through its guards (deadlines and 受理时限 past). */
const ORDERS: Record<OrderStatus, Partial<Order>> = {
  submitted: {},
  open: { mode: 'pool', headcount: 2, holders: holding },
  assigned: { mode: 'assign', assigneeId: 'u-assignee' },
  in_progress: { mode: 'pool', holders: holding },
  escalated: { mode: 'pool' },
  awaiting_rating: { mode: 'pool', holders: holding, completedAt: at(-1) },
  closed: { mode: 'pool', holders: holding, closedAt: at(-1) },
  rejected: {},
  cancelled: {},
};
const orderIn = (status: OrderStatus): Order => ({ ...base, deadline: at(-1), version: 4, ...ORDERS[status], status });

const DEPT = { id: 'd1', streetId: 'st1', name: '城管中队', contactName: '刘队', contactPhone: '13900002222', active: true };
/** With department d1 since two days ago, its deadline an hour past. */
const WITH_DEPT: Partial<Order> = {
  department: { departmentId: 'd1', name: '城管中队', deadline: at(-1), sentAt: at(-48), overdueAt: null, outcome: null, endedAt: null },
};

const PLAN = { categoryId: 'k1', priority: 'normal' as const, deadline: at(72), headcount: 2, points: 5, poolLimit: null };
const COMMANDS: { [T in OrderCommand]: CommandOf<T> } = {
  cancel: { type: 'cancel', reason: null },
  reject: { type: 'reject', reason: '不属于服务范围', referral: '请拨打12345' },
  dispatch: { type: 'dispatch', plan: PLAN },
  assign: { type: 'assign', plan: PLAN, assignee: profile('u-assignee', '刘洋') },
  accept: { type: 'accept' },
  decline: { type: 'decline', reason: '本周出差' },
  claim: { type: 'claim', activeClaims: 0, maxActiveClaims: 3 },
  release: { type: 'release', reason: '临时有事' },
  escalate: { type: 'escalate', note: '需要街道协调', deadline: at(120), photos: [] },
  street_resolve: { type: 'street_resolve', note: '街道已协调', photos: [] },
  street_return: { type: 'street_return', note: '请社区继续跟进', photos: [] },
  progress: { type: 'progress', note: '已上门查看', photos: [] },
  complete: { type: 'complete', note: '已修好', photos: [], hours: 2, photoRequired: false },
  report_part: { type: 'report_part', note: '我负责搬运', photos: [], hours: 1, photoRequired: false },
  close_team: { type: 'close_team', reason: '一名队员生病，社区代为结单' },
  confirm: { type: 'confirm', stars: 5, comment: null },
  rate_for: { type: 'rate_for', stars: 4, comment: null, way: 'phone' },
  reopen: { type: 'reopen', reason: '又漏了' },
  visit: { type: 'visit', note: '电话回访', satisfied: true, photos: [] },
  survey: { type: 'survey', reached: false, stars: null, note: '' },
  auto_close: { type: 'auto_close' },
  mark_overdue: { type: 'mark_overdue' },
  assign_timeout: { type: 'assign_timeout' },
  accept_overdue: { type: 'accept_overdue' },
  urge: { type: 'urge', note: '请今天之内上门' },
  extend: { type: 'extend', deadline: at(96), reason: '配件需要调货' },
  recall: { type: 'recall', memberId: null, reason: '长时间没有进展' },
  reassign: { type: 'reassign', assignee: profile('u-member', '陈静'), note: null },
  claim_remind: { type: 'claim_remind', memberId: 'u-holder', idleBefore: at(-2) },
  claim_timeout: { type: 'claim_timeout', memberId: 'u-holder', remindedBefore: at(-2) },
  to_department: { type: 'to_department', department: DEPT, deadline: at(72), note: '请城管中队处理占道' },
  dept_progress: { type: 'dept_progress', note: '已到现场', photos: [] },
  dept_resolve: { type: 'dept_resolve', note: '已清理', photos: [] },
  dept_return: { type: 'dept_return', note: '不属于本部门职责', photos: [] },
  dept_overdue: { type: 'dept_overdue' },
};

type Told = [who: 'staff' | 'street' | 'department' | 'resident' | 'holder' | 'holder2' | 'assignee' | 'member', kind: NoticeKind];

/** THE TABLE: for each step, who is told and with what kind of notice. */
const TABLE: Record<string, Told[]> = {
  'submitted × cancel': [],
  'submitted × reject': [['resident', 'rejected']],
  'submitted × dispatch': [],
  'submitted × assign': [['assignee', 'assigned']],
  'submitted × escalate': [],
  'submitted × mark_overdue': [['staff', 'order_overdue']],
  'submitted × accept_overdue': [['staff', 'accept_overdue']],
  'open × cancel': [],
  'open × claim': [['resident', 'taken']],
  'open × release': [['staff', 'claim_released'], ['resident', 'back_to_pool']],
  'open × progress': [['resident', 'progress']],
  'open × complete': [['resident', 'done']],
  // The only holder so far reports the last part missing: staff hear all parts are in, the resident it is done.
  'open × report_part': [['staff', 'parts_in'], ['resident', 'done']],
  // Closed for the team: the resident rates it; the holder who had not reported hears why.
  'open × close_team': [['resident', 'done'], ['holder2', 'team_closed']],
  'open × escalate': [],
  'open × mark_overdue': [['staff', 'order_overdue'], ['holder', 'task_overdue']],
  'assigned × cancel': [],
  'assigned × accept': [['resident', 'taken']],
  'assigned × decline': [['staff', 'assign_declined']],
  'assigned × escalate': [],
  'assigned × mark_overdue': [['staff', 'order_overdue'], ['assignee', 'task_overdue']],
  'assigned × assign_timeout': [['staff', 'assign_timeout']],
  'in_progress × release': [['staff', 'claim_released'], ['resident', 'back_to_pool']],
  'in_progress × progress': [['resident', 'progress']],
  'in_progress × complete': [['resident', 'done']],
  // Another holder's part is still missing: nobody is told yet.
  'in_progress × report_part': [],
  'in_progress × close_team': [['resident', 'done']],
  'in_progress × escalate': [],
  'in_progress × mark_overdue': [['staff', 'order_overdue'], ['holder', 'task_overdue']],
  'escalated × street_resolve': [['resident', 'done']],
  'escalated × street_return': [['staff', 'street_returned']],
  'escalated × mark_overdue': [['staff', 'order_overdue']],
  'escalated × to_department': [['department', 'dept_assigned']],
  'escalated × dept_progress': [['resident', 'progress']],
  'escalated × dept_resolve': [['resident', 'done'], ['street', 'dept_resolved']],
  'escalated × dept_return': [['street', 'dept_returned']],
  'escalated × dept_overdue': [['department', 'dept_overdue'], ['street', 'dept_overdue']],
  'awaiting_rating × confirm': [],
  'awaiting_rating × rate_for': [],
  'awaiting_rating × reopen': [['staff', 'order_reopened'], ['holder', 'task_reopened']],
  'awaiting_rating × auto_close': [],
  'closed × visit': [],
  'closed × survey': [],
  'open × urge': [['holder', 'urged']],
  'open × extend': [['resident', 'extended'], ['holder', 'task_extended']],
  'open × recall': [['holder', 'recalled'], ['resident', 'back_to_pool']],
  'open × reassign': [['member', 'assigned']],
  'open × claim_remind': [['holder', 'claim_remind']],
  'open × claim_timeout': [['staff', 'claim_timeout'], ['holder', 'recalled'], ['resident', 'back_to_pool']],
  'assigned × urge': [['assignee', 'urged']],
  'assigned × extend': [['resident', 'extended'], ['assignee', 'task_extended']],
  'assigned × recall': [['assignee', 'recalled']],
  'assigned × reassign': [['assignee', 'recalled'], ['member', 'assigned']],
  'in_progress × urge': [['holder', 'urged']],
  'in_progress × extend': [['resident', 'extended'], ['holder', 'task_extended']],
  'in_progress × recall': [['holder', 'recalled'], ['resident', 'back_to_pool']],
  'in_progress × reassign': [['holder', 'recalled'], ['member', 'assigned']],
  'in_progress × claim_remind': [['holder', 'claim_remind']],
  'in_progress × claim_timeout': [['staff', 'claim_timeout'], ['holder', 'recalled'], ['resident', 'back_to_pool']],
};

const CELLS = Object.entries(MACHINE).flatMap(([status, row]) =>
  Object.entries(row as Record<string, Rule>).map(([command, rule]) => ({ status: status as OrderStatus, command: command as OrderCommand, by: rule.by[0] })),
);

/** Cells whose guards want more than the typical order. */
const PART = { note: '我负责清运', photos: [], hours: 2, at: at(-2) };
const other = { memberId: 'u-other', name: '陈静', claimedAt: at(-20), progressAt: null, remindedAt: null, part: null };
const OVER: Record<string, Partial<Order>> = {
  'open × cancel': { holders: [] },
  'open × reassign': { headcount: 1, holders: [] },
  'open × claim_timeout': { holders: reminded },
  'in_progress × claim_timeout': { holders: reminded },
  'open × complete': { headcount: 1 },
  'open × close_team': { headcount: 3, holders: [{ ...holding[0], part: PART }, other] },
  'in_progress × report_part': { headcount: 2, holders: [...holding, other] },
  'in_progress × close_team': { headcount: 2, holders: [{ ...holding[0], part: PART }] },
  'awaiting_rating × rate_for': { recordId: 'rec-1' },
  'escalated × dept_progress': WITH_DEPT,
  'escalated × dept_resolve': WITH_DEPT,
  'escalated × dept_return': WITH_DEPT,
  'escalated × dept_overdue': WITH_DEPT,
};

function run(status: OrderStatus, command: OrderCommand, by: Relation): { drafts: NoticeDraft[]; order: Order } {
  const order = { ...orderIn(status), ...OVER[`${status} × ${command}`] };
  const caller = ACTOR[by];
  const decision = decide(order, COMMANDS[command] as Command, { now: NOW, caller });
  return { drafts: noticesFor(order, decision, { caller, settings: DEFAULT_SETTINGS }), order };
}
const who = (d: NoticeDraft) =>
  'staffOf' in d.to ? 'staff' : 'streetOf' in d.to ? 'street' : 'departmentOf' in d.to ? 'department' : (NAMES[d.to.userId] ?? d.to.userId);

test('the table has a row for every cell of the machine, and only those', () => {
  expect(Object.keys(TABLE).sort()).toEqual(CELLS.map((c) => `${c.status} × ${c.command}`).sort());
});

describe('each step tells exactly the people the table says', () => {
  test.each(CELLS.map((c) => [`${c.status} × ${c.command}`, c] as const))('%s', (name, c) => {
    const { drafts, order } = run(c.status, c.command, c.by);
    expect(drafts.map((d) => [who(d), d.kind])).toEqual(TABLE[name]);
    for (const d of drafts) {
      expect(d).toMatchObject({ orderId: order.id, title: order.title, key: `${order.id}:${order.version + 1}:${d.kind}` });
      expect(d.text.length).toBeGreaterThan(0);
      if ('staffOf' in d.to) expect(d.to.staffOf).toBe('c1');
      if ('streetOf' in d.to) expect(d.to.streetOf).toBe('st1');
      if ('departmentOf' in d.to) expect(d.to.departmentOf).toBe('d1');
      expect(d.actorId).toBe(c.by === 'system' ? null : ACTOR[c.by].userId);
    }
  });
});

test('a new order tells staff of its community, urgent ones marked with their 受理时限', () => {
  expect(noticesForNew(base, DEFAULT_SETTINGS)).toEqual([
    { to: { staffOf: 'c1' }, kind: 'new_order', orderId: 'o1', title: '厨房水管漏水', text: '【紧急】新需求，请在2小时内受理', key: 'o1:1:new_order', actorId: 'u-owner' },
  ]);
  expect(noticesForNew({ ...base, urgency: 'life_threatening' }, DEFAULT_SETTINGS)[0].text).toBe('【危及生命】新需求，请在15分钟内受理');
  expect(noticesForNew({ ...base, urgency: 'normal' }, DEFAULT_SETTINGS)[0].text).toBe('新需求，请在24小时内受理');
});

test('what the resident reads: who is coming (三亮), why it was not taken, where it went', () => {
  expect(run('open', 'claim', 'member').drafts[0].text).toBe('党员陈静（供电公司·第一支部）已接单，将尽快联系您');
  expect(run('submitted', 'reject', 'staff').drafts[0].text).toBe('社区未受理：不属于服务范围（请拨打12345）');
  expect(run('open', 'release', 'holder').drafts[1].text).toBe('党员因故退出，需求已重新发布');
  const assigned = { ...orderIn('in_progress'), mode: 'assign' as const, headcount: 1 };
  const released = noticesFor(assigned, decide(assigned, COMMANDS.release, { now: NOW, caller: ACTOR.holder }), { caller: ACTOR.holder, settings: DEFAULT_SETTINGS });
  expect(released[1].text).toBe('党员因故退出，社区将重新安排');
  expect(run('submitted', 'assign', 'staff').drafts[0].text).toBe('社区给您指派了需求，请在24小时内接受');
});

test('a 代点单: whoever placed it hears what the resident hears (taken, done, the rate reminder), never of their own step', () => {
  const placedBy = { userId: 'u-grid', name: '赵网格', role: 'grid_worker' as const };
  const forRecord = (status: OrderStatus): Order => ({ ...orderIn(status), recordId: 'rec-1', placedBy });
  const kinds = (drafts: NoticeDraft[]) => drafts.map((d) => [who(d), d.kind]);
  const claimed = noticesFor(forRecord('open'), decide(forRecord('open'), COMMANDS.claim, { now: NOW, caller: ACTOR.member }), { caller: ACTOR.member, settings: DEFAULT_SETTINGS });
  expect(kinds(claimed)).toEqual([['resident', 'taken'], ['u-grid', 'taken']]);
  const done = noticesFor(forRecord('in_progress'), decide(forRecord('in_progress'), COMMANDS.complete, { now: NOW, caller: ACTOR.holder }), { caller: ACTOR.holder, settings: DEFAULT_SETTINGS });
  expect(kinds(done)).toEqual([['resident', 'done'], ['u-grid', 'done']]);
  expect(kinds(rateReminderNotices(forRecord('awaiting_rating')))).toEqual([['resident', 'rate_reminder'], ['u-grid', 'rate_reminder']]);
  // The grid worker rejecting it (as staff of their grid) is not told of it; the resident is.
  const rejected = noticesFor(forRecord('submitted'), decide(forRecord('submitted'), COMMANDS.reject, { now: NOW, caller: ACTOR.grid }), { caller: ACTOR.grid, settings: DEFAULT_SETTINGS });
  expect(kinds(rejected)).toEqual([['resident', 'rejected']]);
});

test('nobody is told of their own step', () => {
  // The resident who is also a member of the community holds their neighbour's order and reopens their own: no.
  const order = { ...orderIn('awaiting_rating'), residentId: 'u-holder' };
  const caller = { ...ACTOR.holder, roles: [...ACTOR.holder.roles, grant('resident', 'c1')] };
  const drafts = noticesFor(order, decide(order, COMMANDS.reopen, { now: NOW, caller }), { caller, settings: DEFAULT_SETTINGS });
  expect(drafts.map((d) => [who(d), d.kind])).toEqual([['staff', 'order_reopened']]);
});

test('reminders: deadline near for whoever holds or was asked, rate before auto-close for the resident, each keyed once', () => {
  const near = deadlineNearNotices({ ...orderIn('in_progress'), deadline: at(3) });
  expect(near.map((d) => [who(d), d.kind, d.key])).toEqual([['holder', 'deadline_near', `o1:deadline_near:${at(3)}`]]);
  expect(deadlineNearNotices({ ...orderIn('assigned'), deadline: at(3) }).map(who)).toEqual(['assignee']);
  expect(deadlineNearNotices(orderIn('escalated'))).toEqual([]);
  expect(rateReminderNotices(orderIn('awaiting_rating')).map((d) => [who(d), d.kind, d.key])).toEqual([['resident', 'rate_reminder', `o1:rate_reminder:${at(-1)}`]]);
});

test('every kind has a subscribe group and a label short enough for a phrase keyword', () => {
  for (const kind of Object.keys(NOTICE_LABEL) as NoticeKind[]) {
    expect(NOTICE_GROUP[kind]).toBeTruthy();
    expect(NOTICE_LABEL[kind]).toMatch(/^[\u4e00-\u9fa5]{1,5}$/);
  }
});

test('a full loop (submit → dispatch → claim → progress → complete → confirm) tells staff once each and the resident three times', () => {
  const steps: [OrderStatus, OrderCommand, Relation][] = [
    ['submitted', 'dispatch', 'staff'],
    ['open', 'claim', 'member'],
    ['in_progress', 'progress', 'holder'],
    ['in_progress', 'complete', 'holder'],
    ['awaiting_rating', 'confirm', 'owner'],
  ];
  const told = [...noticesForNew(base, DEFAULT_SETTINGS), ...steps.flatMap(([s, c, by]) => run(s, c, by).drafts)];
  expect(told.map((d) => [who(d), d.kind])).toEqual([
    ['staff', 'new_order'],
    ['resident', 'taken'],
    ['resident', 'progress'],
    ['resident', 'done'],
  ]);
});
