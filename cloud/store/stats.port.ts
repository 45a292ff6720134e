/**
 * The store's part for dashboards: the fold job reads orders changed since its watermark and hands back each one's
 * contribution (cloud/domain/stats.facts.ts); the store keeps per-order facts and daily rows of counters, so the
 * figures of any period read rows per day, category and grid — never the orders themselves.
 */
import type { Order, OrderEvent } from '../../types/domain';
import type { TrendBucket } from '../../types/stats';
import type { StatsFact } from '../domain/stats.facts';
import type { DayTotals, MemberTotals } from '../domain/stats.figures';

/** Where the fold got to: the last order it read, in the order of (updatedAt, id). */
export interface StatsWatermark {
  at: string;
  orderId: string;
}

/**
 * Counters of the orders received in one trend bucket (its first day, YYYY-MM-DD at +08:00) in one community,
 * category and grid ('' for none): the day rows of the period summed per bucket.
 */
export interface StatsDayRow {
  communityId: string;
  bucket: string;
  categoryId: string;
  gridId: string;
  counters: DayTotals;
}

/** Counters of one member's orders received in the period, in one community. */
export interface StatsMemberRow {
  communityId: string;
  memberId: string;
  counters: MemberTotals;
}

/** Days from `fromDay` to `toDay` inclusive (YYYY-MM-DD at +08:00). */
export interface DayRange {
  fromDay: string;
  toDay: string;
}

export interface StatsPort {
  /** Orders changed after `after` (all of them from the start when null), in (updatedAt, id) order, with timelines. */
  changedOrders(after: StatsWatermark | null, limit: number): Promise<{ order: Order; events: OrderEvent[] }[]>;
  statsWatermark(): Promise<StatsWatermark | null>;
  /**
   * Moves each order's last contribution to this fact's (subtract the old, add the new) unless the fact stored is
   * of the same or a later version, then advances the watermark to `watermark` if it is later. Returns how many
   * facts changed something.
   */
  foldStats(facts: StatsFact[], watermark: StatsWatermark): Promise<number>;
  /** The day rows of these communities in the range, summed per bucket, category and grid (rows of zeros left out). */
  statsDays(communityIds: string[], range: DayRange, bucket: TrendBucket): Promise<StatsDayRow[]>;
  /** The member rows of these communities in the range, summed per member. */
  statsMembers(communityIds: string[], range: DayRange): Promise<StatsMemberRow[]>;
  /** Active orders marked past their 办结时限, per community (0 when none). */
  statsOverdueNow(communityIds: string[]): Promise<Record<string, number>>;
}
