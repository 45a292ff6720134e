/**
 * The steps wish actions share: load the wish with the caller and the unit they act for, decide, commit on the
 * version with the step's notices, and answer with the caller's view.
 */
import type { Unit, Wish, WishView } from '../../../types/wishes';
import type { Caller } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import { actsFor, canViewWish, wishRelationsOf } from '../../domain/wish.access';
import type { WishCommandInput } from '../../domain/wish.commands';
import { decideWish } from '../../domain/wish.decide';
import { wishNoticesFor } from '../../domain/wish.notices';
import { wishViews } from '../../views/wish.view';
import type { ActionContext } from './action';
import { callerIn } from './caller';

export interface LoadedWish {
  wish: Wish;
  caller: Caller;
  unit: Unit | null;
}

/** The unit this caller acts for in the community, or UNIT.NOT_FOUND when they are not its contact there. */
export async function unitFor(ctx: ActionContext, unitId: string | undefined, communityId: string): Promise<Unit | null> {
  if (!unitId) return null;
  const unit = await ctx.store.getUnit(unitId);
  if (!actsFor({ userId: ctx.user.id }, unit, communityId)) throw new DomainError('UNIT.NOT_FOUND');
  return unit;
}

/** The wish, if the caller may see it (else WISH.NOT_FOUND, so its existence does not leak). */
export async function loadWish(ctx: ActionContext, wishId: string, unitId?: string): Promise<LoadedWish> {
  const wish = await ctx.store.getWish(wishId);
  if (!wish) throw new DomainError('WISH.NOT_FOUND');
  const [caller, unit] = await Promise.all([callerIn(ctx, wish.communityId), unitFor(ctx, unitId, wish.communityId)]);
  if (!canViewWish(wish, wishRelationsOf(wish, caller, unit), caller)) throw new DomainError('WISH.NOT_FOUND');
  return { wish, caller, unit };
}

export async function wishViewFor(ctx: ActionContext, loaded: LoadedWish): Promise<WishView> {
  return (await wishViews(ctx, [loaded.wish], { now: ctx.now, caller: loaded.caller, unit: loaded.unit }))[0];
}

/** Decides and commits one step on the wish as loaded; a wish changed meanwhile is WISH.CONFLICT. */
export async function runWishStep(
  ctx: ActionContext,
  input: { wishId: string; unitId?: string },
  command: (loaded: LoadedWish) => WishCommandInput,
): Promise<WishView> {
  const loaded = await loadWish(ctx, input.wishId, input.unitId);
  const { wish, caller, unit } = loaded;
  const decision = decideWish(wish, command(loaded), { now: ctx.now, caller, unit });
  const done = await ctx.store.transitionWish({
    wishId: wish.id,
    expectVersion: wish.version,
    decision,
    actor: { id: ctx.user.id, role: decision.actorRole === 'staff' ? 'staff' : unit ? 'resident' : 'member' },
    now: ctx.now,
    notices: wishNoticesFor(wish, decision, ctx.user.id),
  });
  if (!done) throw new DomainError('WISH.CONFLICT');
  return wishViewFor(ctx, { ...loaded, wish: done });
}
