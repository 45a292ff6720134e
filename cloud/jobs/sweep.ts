/**
 * The sweep, run by the timer function in the cloud and on an interval by the local host: marks orders still
 * waiting past their 受理时限, records overdue orders, closes orders left unrated past the community's limit,
 * returns assignments nobody answered to staff — each an ordinary transition by the system, its notices queued
 * with it — and queues the reminders: deadline near (holders), one day before auto-close (the resident).
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
  autoClosed: number;
  assignTimeouts: number;
  /** 微心愿 back with staff, unclaimed or undelivered by their deadline. */
  wishesReturned: number;
}

const BATCH = 100;

const STEPS: { kind: SweepKind; command: Command; before: (now: Date, s: CommunitySettings) => Date; key: keyof SweepReport }[] = [
  { kind: 'accept_overdue', command: { type: 'accept_overdue' }, before: (now) => now, key: 'acceptOverdue' },
  { kind: 'overdue', command: { type: 'mark_overdue' }, before: (now) => now, key: 'overdue' },
  { kind: 'auto_close', command: { type: 'auto_close' }, before: autoCloseBefore, key: 'autoClosed' },
  { kind: 'assign_timeout', command: { type: 'assign_timeout' }, before: assignTimeoutBefore, key: 'assignTimeouts' },
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

async function apply(store: Store, order: Order, command: Command, now: Date, settings: CommunitySettings): Promise<boolean> {
  try {
    const decision = decide(order, command, { now, caller: SYSTEM_CALLER });
    const notices = noticesFor(order, decision, { caller: SYSTEM_CALLER, settings });
    const done = await store.transition({ orderId: order.id, expectVersion: order.version, decision, actor: { id: null, role: 'system' }, now, notices });
    return done !== null;
  } catch (e) {
    // Someone acted on it between the query and the decision; the next sweep sees the new state.
    if (e instanceof DomainError) return false;
    throw e;
  }
}

export async function sweep(store: Store, now: Date): Promise<SweepReport> {
  const report: SweepReport = { acceptOverdue: 0, overdue: 0, autoClosed: 0, assignTimeouts: 0, wishesReturned: 0 };
  for (const { id } of await store.listCommunities()) {
    const { settings } = (await store.getCommunity(id))!;
    for (const step of STEPS) {
      const before = step.before(now, settings);
      for (;;) {
        const due = await store.dueForSweep(step.kind, id, before, BATCH);
        let moved = 0;
        for (const order of due) if (await apply(store, order, step.command, now, settings)) moved++;
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
