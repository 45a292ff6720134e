/**
 * Keeps the dashboard aggregates up to date: reads the orders changed since the watermark, in batches, and folds
 * each one's contribution (cloud/domain/stats.facts.ts) into the day rows. Run after the sweep (the timer function,
 * the host's interval), so what the sweep changed (overdue, auto-closed) is counted in the same run.
 *
 * Each run starts a little before the watermark: a step whose transaction began before the last run and committed
 * after it carries an updatedAt the last run had already passed. Folding an order again at the same version
 * changes nothing, so the overlap costs only the reading.
 */
import { factOf } from '../domain/stats.facts';
import type { Store } from '../store/store.port';

/** How far before the watermark each run starts again (longer than any step's transaction). */
export const FOLD_OVERLAP_MS = 5 * 60_000;
const BATCH = 200;

export interface FoldReport {
  /** Orders read (changed since the watermark, or within the overlap). */
  read: number;
  /** Orders whose contribution changed. */
  folded: number;
}

export interface FoldLimits {
  /** Batches of 200 orders at most (default 50). */
  maxBatches?: number;
  /** No new batch starts after this long (ms of run time, not the clock): a cloud function's run is limited. */
  budgetMs?: number;
}

/**
 * Folds every order changed up to `now`, within the limits (the next run goes on from there). Orders changed after
 * `now` wait for the next run, so a run's figures are as of one instant.
 */
export async function foldStats(store: Store, now: Date, limits: FoldLimits = {}): Promise<FoldReport> {
  const { maxBatches = 50, budgetMs = Infinity } = limits;
  const started = performance.now();
  const report: FoldReport = { read: 0, folded: 0 };
  const mark = await store.statsWatermark();
  let after = mark && { at: new Date(Date.parse(mark.at) - FOLD_OVERLAP_MS).toISOString(), orderId: '' };
  for (let i = 0; i < maxBatches; i++) {
    const changed = (await store.changedOrders(after, BATCH)).filter((c) => Date.parse(c.order.updatedAt) <= now.getTime());
    if (changed.length === 0) break;
    const last = changed[changed.length - 1].order;
    after = { at: last.updatedAt, orderId: last.id };
    report.read += changed.length;
    report.folded += await store.foldStats(changed.map((c) => factOf(c.order, c.events)), after);
    if (changed.length < BATCH || performance.now() - started > budgetMs) break;
  }
  return report;
}
