/**
 * decideWish(wish, command, ctx): the one place a wish's fate is settled. Pure: the clock, the caller and the unit
 * they act for come in `ctx`; the store commits what comes out, conditional on the wish's version (or, for a
 * claim, on it still being open).
 */
import type { ErrorCode } from '../../types/errors';
import type { Wish, WishCommand, WishStatus } from '../../types/wishes';
import { DomainError } from './domain.error';
import { claimerRefusal, wishRelationsOf, type WishRelation } from './wish.access';
import type { WishCommandInput, WishContext } from './wish.commands';
import { WISH_EFFECTS, type WishEffect } from './wish.effects';
import { underHoldLimit } from './wish.guards';
import { WISH_MACHINE, wishRuleFor, type WishRule } from './wish.machine';

export interface WishDecision extends WishEffect {
  command: WishCommand;
  from: WishStatus;
  to: WishStatus;
  actorRole: WishRelation;
}

/** A claim on a wish someone holds: the caller's own (a retry, or twice) or someone else's. */
function claimedRefusal(wish: Wish, ctx: WishContext): ErrorCode {
  const c = wish.claimer;
  const mine = c && (ctx.unit ? c.kind === 'unit' && c.id === ctx.unit.id : c.kind === 'member' && c.id === ctx.caller.userId);
  return mine ? 'WISH.ALREADY_CLAIMED' : wish.status === 'returned' ? 'WISH.INVALID_TRANSITION' : 'WISH.TAKEN';
}

export function decideWish(wish: Wish, cmd: WishCommandInput, ctx: WishContext): WishDecision {
  const rule = wishRuleFor(wish.status, cmd.type);
  if (!rule) throw new DomainError(cmd.type === 'claim' ? claimedRefusal(wish, ctx) : 'WISH.INVALID_TRANSITION');
  const rel = wishRelationsOf(wish, ctx.caller, ctx.unit);
  const actorRole = rule.by.find((r) => rel.has(r));
  if (!actorRole) throw new DomainError(refusalFor(rule, ctx));
  for (const guard of rule.guards ?? []) {
    const code = guard(wish, cmd, ctx);
    if (code) throw new DomainError(code);
  }
  const effect = (WISH_EFFECTS[cmd.type] as (w: Wish, c: WishCommandInput, x: WishContext) => WishEffect)(wish, cmd, ctx);
  return { ...effect, command: cmd.type, from: wish.status, to: rule.to, actorRole };
}

function refusalFor(rule: WishRule, ctx: WishContext): ErrorCode {
  const claimant = rule.by.includes('member') || rule.by.includes('unit');
  return (claimant && claimerRefusal(ctx.caller, ctx.unit)) || 'AUTH.FORBIDDEN';
}

/** Guards that judge the command's own input, left to the moment it is given. */
const INPUT_GUARDS = new Set([underHoldLimit]);

/** The commands this caller may give now, for the buttons on the wish page. */
export function availableWishCommands(wish: Wish, ctx: WishContext): WishCommand[] {
  const rel = wishRelationsOf(wish, ctx.caller, ctx.unit);
  return (Object.keys(WISH_MACHINE[wish.status]) as WishCommand[]).filter((command) => {
    if (command === 'expire' || command === 'repost') return command === 'repost' && rel.has('staff');
    const rule = wishRuleFor(wish.status, command)!;
    if (!rule.by.some((r) => rel.has(r))) return false;
    return (rule.guards ?? []).every((g) => INPUT_GUARDS.has(g) || g(wish, { type: command } as WishCommandInput, ctx) === null);
  });
}
