/**
 * The sweep, run by the timer function in the cloud and on an interval by the local host: marks orders still
 * waiting past their 受理时限, records overdue orders (and those still with a department past its deadline), closes orders left unrated past the community's limit,
 * returns assignments nobody answered to staff, reminds a member whose claim shows no progress and releases it a
 * period later — each an ordinary transition by the system, its notices queued with it — and queues the reminders:
 * deadline near (holders), one day before auto-close (the resident).
 */
import type { Order } from '../../types/domain';
import { SYSTEM_CALLER } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { deadlineNearNotices, noticesFor, rateReminderNotices, type NoticeDraft } from '../domain/notices';
import type { Command } from '../domain/order.commands';
import { decide } from '../domain/order.decide';
import {
  assignTimeoutBefore,
  autoCloseBefore,
  claimRemindBefore,
  claimTimeoutBefore,
  deadlineNearBefore,
  rateReminderBefore,
  type CommunitySettings,
} from '../domain/policies';
import type { Store, SweepKind } from '../store/store.port';
import { notifyPoolMatches } from './pool.match';
import { returnDueWishes } from './wishes';

export interface SweepReport {
  acceptOverdue: number;
  overdue: number;
  /** Orders still with their department past the department's deadline (部门超期). */
  departmentOverdue: number;
  autoClosed: number;
  assignTimeouts: number;
  /** Claims without progress whose member was reminded, and those released after the reminder. */
  claimReminders: number;
  claimTimeouts: number;
  /** 微心愿 back with staff, unclaimed or undelivered by their deadline. */
  wishesReturned: number;
}

const BATCH = 100;

interface Step {
  kind: SweepKind;
  before: (now: Date, s: CommunitySettings) => Date;
  /** The commands for one order due; the claim steps give one per holder, and the domain picks those it applies to. */
  commands: (order: Order, before: Date) => Command[];
  key: keyof SweepReport;
}

const once = (command: Command) => () => [command];
const perHolder = (command: (memberId: string, before: string) => Command) => (o: Order, before: Date) =>
  o.holders.map((h) => command(h.memberId, before.toISOString()));

const STEPS: Step[] = [
  { kind: 'accept_overdue', commands: once({ type: 'accept_overdue' }), before: (now) => now, key: 'acceptOverdue' },
  { kind: 'overdue', commands: once({ type: 'mark_overdue' }), before: (now) => now, key: 'overdue' },
  { kind: 'department_overdue', commands: once({ type: 'dept_overdue' }), before: (now) => now, key: 'departmentOverdue' },
  { kind: 'auto_close', commands: once({ type: 'auto_close' }), before: autoCloseBefore, key: 'autoClosed' },
  { kind: 'assign_timeout', commands: once({ type: 'assign_timeout' }), before: assignTimeoutBefore, key: 'assignTimeouts' },
  {
    kind: 'claim_timeout',
    commands: perHolder((memberId, remindedBefore) => ({ type: 'claim_timeout', memberId, remindedBefore })),
    before: claimTimeoutBefore,
    key: 'claimTimeouts',
  },
  {
    kind: 'claim_remind',
    commands: perHolder((memberId, idleBefore) => ({ type: 'claim_remind', memberId, idleBefore })),
    before: claimRemindBefore,
    key: 'claimReminders',
  },
];

/**
 * Reminders are not steps: each is queued once per person (its key carries the deadline or the completion), so
 * the orders due are read again on every run until they move on. One batch per community per run. New pool orders
 * go to the members who opted in (pool.match.ts).
 */
const REMINDERS: { kind: SweepKind; before: (now: Date, s: CommunitySettings) => Date; drafts: (o: Order, now: Date) => NoticeDraft[] }[] = [
  { kind: 'overdue', before: deadlineNearBefore, drafts: (o, now) => (Date.parse(o.deadline!) >= now.getTime() ? deadlineNearNotices(o) : []) },
  { kind: 'auto_close', before: rateReminderBefore, drafts: (o) => rateReminderNotices(o) },
];

/** The order after the step, or null when the step does not apply (any more). */
async function apply(store: Store, order: Order, command: Command, now: Date, settings: CommunitySettings): Promise<Order | null> {
  try {
    const decision = decide(order, command, { now, caller: SYSTEM_CALLER });
    const notices = noticesFor(order, decision, { caller: SYSTEM_CALLER, settings });
    return await store.transition({ orderId: order.id, expectVersion: order.version, decision, actor: { id: null, role: 'system' }, now, notices });
  } catch (e) {
    // Someone acted on it between the query and the decision (or this holder's claim is not due); the next sweep
    // sees the new state.
    if (e instanceof DomainError) return null;
    throw e;
  }
}

/** Applies the commands one after another, each on the order the last one left; how many applied. */
async function applyAll(store: Store, order: Order, commands: Command[], now: Date, settings: CommunitySettings): Promise<number> {
  let current = order;
  let moved = 0;
  for (const command of commands) {
    const next = await apply(store, current, command, now, settings);
    if (next) [current, moved] = [next, moved + 1];
  }
  return moved;
}

export async function sweep(store: Store, now: Date): Promise<SweepReport> {
  const report: SweepReport = { acceptOverdue: 0, overdue: 0, departmentOverdue: 0, autoClosed: 0, assignTimeouts: 0, claimReminders: 0, claimTimeouts: 0, wishesReturned: 0 };
  for (const { id } of await store.listCommunities()) {
    const { settings } = (await store.getCommunity(id))!;
    for (const step of STEPS) {
      const before = step.before(now, settings);
      for (;;) {
        const due = await store.dueForSweep(step.kind, id, before, BATCH);
        let moved = 0;
        for (const order of due) moved += await applyAll(store, order, step.commands(order, before), now, settings);
        report[step.key] += moved;
        if (due.length < BATCH || moved === 0) break;
      }
    }
    for (const r of REMINDERS) {
      const due = await store.dueForSweep(r.kind, id, r.before(now, settings), BATCH);
      const drafts = due.flatMap((o) => r.drafts(o, now));
      if (drafts.length > 0) await store.addNotices(drafts, now);
    }
    report.wishesReturned += await returnDueWishes(store, id, now);
    await notifyPoolMatches(store, id, now);
  }
  return report;
}
