/**
 * The shared steps of every order transition: load → check the caller may see it → decide → commit
 * conditionally → return the detail as this caller sees it. A lost race is decided again on fresh data.
 */
import type { Order, OrderEvent } from '../../../types/domain';
import type { ErrorCode } from '../../../types/errors';
import type { OrderDetail } from '../../../types/views';
import { canView, relationsOf, TIMELINE_ROLE, type Caller } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import type { Command } from '../../domain/order.commands';
import { noticesFor } from '../../domain/notices';
import { decide, type Decision } from '../../domain/order.decide';
import type { CommunitySettings } from '../../domain/policies';
import type { Store } from '../../store/store.port';
import { lookupFor } from '../../views/lookup';
import { orderDetail } from '../../views/order.view';
import type { ActionContext } from './action';
import { callerIn } from './caller';
import { pioneerCard } from '../../domain/leaderboard';

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

/**
 * The detail as this caller sees it; `ctx` gives the store and the platform that issues photo URLs, `events` is given
 * when the write that returned the order read them too.
 */
export async function detailFor(
  ctx: Pick<ActionContext, 'store' | 'platform'>,
  order: Order,
  caller: Caller,
  now: Date,
  events?: OrderEvent[],
): Promise<OrderDetail> {
  const timeline = events ?? (await ctx.store.events(order.id));
  const profiles = await Promise.all(order.holders.map((h) => ctx.store.getMember(h.memberId, order.communityId)));
  const holderCards = profiles.flatMap((p) => (p ? [pioneerCard(p)] : []));
  return orderDetail(order, timeline, caller, now, await lookupFor(ctx, [order], timeline), holderCards);
}

export interface TransitionRequest {
  orderId: string;
  version?: number;
  hiddenAs?: HiddenAs;
  /** Builds the command from the order as loaded (some commands need more data, e.g. the assignee). */
  command: (order: Order, caller: Caller) => Promise<Command> | Command;
}

/** Commits one decision, with the notices it calls for, through the store. */
async function commit(ctx: ActionContext, order: Order, caller: Caller, decision: Decision): Promise<Order | null> {
  const { settings } = (await ctx.store.getCommunity(order.communityId))!;
  return ctx.store.transition(changeFor(ctx, order, caller, decision, settings));
}

function changeFor(ctx: ActionContext, order: Order, caller: Caller, decision: Decision, settings: CommunitySettings) {
  return {
    orderId: order.id,
    expectVersion: order.version,
    decision,
    actor: { id: caller.userId, role: TIMELINE_ROLE[decision.actorRole] },
    now: ctx.now,
    notices: noticesFor(order, decision, { caller, settings }),
  };
}

/** What the store's refusal means when the domain, deciding again, still finds nothing wrong (it should not). */
const REFUSED = {
  full: 'ORDER.NOT_CLAIMABLE',
  holding: 'ORDER.ALREADY_HOLDING',
  limit: 'ORDER.CLAIM_LIMIT',
  gone: 'ORDER.NOT_FOUND',
} as const satisfies Record<string, ErrorCode>;

/**
 * 党员接单: decided by the domain on the order and the member's count as read, taken by the store's one conditional
 * statement, which re-checks what may have changed since (a slot, a hold, the limit: store/pg/claim.sql.ts). Refused,
 * the domain decides again on the order as it is now, so the member reads the domain's reason.
 */
export async function runClaim(ctx: ActionContext, orderId: string, hiddenAs: HiddenAs): Promise<OrderDetail> {
  let seen = await ctx.store.getOrderForClaim(orderId, ctx.user.id);
  for (let attempt = 1; ; attempt++) {
    if (!seen) throw new DomainError('ORDER.NOT_FOUND');
    const { order, activeClaims } = seen;
    const caller = await callerIn(ctx, order.communityId);
    if (!canView(order, relationsOf(order, caller))) throw new DomainError(hiddenAs(order, caller));
    const { settings } = (await ctx.store.getCommunity(order.communityId))!;
    const command = { type: 'claim', activeClaims, maxActiveClaims: settings.maxActiveClaims } as const;
    const decision = decide(order, command, { now: ctx.now, caller });
    const change = { ...changeFor(ctx, order, caller, decision, settings), holderName: caller.member?.realName ?? ctx.user.name };
    const outcome = await ctx.store.claim(change, settings.maxActiveClaims);
    if (outcome.ok) return detailFor(ctx, outcome.order, caller, ctx.now, outcome.events);
    if (attempt >= ATTEMPTS) throw new DomainError(REFUSED[outcome.reason]);
    seen = outcome.fresh ?? (await ctx.store.getOrderForClaim(orderId, ctx.user.id));
  }
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
