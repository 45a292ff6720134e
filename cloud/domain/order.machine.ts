/**
 * The order workflow as data: for each status, the commands it accepts, who may give them,
 * what must hold, and where the order goes. A status without a row fails to compile.
 *
 *   submitted ──dispatch──▶ open ──claim (until N hold it)──▶ in_progress ──complete──▶ awaiting_rating ──confirm──▶ closed
 *                     (a team order: report_part by each holder, the last one ──▶ awaiting_rating; or staff close_team)
 *       │  └──assign──▶ assigned ──accept──▶ in_progress                                      │ reopen ↺
 *       ├──reject──▶ rejected                     escalate (from any active) ──▶ escalated ──street_resolve──┘
 *       └──cancel──▶ cancelled (while nobody holds it)                                └──street_return──▶ submitted
 *
 * The street may send an escalated order on to a department of its street (to_department, with the department's
 * own deadline); while the department has it the street waits: the department reports progress, resolves it
 * (dept_resolve ──▶ awaiting_rating) or returns it to the street (dept_return, still escalated), and the sweep marks
 * it once past the department's deadline (dept_overdue).
 *
 * Steering while members work on it (open, assigned, in_progress): staff urge (督办) and extend the deadline in
 * place, recall from one member (their slot frees as a release would) or reassign to another member (→ assigned);
 * the sweep reminds a member whose claim shows no progress, then releases it (claim_timeout).
 */
import type { Order, OrderCommand, OrderStatus } from '../../types/domain';
import type { Relation } from './access';
import { BACK_TO_STAFF, type OrderPatch } from './order.effects';
import {
  assigneeVerified,
  claimIdle,
  claimIdleAfterReminder,
  deadlineAhead,
  departmentHasIt,
  departmentOfStreet,
  hasFreeSlot,
  hasWorkers,
  laterDeadline,
  meetsPoolLimit,
  nobodyHolds,
  notCurrentWorker,
  notOwnOrder,
  notServedByCaller,
  notWithDepartment,
  pastDepartmentDeadlineNotMarked,
  notYetHolding,
  pastAcceptLimitNotMarked,
  partNotReported,
  pastDeadlineNotMarked,
  recallsWorker,
  singleSlot,
  photoGiven,
  releasable,
  soloOrder,
  somePartReported,
  teamOrder,
  placedForRecord,
  underClaimLimit,
  type Guard,
} from './order.guards';
import { isLastPart } from './team';

/**
 * Where the order goes when that depends on the order as it was, with the fields that go with that target
 * (XState's guarded transitions: target and actions together). Branches are tried in order; the last has no `when`.
 */
export interface Branch {
  when?: (order: Order) => boolean;
  to: OrderStatus;
  /** Set on top of the command's own effect (order.effects.ts) when this branch is taken. */
  patch?: OrderPatch;
}

export interface Rule {
  /** Any one of these relations may give the command. */
  by: readonly Relation[];
  /** Checked in order; the first failure is the user's error. */
  guards?: readonly Guard[];
  /** The next status, fixed or chosen among branches by the order as it was. */
  to: OrderStatus | readonly Branch[];
}

type Row = Partial<Record<OrderCommand, Rule>>;

/** Order work of the community: its staff, and the grid workers of the order's grid. */
const staff = ['staff', 'grid'] as const;
const holder = ['holder'] as const;
const system = ['system'] as const;

const escalate: Rule = { by: staff, guards: [deadlineAhead], to: 'escalated' };
const progress = (status: OrderStatus): Rule => ({ by: holder, to: status });
const markOverdue = (status: OrderStatus): Rule => ({ by: system, guards: [pastDeadlineNotMarked], to: status });
const complete: Rule = { by: holder, guards: [soloOrder, photoGiven], to: 'awaiting_rating' };
/** A team member's own part: the last one missing sends the order to 待评价, the others leave it where it is. */
const reportPart = (status: OrderStatus): Rule => ({
  by: holder,
  guards: [teamOrder, partNotReported, photoGiven],
  to: [{ when: isLastPart, to: 'awaiting_rating' }, { to: status }],
});
/** 代为结单: staff end the work for the team; only the holders who reported are paid. */
const closeTeam: Rule = { by: staff, guards: [teamOrder, somePartReported], to: 'awaiting_rating' };

/** Claiming fills a slot; the last slot takes the order out of the pool. */
const afterClaim: Branch[] = [{ when: (o) => o.holders.length + 1 >= o.headcount, to: 'in_progress' }, { to: 'open' }];
/** Releasing frees a slot: back to staff, undispatched, when it was assigned to one person; else back to the pool. */
const afterRelease: Branch[] = [{ when: (o) => o.mode === 'assign', to: 'submitted', patch: BACK_TO_STAFF }, { to: 'open' }];
/** Steering, the same wherever members work on the order; the order stays where it is unless a member leaves it. */
const urge = (status: OrderStatus): Rule => ({ by: staff, guards: [hasWorkers], to: status });
const extend = (status: OrderStatus): Rule => ({ by: staff, guards: [deadlineAhead, laterDeadline], to: status });
const reassign: Rule = { by: staff, guards: [singleSlot, assigneeVerified, notCurrentWorker], to: 'assigned' };
/** Taking the order from one member frees their slot as a release would (from the pool, it stays in the pool). */
const recall = (to: OrderStatus | Branch[]): Rule => ({ by: staff, guards: [hasWorkers, recallsWorker], to });
const claimRemind = (status: OrderStatus): Rule => ({ by: system, guards: [claimIdle], to: status });
const claimTimeout = (to: OrderStatus | Branch[]): Rule => ({ by: system, guards: [claimIdleAfterReminder], to });

/** Not solved: back to whoever holds it (and to the pool if slots are still free), else back to staff, undispatched. */
const afterReopen: Branch[] = [
  { when: (o) => o.holders.length === 0, to: 'submitted', patch: BACK_TO_STAFF },
  { when: (o) => o.mode === 'pool' && o.holders.length < o.headcount, to: 'open' },
  { to: 'in_progress' },
];

export const MACHINE = {
  submitted: {
    cancel: { by: ['owner'], to: 'cancelled' },
    reject: { by: staff, to: 'rejected' },
    dispatch: { by: staff, guards: [deadlineAhead], to: 'open' },
    assign: { by: staff, guards: [deadlineAhead, assigneeVerified], to: 'assigned' },
    escalate,
    mark_overdue: markOverdue('submitted'),
    accept_overdue: { by: system, guards: [pastAcceptLimitNotMarked], to: 'submitted' },
  },
  open: {
    cancel: { by: ['owner'], guards: [nobodyHolds], to: 'cancelled' },
    claim: { by: ['member'], guards: [notOwnOrder, notYetHolding, meetsPoolLimit, hasFreeSlot, underClaimLimit], to: afterClaim },
    release: { by: holder, guards: [releasable], to: 'open' },
    progress: progress('open'),
    complete,
    report_part: reportPart('open'),
    close_team: closeTeam,
    escalate,
    mark_overdue: markOverdue('open'),
    urge: urge('open'),
    extend: extend('open'),
    recall: recall('open'),
    reassign,
    claim_remind: claimRemind('open'),
    claim_timeout: claimTimeout('open'),
  },
  assigned: {
    cancel: { by: ['owner'], to: 'cancelled' },
    accept: { by: ['assignee'], to: 'in_progress' },
    decline: { by: ['assignee'], to: 'submitted' },
    escalate,
    mark_overdue: markOverdue('assigned'),
    assign_timeout: { by: system, to: 'submitted' },
    urge: urge('assigned'),
    extend: extend('assigned'),
    recall: recall('submitted'),
    reassign,
  },
  in_progress: {
    release: { by: holder, guards: [releasable], to: afterRelease },
    progress: progress('in_progress'),
    complete,
    report_part: reportPart('in_progress'),
    close_team: closeTeam,
    escalate,
    mark_overdue: markOverdue('in_progress'),
    urge: urge('in_progress'),
    extend: extend('in_progress'),
    recall: recall(afterRelease),
    reassign,
    claim_remind: claimRemind('in_progress'),
    claim_timeout: claimTimeout(afterRelease),
  },
  escalated: {
    street_resolve: { by: ['street'], guards: [notWithDepartment], to: 'awaiting_rating' },
    street_return: { by: ['street'], guards: [notWithDepartment], to: 'submitted' },
    mark_overdue: markOverdue('escalated'),
    to_department: { by: ['street'], guards: [notWithDepartment, departmentOfStreet, deadlineAhead], to: 'escalated' },
    dept_progress: { by: ['department'], guards: [departmentHasIt], to: 'escalated' },
    dept_resolve: { by: ['department'], guards: [departmentHasIt], to: 'awaiting_rating' },
    dept_return: { by: ['department'], guards: [departmentHasIt], to: 'escalated' },
    dept_overdue: { by: system, guards: [pastDepartmentDeadlineNotMarked], to: 'escalated' },
  },
  awaiting_rating: {
    confirm: { by: ['owner'], to: 'closed' },
    rate_for: { by: staff, guards: [placedForRecord], to: 'closed' },
    reopen: { by: ['owner'], to: afterReopen },
    auto_close: { by: system, to: 'closed' },
  },
  closed: {
    visit: { by: staff, to: 'closed' },
    survey: { by: staff, guards: [notServedByCaller], to: 'closed' },
  },
  rejected: {},
  cancelled: {},
} satisfies Record<OrderStatus, Row>;

export function ruleFor(status: OrderStatus, command: OrderCommand): Rule | undefined {
  return (MACHINE[status] as Row)[command];
}

/** The branch this order takes under the rule: its next status and the fields that go with it. */
export function targetOf(rule: Rule, order: Order): Branch {
  if (typeof rule.to === 'string') return { to: rule.to };
  return rule.to.find((b) => !b.when || b.when(order))!;
}
