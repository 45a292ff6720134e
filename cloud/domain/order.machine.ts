/**
 * The order workflow as data: for each status, the commands it accepts, who may give them,
 * what must hold, and where the order goes. A status without a row fails to compile.
 *
 *   submitted ──dispatch──▶ open ──claim (until N hold it)──▶ in_progress ──complete──▶ awaiting_rating ──confirm──▶ closed
 *       │  └──assign──▶ assigned ──accept──▶ in_progress                                      │ reopen ↺
 *       ├──reject──▶ rejected                     escalate (from any active) ──▶ escalated ──street_resolve──┘
 *       └──cancel──▶ cancelled (while nobody holds it)                                └──street_return──▶ submitted
 */
import type { Order, OrderCommand, OrderStatus } from '../../types/domain';
import type { Relation } from './access';
import { BACK_TO_STAFF, type OrderPatch } from './order.effects';
import {
  assigneeVerified,
  deadlineAhead,
  hasFreeSlot,
  meetsPoolLimit,
  nobodyHolds,
  notOwnOrder,
  notYetHolding,
  pastAcceptLimitNotMarked,
  pastDeadlineNotMarked,
  placedForRecord,
  underClaimLimit,
  type Guard,
} from './order.guards';

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

/** Claiming fills a slot; the last slot takes the order out of the pool. */
const afterClaim: Branch[] = [{ when: (o) => o.holders.length + 1 >= o.headcount, to: 'in_progress' }, { to: 'open' }];
/** Releasing frees a slot: back to staff, undispatched, when it was assigned to one person; else back to the pool. */
const afterRelease: Branch[] = [{ when: (o) => o.mode === 'assign', to: 'submitted', patch: BACK_TO_STAFF }, { to: 'open' }];
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
    release: { by: holder, to: 'open' },
    progress: progress('open'),
    complete: { by: holder, to: 'awaiting_rating' },
    escalate,
    mark_overdue: markOverdue('open'),
  },
  assigned: {
    cancel: { by: ['owner'], to: 'cancelled' },
    accept: { by: ['assignee'], to: 'in_progress' },
    decline: { by: ['assignee'], to: 'submitted' },
    escalate,
    mark_overdue: markOverdue('assigned'),
    assign_timeout: { by: system, to: 'submitted' },
  },
  in_progress: {
    release: { by: holder, to: afterRelease },
    progress: progress('in_progress'),
    complete: { by: holder, to: 'awaiting_rating' },
    escalate,
    mark_overdue: markOverdue('in_progress'),
  },
  escalated: {
    street_resolve: { by: ['street'], to: 'awaiting_rating' },
    street_return: { by: ['street'], to: 'submitted' },
    mark_overdue: markOverdue('escalated'),
  },
  awaiting_rating: {
    confirm: { by: ['owner'], to: 'closed' },
    rate_for: { by: staff, guards: [placedForRecord], to: 'closed' },
    reopen: { by: ['owner'], to: afterReopen },
    auto_close: { by: system, to: 'closed' },
  },
  closed: {
    visit: { by: staff, to: 'closed' },
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
