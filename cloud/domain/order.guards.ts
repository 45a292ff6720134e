/**
 * Named preconditions, each with the error the user reads when it fails.
 * A guard sees the order, the command and the context; it never does I/O.
 */
import type { ErrorCode } from '../../types/errors';
import type { MemberProfile, Order, PoolLimit } from '../../types/domain';
import type { Caller } from './access';
import type { Command } from './order.commands';
import { isTeamOrder, reported } from './team';

export interface DecideContext {
  now: Date;
  caller: Caller;
}

export type Guard = (order: Order, cmd: Command, ctx: DecideContext) => ErrorCode | null;

const memberId = (ctx: DecideContext) => ctx.caller.userId;

export const nobodyHolds: Guard = (o) => (o.holders.length === 0 ? null : 'ORDER.HAS_HOLDERS');

/** Nobody earns points for helping themselves. */
export const notOwnOrder: Guard = (o, _c, ctx) => (o.residentId === ctx.caller.userId ? 'ORDER.OWN_ORDER' : null);

/** 测评 is by someone who did not serve the order: not a holder, not the assignee. */
export const notServedByCaller: Guard = (o, _c, ctx) =>
  o.holders.some((h) => h.memberId === ctx.caller.userId) || o.assigneeId === ctx.caller.userId ? 'DUTY.SELF_SURVEY' : null;

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

/** A new deadline (dispatch, assign, escalate, extend) must lie ahead. */
export const deadlineAhead: Guard = (_o, c, ctx) => {
  const deadline =
    c.type === 'dispatch' || c.type === 'assign'
      ? c.plan.deadline
      : c.type === 'escalate' || c.type === 'extend' || c.type === 'to_department'
        ? c.deadline
        : null;
  return deadline !== null && Date.parse(deadline) <= ctx.now.getTime() ? 'ORDER.DEADLINE_PAST' : null;
};

/** An extension moves the deadline later, never earlier. */
export const laterDeadline: Guard = (o, c) =>
  c.type === 'extend' && o.deadline !== null && Date.parse(c.deadline) <= Date.parse(o.deadline) ? 'ORDER.DEADLINE_NOT_LATER' : null;

/** Assigned (or reassigned) only to a verified member of its community who did not place it. */
export const assigneeVerified: Guard = (o, c) => {
  if (c.type !== 'assign' && c.type !== 'reassign') return null;
  const a = c.assignee;
  return a && a.status === 'verified' && a.communityId === o.communityId && a.userId !== o.residentId ? null : 'ORDER.ASSIGNEE_INVALID';
};

/** The members holding the order, or the one asked to take it. */
export function workersOf(order: Order): string[] {
  return [...order.holders.map((h) => h.memberId), ...(order.status === 'assigned' && order.assigneeId ? [order.assigneeId] : [])];
}

/** Urging or recalling needs someone doing the work (or asked to). */
export const hasWorkers: Guard = (o) => (workersOf(o).length > 0 ? null : 'ORDER.NOBODY_TO_URGE');

/**
 * Whom a recall takes the order from: the named member, who must hold it (or be its assignee); unnamed, the assignee
 * or the only holder.
 */
export function recallTarget(o: Order, memberId: string | null): { memberId: string } | { error: ErrorCode } {
  if (o.status === 'assigned') {
    return memberId === null || memberId === o.assigneeId ? { memberId: o.assigneeId! } : { error: 'ORDER.NOT_HOLDER' };
  }
  if (memberId !== null) return o.holders.some((h) => h.memberId === memberId) ? { memberId } : { error: 'ORDER.NOT_HOLDER' };
  return o.holders.length === 1 ? { memberId: o.holders[0].memberId } : { error: 'ORDER.RECALL_WHOM' };
}

export const recallsWorker: Guard = (o, c) => {
  if (c.type !== 'recall') return null;
  const target = recallTarget(o, c.memberId);
  return 'error' in target ? target.error : null;
};

/** Reassigning gives the whole order to one member: for a team order staff recall members one by one instead. */
export const singleSlot: Guard = (o) => (o.headcount === 1 ? null : 'ORDER.TEAM_REASSIGN');

/** Reassigning to the member already doing it changes nothing. */
export const notCurrentWorker: Guard = (o, c) =>
  c.type === 'reassign' && c.assignee && workersOf(o).includes(c.assignee.userId) ? 'ORDER.SAME_ASSIGNEE' : null;

/** A claim the member has reported nothing on since claiming, made before `idleBefore` and not yet reminded. */
export const claimIdle: Guard = (o, c) => {
  if (c.type !== 'claim_remind') return null;
  const h = o.holders.find((x) => x.memberId === c.memberId);
  return h && h.progressAt === null && h.remindedAt === null && Date.parse(h.claimedAt) < Date.parse(c.idleBefore) ? null : 'ORDER.INVALID_TRANSITION';
};

/** A claim reminded before `remindedBefore` and still without progress. */
export const claimIdleAfterReminder: Guard = (o, c) => {
  if (c.type !== 'claim_timeout') return null;
  const h = o.holders.find((x) => x.memberId === c.memberId);
  return h && h.progressAt === null && h.remindedAt !== null && Date.parse(h.remindedAt) < Date.parse(c.remindedBefore) ? null : 'ORDER.INVALID_TRANSITION';
};
/** 代评 only for a 代点单: a resident with their own account rates for themselves. */
export const placedForRecord: Guard = (o) => (o.recordId !== null ? null : 'ORDER.NOT_PROXY');

export const pastDeadlineNotMarked: Guard = (o, _c, ctx) =>
  o.overdueAt === null && o.deadline !== null && Date.parse(o.deadline) < ctx.now.getTime() ? null : 'ORDER.INVALID_TRANSITION';

/** 受理超时 is recorded once, while the order still waits for staff past its 受理时限. */
export const pastAcceptLimitNotMarked: Guard = (o, _c, ctx) =>
  o.acceptOverdueAt === null && o.acceptBy !== null && Date.parse(o.acceptBy) < ctx.now.getTime() ? null : 'ORDER.INVALID_TRANSITION';

/** One person's order: completed by one report (order.complete). */
export const soloOrder: Guard = (o) => (isTeamOrder(o) ? 'ORDER.INVALID_TRANSITION' : null);

/** A team order: each holder reports their own part. */
export const teamOrder: Guard = (o) => (isTeamOrder(o) ? null : 'ORDER.INVALID_TRANSITION');

const ownPart = (o: Order, ctx: DecideContext) => o.holders.find((h) => h.memberId === memberId(ctx))?.part ?? null;

/** A holder reports their part once (until the resident says 未解决). */
export const partNotReported: Guard = (o, _c, ctx) => (ownPart(o, ctx) ? 'ORDER.PART_REPORTED' : null);

/** A holder who reported their part stays on the order: their part is what they will be paid for. */
export const releasable: Guard = (o, _c, ctx) => (ownPart(o, ctx) ? 'ORDER.PART_REPORTED_NO_RELEASE' : null);

/** Staff close a team order for the team only once someone reported a part (else nobody did anything to pay). */
export const somePartReported: Guard = (o) => (reported(o).length > 0 ? null : 'ORDER.NO_PARTS');

/** Completion shows what was done: at least one photo, unless the category says there is nothing to show. */
export const photoGiven: Guard = (_o, c) =>
  (c.type === 'complete' || c.type === 'report_part') && c.photoRequired && c.photos.length === 0 ? 'ORDER.PHOTO_REQUIRED' : null;

/** The department the street sent it to still has it (neither resolved nor returned). */
export const withDepartment = (o: Order): boolean => o.department !== null && o.department.outcome === null;

/** Department steps only while the department has it. */
export const departmentHasIt: Guard = (o) => (withDepartment(o) ? null : 'DEPARTMENT.NOT_WITH_IT');

/** While a department has it, the street waits for its answer rather than acting beside it. */
export const notWithDepartment: Guard = (o) => (withDepartment(o) ? 'DEPARTMENT.BUSY' : null);

/** 转派 only to an active department of the order's own street. */
export const departmentOfStreet: Guard = (o, c) => {
  if (c.type !== 'to_department') return null;
  if (!c.department || !c.department.active) return 'DEPARTMENT.NOT_FOUND';
  return c.department.streetId === o.streetId ? null : 'DEPARTMENT.OTHER_STREET';
};

/** 部门超期 is recorded once, while the department still has it past its own deadline. */
export const pastDepartmentDeadlineNotMarked: Guard = (o, _c, ctx) =>
  withDepartment(o) && o.department!.overdueAt === null && Date.parse(o.department!.deadline) < ctx.now.getTime()
    ? null
    : 'ORDER.INVALID_TRANSITION';
