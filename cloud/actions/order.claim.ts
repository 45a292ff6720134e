import { z } from 'zod';
import { memberRefusal } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { detailFor, loadVisible, runClaim, type HiddenAs } from './shared/order.run';
import { id } from './shared/schemas';

/** A community member who cannot see the order is told why: not yet verified, or others took it. */
const hiddenAs: HiddenAs = (order, caller) => {
  if (caller.member?.communityId !== order.communityId) return 'ORDER.NOT_FOUND';
  return memberRefusal(caller.member) ?? (order.mode === 'pool' ? 'ORDER.NOT_CLAIMABLE' : 'ORDER.NOT_FOUND');
};

/**
 * 党员接单: first come, first served until the order has all the members it needs.
 * A retried claim the member already won answers with the order, not an error.
 */
export default defineAction('order.claim', z.object({ orderId: id }), async (input, ctx) => {
  try {
    return await runClaim(ctx, input.orderId, hiddenAs);
  } catch (e) {
    if (!(e instanceof DomainError) || !['ORDER.ALREADY_HOLDING', 'ORDER.INVALID_TRANSITION'].includes(e.code)) throw e;
    const { order, caller } = await loadVisible(ctx, input.orderId);
    if (!order.holders.some((h) => h.memberId === caller.userId)) throw e;
    return detailFor(ctx, order, caller, ctx.now);
  }
});
