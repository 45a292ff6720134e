/**
 * The sweep, run by the timer function in the cloud and on an interval by the local host:
 * records overdue orders, closes orders left unrated past the community's limit, and returns
 * assignments nobody answered to staff. Each step is an ordinary transition by the system.
 */
import type { Order } from '../../types/domain';
import { SYSTEM_CALLER } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import type { Command } from '../domain/order.commands';
import { decide } from '../domain/order.decide';
import { assignTimeoutBefore, autoCloseBefore, type CommunitySettings } from '../domain/policies';
import type { Store, SweepKind } from '../store/store.port';

export interface SweepReport {
  overdue: number;
  autoClosed: number;
  assignTimeouts: number;
}

const BATCH = 100;

const STEPS: { kind: SweepKind; command: Command; before: (now: Date, s: CommunitySettings) => Date; key: keyof SweepReport }[] = [
  { kind: 'overdue', command: { type: 'mark_overdue' }, before: (now) => now, key: 'overdue' },
  { kind: 'auto_close', command: { type: 'auto_close' }, before: autoCloseBefore, key: 'autoClosed' },
  { kind: 'assign_timeout', command: { type: 'assign_timeout' }, before: assignTimeoutBefore, key: 'assignTimeouts' },
];

async function apply(store: Store, order: Order, command: Command, now: Date): Promise<boolean> {
  try {
    const decision = decide(order, command, { now, caller: SYSTEM_CALLER });
    const done = await store.transition({ orderId: order.id, expectVersion: order.version, decision, actor: { id: null, role: 'system' }, now });
    return done !== null;
  } catch (e) {
    // Someone acted on it between the query and the decision; the next sweep sees the new state.
    if (e instanceof DomainError) return false;
    throw e;
  }
}

export async function sweep(store: Store, now: Date): Promise<SweepReport> {
  const report: SweepReport = { overdue: 0, autoClosed: 0, assignTimeouts: 0 };
  for (const { id } of await store.listCommunities()) {
    const community = await store.getCommunity(id);
    for (const step of STEPS) {
      const before = step.before(now, community!.settings);
      for (;;) {
        const due = await store.dueForSweep(step.kind, id, before, BATCH);
        let moved = 0;
        for (const order of due) if (await apply(store, order, step.command, now)) moved++;
        report[step.key] += moved;
        if (due.length < BATCH || moved === 0) break;
      }
    }
  }
  return report;
}
