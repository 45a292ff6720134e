/**
 * The shared steps of every order transition: load → check the caller may see it → decide → commit
 * conditionally → return the detail as this caller sees it. A lost race is decided again on fresh data.
 */
import type { Order } from '../../../types/domain';
import type { ErrorCode } from '../../../types/errors';
import type { OrderDetail } from '../../../types/views';
import { canView, relationsOf, TIMELINE_ROLE, type Caller } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import type { Command } from '../../domain/order.commands';
import { noticesFor } from '../../domain/notices';
import { decide, type Decision } from '../../domain/order.decide';
import type { Store } from '../../store/store.port';
import { lookupFor } from '../../views/lookup';
import { orderDetail } from '../../views/order.view';
import type { ActionContext } from './action';
import { callerIn } from './caller';

const ATTEMPTS = 3;


/** What to tell a caller who may not see the order; by default, that there is no such order. */
export type HiddenAs = (order: Order, caller: Caller) => ErrorCode;

export async function loadVisible(
  ctx: ActionContext,
  orderId: string,
  hiddenAs: HiddenAs = () => 'ORDER.NOT_FOUND',
): Promise<{ order: Order; caller: Caller }> {
  const order = await ctx.store.getOrder(orderId);
  if (!order) throw new DomainError('ORDER.NOT_FOUND');
  const caller = await callerIn(ctx, order.communityId);
  if (!canView(order, relationsOf(order, caller))) throw new DomainError(hiddenAs(order, caller));
  return { order, caller };
}

/** The order as this caller sees it; `ctx` gives the store and the platform that issues photo URLs. */
export async function detailFor(ctx: Pick<ActionContext, 'store' | 'platform'>, order: Order, caller: Caller, now: Date): Promise<OrderDetail> {
  const events = await ctx.store.events(order.id);
  return orderDetail(order, events, caller, now, await lookupFor(ctx, [order], events));
}

export interface TransitionRequest {
  orderId: string;
  version?: number;
  hiddenAs?: HiddenAs;
  /** Builds the command from the order as loaded (some commands need more data, e.g. the assignee). */
  command: (order: Order, caller: Caller) => Promise<Command> | Command;
}

/** Commits one decision, with the notices it calls for, through the store; the claim has its own atomic operation. */
async function commit(ctx: ActionContext, order: Order, caller: Caller, decision: Decision): Promise<Order | null> {
  const { settings } = (await ctx.store.getCommunity(order.communityId))!;
  const change = {
    orderId: order.id,
    expectVersion: order.version,
    decision,
    actor: { id: caller.userId, role: TIMELINE_ROLE[decision.actorRole] },
    now: ctx.now,
    notices: noticesFor(order, decision, { caller, settings }),
  };
  if (decision.command !== 'claim') return ctx.store.transition(change);
  const outcome = await ctx.store.claim(change, settings.maxActiveClaims);
  if (outcome.ok) return outcome.order;
  throw new DomainError(
    { full: 'ORDER.NOT_CLAIMABLE', holding: 'ORDER.ALREADY_HOLDING', limit: 'ORDER.CLAIM_LIMIT', gone: 'ORDER.NOT_FOUND' }[
      outcome.reason
    ] as 'ORDER.NOT_CLAIMABLE',
  );
}

/** True when the caller's own last step on this order was this very command: a retry after a lost reply. */
async function isReplay(store: Store, order: Order, caller: Caller, type: Command['type']): Promise<boolean> {
  const events = await store.events(order.id);
  const last = events[events.length - 1];
  return !!last && last.actorId === caller.userId && last.type === type;
}

export async function runTransition(ctx: ActionContext, req: TransitionRequest): Promise<OrderDetail> {
  for (let attempt = 1; ; attempt++) {
    const { order, caller } = await loadVisible(ctx, req.orderId, req.hiddenAs);
    const command = await req.command(order, caller);
    if (req.version !== undefined && req.version !== order.version) {
      if (await isReplay(ctx.store, order, caller, command.type)) return detailFor(ctx, order, caller, ctx.now);
      throw new DomainError('ORDER.CONFLICT');
    }
    const decision = decide(order, command, { now: ctx.now, caller });
    const committed = await commit(ctx, order, caller, decision);
    if (committed) return detailFor(ctx, committed, caller, ctx.now);
    if (attempt >= ATTEMPTS) throw new DomainError('ORDER.CONFLICT');
  }
}
