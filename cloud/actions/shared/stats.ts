/**
 * What the two dashboards share: the period's input rules and turning the store's summed rows into figures.
 * The rows are already summed per bucket, category and grid (or per member), so nothing here grows with the
 * community's history.
 */
import { z } from 'zod';
import type { CommunityStats, RankedCommunity, Slice, TopicRatingCounts, TopicRatingFigures, TrendBucket } from '../../../types/stats';
import {
  addInto,
  bucketFor,
  bucketStarts,
  coreFigures,
  emptyDay,
  groupSum,
  MAX_PERIOD_DAYS,
  memberFigures,
  periodDays,
} from '../../domain/stats.figures';
import type { StatsDayRow } from '../../store/stats.port';
import type { Store } from '../../store/store.port';
import { gridColorsFor } from './grid.colors';
import { instant } from './schemas';

/** The period's fields: ISO instants and the trend bucket if chosen. */
export const periodFields = { from: instant('开始时间'), to: instant('结束时间'), trend: z.enum(['week', 'month']).optional() };

/** `from` before `to`, at most MAX_PERIOD_DAYS apart (for `.superRefine`). */
export function checkPeriod(v: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const span = Date.parse(v.to) - Date.parse(v.from);
  if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束时间须晚于开始时间' });
  else if (span > MAX_PERIOD_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', path: ['to'], message: '统计时段最长 3 年' });
}

export interface Period {
  from: string;
  to: string;
  trend?: TrendBucket;
}

/** 议事 ratings as figures of their own; never blended into the orders' `satisfaction`. */
export function topicFigures(c: TopicRatingCounts): TopicRatingFigures {
  return { topicsPublished: c.published, topicsRated: c.rated, topicRatings: c.ratings, topicSatisfaction: c.ratings ? c.satisfied / c.ratings : null };
}

const noTopics: TopicRatingCounts = { published: 0, rated: 0, ratings: 0, satisfied: 0 };

/** The rows of these communities for the period, their total, the trend, and what is true now. */
export async function loadPeriod(store: Store, communityIds: string[], p: Period) {
  const range = periodDays(p.from, p.to);
  const bucket = p.trend ?? bucketFor(p.from, p.to);
  const [rows, overdue, mark, topics] = await Promise.all([
    store.statsDays(communityIds, range, bucket),
    store.statsOverdueNow(communityIds),
    store.statsWatermark(),
    store.topicRatings(communityIds, p.from, p.to),
  ]);
  const byBucket = groupSum(rows, (r) => r.bucket, (r) => r.counters, emptyDay);
  const points = bucketStarts(range.fromDay, range.toDay, bucket).map((start) => ({ start, ...coreFigures(byBucket.get(start) ?? emptyDay()) }));
  return {
    range,
    rows,
    total: rows.reduce((t, r) => addInto(t, r.counters), emptyDay()),
    overdue,
    topics,
    topicTotal: Object.values(topics).reduce((t, c) => ({ published: t.published + c.published, rated: t.rated + c.rated, ratings: t.ratings + c.ratings, satisfied: t.satisfied + c.satisfied }), noTopics),
    trend: { bucket, points },
    foldedAt: mark?.at ?? null,
    period: { from: p.from, to: p.to, ...range },
  };
}

function slices(rows: StatsDayRow[], keyOf: (r: StatsDayRow) => string, nameOf: (id: string) => string): Slice[] {
  const sums = groupSum(rows, keyOf, (r) => r.counters, emptyDay);
  return [...sums].map(([id, t]) => ({ id, name: nameOf(id), ...coreFigures(t) })).sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'zh'));
}

/** The community dashboard. */
export async function communityStats(store: Store, community: { id: string; name: string; streetId: string | null }, p: Period): Promise<CommunityStats> {
  const [loaded, members, menu, gridColors] = await Promise.all([
    loadPeriod(store, [community.id], p),
    store.statsMembers([community.id], periodDays(p.from, p.to)),
    store.getMenu(community.id),
    gridColorsFor(store, community.streetId, [community], periodDays(p.from, p.to).toDay),
  ]);
  const users = await store.getUsers(members.map((m) => m.memberId));
  const category = (id: string) => menu.categories.find((c) => c.id === id)?.name ?? '已停用的类别';
  const grid = (id: string) => (id ? menu.grids.find((g) => g.id === id)?.name ?? '已撤销的网格' : '未分网格');
  return {
    communityId: community.id,
    name: community.name,
    ...loaded.period,
    ...coreFigures(loaded.total),
    ...topicFigures(loaded.topicTotal),
    overdueNow: loaded.overdue[community.id] ?? 0,
    byCategory: slices(loaded.rows, (r) => r.categoryId, category),
    byGrid: slices(loaded.rows, (r) => r.gridId, grid),
    byMember: members
      .map((m) => memberFigures(m.memberId, users.find((u) => u.id === m.memberId)?.name ?? '', m.counters))
      .sort((a, b) => b.served - a.served || a.name.localeCompare(b.name, 'zh')),
    trend: loaded.trend,
    foldedAt: loaded.foldedAt,
    gridColors,
  };
}

/** Each community's figures from the street's rows, before ranking. */
export function perCommunity(
  rows: StatsDayRow[],
  communities: { id: string; name: string }[],
  overdue: Record<string, number>,
  topics: Record<string, TopicRatingCounts>,
): Omit<RankedCommunity, 'score' | 'rank'>[] {
  const sums = groupSum(rows, (r) => r.communityId, (r) => r.counters, emptyDay);
  return communities.map((c) => ({
    communityId: c.id,
    name: c.name,
    overdueNow: overdue[c.id] ?? 0,
    ...coreFigures(sums.get(c.id) ?? emptyDay()),
    ...topicFigures(topics[c.id] ?? noTopics),
  }));
}
