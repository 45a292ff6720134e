import { z } from 'zod';
import type { WishClaimer } from '../../types/wishes';
import { DomainError } from '../domain/domain.error';
import { decideWish } from '../domain/wish.decide';
import { defineAction } from './shared/action';
import { loadWish, wishViewFor } from './shared/wish.run';
import { wishRef } from './shared/wish.schemas';

/**
 * 认领微心愿: the first verified member or verified unit wins, within the community's hold limit. A refused claim
 * is decided again on the wish as it is now, so the caller reads why (taken, already theirs, not yet released).
 */
export default defineAction('wish.claim', z.object(wishRef), async (input, ctx) => {
  const loaded = await loadWish(ctx, input.wishId, input.unitId);
  const { wish, caller, unit } = loaded;
  const claimer: WishClaimer = unit
    ? { kind: 'unit', id: unit.id, name: unit.name }
    : { kind: 'member', id: caller.userId, name: caller.member?.realName ?? caller.name };
  const [community, held] = await Promise.all([ctx.store.getCommunity(wish.communityId), ctx.store.wishHeld(claimer)]);
  const holdLimit = community!.settings.wishHoldLimit;
  const decide = (w: typeof wish, n: number) => decideWish(w, { type: 'claim', claimer, held: n, holdLimit }, { now: ctx.now, caller, unit });
  const decision = decide(wish, held);
  const role = unit ? 'resident' : 'member';
  const outcome = await ctx.store.claimWish({ wishId: wish.id, expectVersion: wish.version, decision, actor: { id: ctx.user.id, role }, now: ctx.now }, holdLimit);
  if (outcome.ok) return wishViewFor(ctx, { ...loaded, wish: outcome.wish });
  if (outcome.reason === 'limit') throw new DomainError('WISH.HOLD_LIMIT');
  const fresh = await ctx.store.getWish(wish.id);
  if (fresh) decide(fresh, 0);
  throw new DomainError('WISH.TAKEN');
});
