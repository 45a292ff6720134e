/**
 * Ratings, counted the way the seeds' satisfaction figures need them: a resident's own rating, a 代评 given for them by
 * a grid worker or staff (by phone or at the door), and an order closed by the sweep without any rating are three
 * different things, never added together.
 */
import type { Rating } from '../../types/domain';
import type { ProxyWay } from '../../types/residents';

/** Whose rating it is: the resident's own, a 代评, or none (closed by the sweep). */
export type RatingKind = 'own' | 'proxy' | 'auto';

export function ratingKind(rating: Rating): RatingKind {
  if (rating.autoClosed) return 'auto';
  return rating.proxy ? 'proxy' : 'own';
}

export interface RatingTally {
  /** Residents' own ratings: how many, and their stars added up. */
  own: { count: number; stars: number };
  /** 代评, by the way each was obtained. */
  proxy: { count: number; stars: number; byWay: Record<ProxyWay, number> };
  /** Closed without a rating. */
  auto: number;
}

/** Tallies the ratings of closed orders, each kind apart. */
export function tallyRatings(ratings: readonly (Rating | null)[]): RatingTally {
  const tally: RatingTally = { own: { count: 0, stars: 0 }, proxy: { count: 0, stars: 0, byWay: { phone: 0, visit: 0 } }, auto: 0 };
  for (const r of ratings) {
    if (!r) continue;
    const kind = ratingKind(r);
    if (kind === 'auto') tally.auto += 1;
    else if (kind === 'own') {
      tally.own.count += 1;
      tally.own.stars += r.stars ?? 0;
    } else {
      tally.proxy.count += 1;
      tally.proxy.stars += r.stars ?? 0;
      tally.proxy.byWay[r.proxy!.way] += 1;
    }
  }
  return tally;
}
