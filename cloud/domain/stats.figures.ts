/**
 * From summed counters (stats.facts.ts) to the figures a dashboard shows: rates, 受理-time percentiles from the
 * histogram, breakdowns, the trend and the street's ranking. Pure.
 */
import { ORDER_STATUSES, type OrderStatus } from '../../types/domain';
import type { CoreFigures, MemberFigures, RankedCommunity, TopicRatingFigures, TrendBucket } from '../../types/stats';
import { ACCEPT_EDGES, DAY_COUNTERS, localDay, MEMBER_COUNTERS, type Counters, type DayCounter, type MemberCounter } from './stats.facts';

export type DayTotals = Counters<DayCounter>;
export type MemberTotals = Counters<MemberCounter>;

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Counters<K>;
export const emptyDay = (): DayTotals => zero(DAY_COUNTERS);
export const emptyMember = (): MemberTotals => zero(MEMBER_COUNTERS);

/** Adds `counters` (missing ones are 0) into `into`, times `sign`. */
export function addInto<K extends string>(into: Counters<K>, counters: Partial<Counters<K>>, sign = 1): Counters<K> {
  for (const [k, v] of Object.entries(counters) as [K, number][]) into[k] = (into[k] ?? 0) + sign * (v ?? 0);
  return into;
}

/** Sums rows into one total per key. */
export function groupSum<R, K extends string>(rows: readonly R[], keyOf: (r: R) => string, countersOf: (r: R) => Partial<Counters<K>>, empty: () => Counters<K>): Map<string, Counters<K>> {
  const out = new Map<string, Counters<K>>();
  for (const r of rows) {
    const key = keyOf(r);
    addInto(out.get(key) ?? out.set(key, empty()).get(key)!, countersOf(r));
  }
  return out;
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The smallest histogram edge at or below which a share `p` of the 受理 times fall; null without any. */
export function acceptPercentile(t: DayTotals, p: number): number | null {
  const counts = ACCEPT_EDGES.map((_, i) => t[`ah${i}` as DayCounter]);
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const rank = Math.ceil(p * n);
  let seen = 0;
  for (let i = 0; i < counts.length; i++) if ((seen += counts[i]) >= rank) return ACCEPT_EDGES[i];
  return ACCEPT_EDGES[ACCEPT_EDGES.length - 1];
}

export function coreFigures(t: DayTotals): CoreFigures {
  return {
    received: t.received,
    byStatus: Object.fromEntries(ORDER_STATUSES.map((s) => [s, t[`st_${s}` as DayCounter]])) as Record<OrderStatus, number>,
    responseRate: rate(t.accept_in_time, t.accept_due),
    resolutionRate: rate(t.resolved, t.received),
    satisfaction: rate(t.satisfied, t.rated),
    ratings: { own: t.rated, satisfied: t.satisfied, proxyRated: t.proxy_rated, autoClosed: t.auto_closed, unrated: t.unrated },
    onTimeRate: rate(t.on_time, t.completed),
    visitReachRate: rate(t.visits_reached, t.visits),
    acceptP50Minutes: acceptPercentile(t, 0.5),
    acceptP90Minutes: acceptPercentile(t, 0.9),
    autoClosed: t.auto_closed,
    reopenRate: rate(t.reopened, t.completed),
    counts: {
      acceptDue: t.accept_due,
      acceptInTime: t.accept_in_time,
      resolved: t.resolved,
      completed: t.completed,
      onTime: t.on_time,
      reopened: t.reopened,
      visits: t.visits,
      visitsReached: t.visits_reached,
      visitsUnsatisfied: t.visits_unsatisfied,
      overdue: t.overdue,
    },
  };
}

export function memberFigures(memberId: string, name: string, t: MemberTotals): MemberFigures {
  return {
    memberId,
    name,
    served: t.served,
    completed: t.completed,
    onTimeRate: rate(t.on_time, t.completed),
    satisfaction: rate(t.satisfied, t.rated),
    ownRatings: t.rated,
    autoClosed: t.auto_closed,
    reopened: t.reopened,
  };
}

const DAY_MS = 86_400_000;
/** The longest period a dashboard may ask for. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** The days (YYYY-MM-DD at +08:00, inclusive) a period [from, to) covers. */
export function periodDays(from: string, to: string): { fromDay: string; toDay: string } {
  return { fromDay: localDay(from), toDay: localDay(new Date(Date.parse(to) - 1)) };
}

/** Weeks for a period up to about a quarter, months beyond. */
export const bucketFor = (from: string, to: string): TrendBucket => (Date.parse(to) - Date.parse(from) <= 92 * DAY_MS ? 'week' : 'month');

/** The first day of the bucket holding `day`: its Monday, or the 1st of its month. */
export function bucketStart(day: string, bucket: TrendBucket): string {
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
}

const shiftMonth = (month: string, by: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
};
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

/**
 * A day range as the whole months inside it (YYYY-MM, read from monthly rows) and the days left at either end: a long
 * period reads a row per month, not per day, for what is counted per member.
 */
export function splitMonths(fromDay: string, toDay: string): { days: { fromDay: string; toDay: string }[]; months: { from: string; to: string } | null } {
  const first = fromDay.endsWith('-01') ? fromDay.slice(0, 7) : shiftMonth(fromDay.slice(0, 7), 1);
  const last = dayBefore(`${shiftMonth(toDay.slice(0, 7), 1)}-01`) === toDay ? toDay.slice(0, 7) : shiftMonth(toDay.slice(0, 7), -1);
  if (first > last) return { days: [{ fromDay, toDay }], months: null };
  const days: { fromDay: string; toDay: string }[] = [];
  if (fromDay < `${first}-01`) days.push({ fromDay, toDay: dayBefore(`${first}-01`) });
  const after = `${shiftMonth(last, 1)}-01`;
  if (toDay >= after) days.push({ fromDay: after, toDay });
  return { days, months: { from: first, to: last } };
}

/** Every bucket from the first day's to the last day's, in order (empty ones too: a line has no gaps). */
export function bucketStarts(fromDay: string, toDay: string, bucket: TrendBucket): string[] {
  const out: string[] = [];
  let d = bucketStart(fromDay, bucket);
  while (d <= toDay) {
    out.push(d);
    const t = new Date(`${d}T00:00:00Z`);
    if (bucket === 'week') t.setUTCDate(t.getUTCDate() + 7);
    else t.setUTCMonth(t.getUTCMonth() + 1);
    d = t.toISOString().slice(0, 10);
  }
  return out;
}

/** 综合得分: the mean of 响应率, 解决率 and 满意率 that exist, × 100, one decimal. */
export function scoreOf(f: CoreFigures): number | null {
  const rates = [f.responseRate, f.resolutionRate, f.satisfaction].filter((r): r is number => r !== null);
  return rates.length ? Math.round((rates.reduce((a, b) => a + b, 0) / rates.length) * 1000) / 10 : null;
}

/** Best score first (more orders received breaks a tie, then the name); equal scores share a rank. */
export function rankCommunities<T extends Omit<RankedCommunity, 'score' | 'rank' | keyof TopicRatingFigures>>(list: T[]): (T & Pick<RankedCommunity, 'score' | 'rank'>)[] {
  const scored = list.map((c) => ({ ...c, score: scoreOf(c), rank: 0 }));
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.received - a.received || a.name.localeCompare(b.name, 'zh'));
  scored.forEach((c, i) => (c.rank = i > 0 && scored[i - 1].score === c.score ? scored[i - 1].rank : i + 1));
  return scored;
}
