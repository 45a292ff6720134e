/**
 * Named preconditions, each with the error the user reads when it fails.
 * A guard sees the order, the command and the context; it never does I/O.
 */
import type { ErrorCode } from '../../types/errors';
import type { MemberProfile, Order, PoolLimit } from '../../types/domain';
import type { Caller } from './access';
import type { Command } from './order.commands';

export interface DecideContext {
  now: Date;
  caller: Caller;
}

export type Guard = (order: Order, cmd: Command, ctx: DecideContext) => ErrorCode | null;

const memberId = (ctx: DecideContext) => ctx.caller.userId;

export const nobodyHolds: Guard = (o) => (o.holders.length === 0 ? null : 'ORDER.HAS_HOLDERS');

/** Nobody earns points for helping themselves. */
export const notOwnOrder: Guard = (o, _c, ctx) => (o.residentId === ctx.caller.userId ? 'ORDER.OWN_ORDER' : null);

export const notYetHolding: Guard = (o, _c, ctx) =>
  o.holders.some((h) => h.memberId === memberId(ctx)) ? 'ORDER.ALREADY_HOLDING' : null;

export const hasFreeSlot: Guard = (o) => (o.holders.length < o.headcount ? null : 'ORDER.NOT_CLAIMABLE');

export const underClaimLimit: Guard = (_o, c) =>
  c.type === 'claim' && c.activeClaims >= c.maxActiveClaims ? 'ORDER.CLAIM_LIMIT' : null;

/** Pool limits: each axis that is set must match the member's 报到 profile. No limit lets everyone in. */
export function matchesPoolLimit(limit: PoolLimit | null, m: Pick<MemberProfile, 'skills' | 'teamId' | 'gridId'>): boolean {
  if (!limit) return true;
  if (limit.skills.length > 0 && !limit.skills.some((s) => m.skills.includes(s))) return false;
  if (limit.teamId && limit.teamId !== m.teamId) return false;
  return !(limit.gridIds.length > 0 && !(m.gridId && limit.gridIds.includes(m.gridId)));
}

export const meetsPoolLimit: Guard = (o, _c, ctx) => {
  const m = ctx.caller.member;
  return !m || matchesPoolLimit(o.poolLimit, m) ? null : 'ORDER.NOT_ELIGIBLE';
};

/** A new deadline (dispatch, assign, escalate) must lie ahead. */
export const deadlineAhead: Guard = (_o, c, ctx) => {
  const deadline = c.type === 'dispatch' || c.type === 'assign' ? c.plan.deadline : c.type === 'escalate' ? c.deadline : null;
  return deadline !== null && Date.parse(deadline) <= ctx.now.getTime() ? 'ORDER.DEADLINE_PAST' : null;
};

export const assigneeVerified: Guard = (o, c) => {
  if (c.type !== 'assign') return null;
  const a = c.assignee;
  return a && a.status === 'verified' && a.communityId === o.communityId && a.userId !== o.residentId ? null : 'ORDER.ASSIGNEE_INVALID';
};

/** 代评 only for a 代点单: a resident with their own account rates for themselves. */
export const placedForRecord: Guard = (o) => (o.recordId !== null ? null : 'ORDER.NOT_PROXY');

export const pastDeadlineNotMarked: Guard = (o, _c, ctx) =>
  o.overdueAt === null && o.deadline !== null && Date.parse(o.deadline) < ctx.now.getTime() ? null : 'ORDER.INVALID_TRANSITION';

/** 受理超时 is recorded once, while the order still waits for staff past its 受理时限. */
export const pastAcceptLimitNotMarked: Guard = (o, _c, ctx) =>
  o.acceptOverdueAt === null && o.acceptBy !== null && Date.parse(o.acceptBy) < ctx.now.getTime() ? null : 'ORDER.INVALID_TRANSITION';
