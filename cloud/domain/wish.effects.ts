/**
 * What each wish command changes besides the status, and the points a member earns when it is realised.
 */
import type { Wish } from '../../types/wishes';
import type { WishCommandInput, WishCommandOf, WishContext } from './wish.commands';

/** Fields a transition may set; identity, the beneficiary and the version are never among them. */
export type WishPatch = Partial<
  Pick<
    Wish,
    | 'claimer'
    | 'claimedBy'
    | 'claimedAt'
    | 'deliveryNote'
    | 'deliveryPhotos'
    | 'deliveredAt'
    | 'thanks'
    | 'realisedAt'
    | 'returnedAt'
    | 'releaseAt'
    | 'deadline'
  >
>;

export interface WishEffect {
  patch: WishPatch;
  /** Points for the member who realised it (units earn none: they are ranked instead). */
  award?: { memberId: string; points: number };
}

type EffectFn<T extends WishCommandInput['type']> = (w: Wish, c: WishCommandOf<T>, ctx: WishContext) => WishEffect;

const UNCLAIMED = { claimer: null, claimedBy: null, claimedAt: null } as const satisfies WishPatch;

export const WISH_EFFECTS: { [T in WishCommandInput['type']]: EffectFn<T> } = {
  claim: (_w, c, ctx) => ({ patch: { claimer: c.claimer, claimedBy: ctx.caller.userId, claimedAt: ctx.now.toISOString() } }),
  release: () => ({ patch: UNCLAIMED }),
  deliver: (_w, c, ctx) => ({ patch: { deliveryNote: c.note, deliveryPhotos: c.photos, deliveredAt: ctx.now.toISOString() } }),
  confirm: (w, c, ctx) => ({
    patch: { thanks: c.thanks, realisedAt: ctx.now.toISOString() },
    award: w.claimer?.kind === 'member' && w.points > 0 ? { memberId: w.claimer.id, points: w.points } : undefined,
  }),
  expire: (_w, _c, ctx) => ({ patch: { ...UNCLAIMED, returnedAt: ctx.now.toISOString() } }),
  repost: (_w, c) => ({ patch: { releaseAt: c.releaseAt, deadline: c.deadline, returnedAt: null } }),
};
