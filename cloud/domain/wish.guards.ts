/**
 * Named preconditions of wish commands, each with the error the user reads when it fails. No I/O.
 */
import type { ErrorCode } from '../../types/errors';
import type { Wish } from '../../types/wishes';
import type { WishCommandInput, WishContext } from './wish.commands';

export type WishGuard = (wish: Wish, cmd: WishCommandInput, ctx: WishContext) => ErrorCode | null;

const past = (iso: string, now: Date) => Date.parse(iso) <= now.getTime();

/** The wall shows it only from its release time; nobody can claim it earlier. */
export const released: WishGuard = (w, _c, ctx) => (past(w.releaseAt, ctx.now) ? null : 'WISH.NOT_RELEASED');

export const beforeDeadline: WishGuard = (w, _c, ctx) => (past(w.deadline, ctx.now) ? 'WISH.PAST_DEADLINE' : null);

/** A claimer holds at most the community's number of unrealised wishes (wishHoldLimit). */
export const underHoldLimit: WishGuard = (_w, c) => (c.type === 'claim' && c.held >= c.holdLimit ? 'WISH.HOLD_LIMIT' : null);

/** The sweep returns a wish only once its deadline has passed. */
export const pastDeadline: WishGuard = (w, _c, ctx) => (past(w.deadline, ctx.now) ? null : 'WISH.INVALID_TRANSITION');

/** Posted again: released no earlier than now is not required, but the deadline must lie ahead of both. */
export const newDatesValid: WishGuard = (_w, c, ctx) => {
  if (c.type !== 'repost') return null;
  return past(c.deadline, ctx.now) || Date.parse(c.deadline) <= Date.parse(c.releaseAt) ? 'WISH.DATES_INVALID' : null;
};
