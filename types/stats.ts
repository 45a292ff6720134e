/**
 * Dashboard figures (stats.community, stats.street). Every figure is over the orders RECEIVED in the period (their
 * submission day at +08:00), as 12345 bulletins count a month's 诉求; `overdueNow` alone is the state at the moment
 * of asking. A rate is a share from 0 to 1, or null when nothing counts towards it yet.
 */
import type { OrderStatus } from './domain';

/** Buckets of the trend line. */
export type TrendBucket = 'week' | 'month';

/** How ratings came in, each apart: never blended into `satisfaction`. */
export interface RatingCounts {
  /** Residents' own ratings (the base of `satisfaction`). */
  own: number;
  /** Of those, 4 or 5 stars. */
  satisfied: number;
  /** 代评: rated on the resident's behalf by staff or a grid worker; never counted in `satisfaction`. */
  proxyRated: number;
  /** Closed by the sweep without a rating; never counted as satisfied. */
  autoClosed: number;
  /** Completed and still waiting for the resident's rating. */
  unrated: number;
}

/** The numerators and denominators behind each rate, so a page can show "12 / 15". */
export interface FigureCounts {
  /** Orders that had to be taken up (受理): taken up at all, or still waiting past their 受理时限. */
  acceptDue: number;
  acceptInTime: number;
  /** Closed (by the resident's confirmation or by the sweep). */
  resolved: number;
  /** Reported done (by the members, or resolved by the street). */
  completed: number;
  onTime: number;
  reopened: number;
  /** 回访 calls recorded, those that reached the resident, and those where the resident said 不满意. */
  visits: number;
  visitsReached: number;
  visitsUnsatisfied: number;
  /** Orders that ever ran past their 办结时限. */
  overdue: number;
}

/** The figures of one slice of orders (a community, a category, a grid, a bucket of the trend). */
export interface CoreFigures {
  received: number;
  byStatus: Record<OrderStatus, number>;
  /** 响应率: taken up (受理) within the 受理时限 of those that had to be. */
  responseRate: number | null;
  /** 解决率: closed of those received. */
  resolutionRate: number | null;
  /** 满意率: residents' own ratings of 4–5 stars of all their own ratings. */
  satisfaction: number | null;
  ratings: RatingCounts;
  /** 按时办结率: completed by the 办结时限 of those completed. */
  onTimeRate: number | null;
  /** 有效回访率: 回访 calls that reached the resident of all 回访 calls. */
  visitReachRate: number | null;
  /** 受理 time, from submission to being taken up: at most this many minutes (upper edge of its bucket). */
  acceptP50Minutes: number | null;
  acceptP90Minutes: number | null;
  autoClosed: number;
  /** Reopened (未解决) at least once, of those completed. */
  reopenRate: number | null;
  counts: FigureCounts;
}

export interface Slice extends CoreFigures {
  id: string;
  name: string;
}

/** One member's work on the orders received in the period. */
export interface MemberFigures {
  memberId: string;
  name: string;
  /** Orders they held (did or are doing). */
  served: number;
  completed: number;
  onTimeRate: number | null;
  satisfaction: number | null;
  ownRatings: number;
  autoClosed: number;
  reopened: number;
}

export interface TrendPoint extends CoreFigures {
  /** First day of the bucket (YYYY-MM-DD at +08:00): a Monday for weeks, the 1st for months. */
  start: string;
}

/** 议事 outcomes published in the period, as their co-signers rated them (评): counted apart, never in `satisfaction`. */
export interface TopicRatingCounts {
  /** Topics whose outcome was published in the period. */
  published: number;
  /** Of those, topics at least one co-signer rated. */
  rated: number;
  /** Co-signers' ratings of those topics, and those of 4 or 5 stars. */
  ratings: number;
  satisfied: number;
}

/** The 议事 figures beside the orders' own. */
export interface TopicRatingFigures {
  topicsPublished: number;
  topicsRated: number;
  topicRatings: number;
  /** Co-signers' ratings of 4–5 stars of all their ratings; null before the first. */
  topicSatisfaction: number | null;
}

export interface StatsPeriod {
  from: string;
  to: string;
  /** The days counted, inclusive, at +08:00. */
  fromDay: string;
  toDay: string;
}

export interface CommunityStats extends CoreFigures, StatsPeriod, TopicRatingFigures {
  communityId: string;
  name: string;
  /** Active orders past their 办结时限 now, whenever they were received. */
  overdueNow: number;
  byCategory: Slice[];
  byGrid: Slice[];
  byMember: MemberFigures[];
  trend: { bucket: TrendBucket; points: TrendPoint[] };
  /** When the figures were last brought up to date (the fold job's watermark), or null if never. */
  foldedAt: string | null;
  /** 三色网格 of the quarter holding the period's last day. */
  gridColors: GridColors;
}

export interface RankedCommunity extends CoreFigures, TopicRatingFigures {
  communityId: string;
  name: string;
  overdueNow: number;
  /** 综合得分: the mean of 响应率, 解决率 and 满意率 (those that exist) × 100, one decimal; null if none exists. */
  score: number | null;
  /** 1 = best score; communities without a score come last, sharing the rank after the scored ones. */
  rank: number;
}

/** 部门考核: one department of the street over the orders the street sent it in the period. */
export interface DepartmentFiguresRow {
  departmentId: string;
  name: string;
  /** Orders sent to it (转派) in the period. */
  received: number;
  resolved: number;
  /** Resolved by the department's deadline, of those it resolved; null when it resolved none. */
  onTimeRate: number | null;
  /** Rated 4–5 stars, of its resolved orders that were rated; null when none was. */
  satisfaction: number | null;
}

export interface StreetStats extends CoreFigures, StatsPeriod, TopicRatingFigures {
  streetId: string;
  overdueNow: number;
  /** Its departments (retired ones only if they received orders in the period), by name. */
  byDepartment: DepartmentFiguresRow[];
  /** Every community of the street, best first. */
  communities: RankedCommunity[];
  trend: { bucket: TrendBucket; points: TrendPoint[] };
  foldedAt: string | null;
  /** 三色网格 of every grid of the street, for the quarter holding the period's last day. */
  gridColors: GridColors;
}

/** 三色网格: 红 (先进), 蓝 (合格), 黄 (需整改). */
export type GridColor = 'red' | 'blue' | 'yellow';

export const GRID_COLOR_LABEL: Record<GridColor, string> = { red: '红', blue: '蓝', yellow: '黄' };

/** The figures a grid is rated on, each a share from 0 to 1. */
export interface GridColorFigures {
  onTimeRate: number | null;
  satisfaction: number | null;
  /** 有效回访率: 回访 calls that reached the resident. */
  visitReachRate: number | null;
}

/** A street's thresholds: 红 when every figure reaches `red`; 黄 when any falls below `yellow`; else 蓝. */
export interface GridColorThresholds {
  red: Record<keyof GridColorFigures, number>;
  yellow: Record<keyof GridColorFigures, number>;
}

/** One grid's rating for a quarter. */
export interface GridRating extends GridColorFigures {
  gridId: string;
  name: string;
  communityId: string;
  communityName: string;
  color: GridColor;
  /** Orders the grid received in the quarter so far. */
  received: number;
}

/** 三色网格 of the quarter holding the period's end: every grid of the community (or street), 黄 first. */
export interface GridColors {
  /** e.g. 2026年第4季度. */
  quarter: string;
  fromDay: string;
  toDay: string;
  thresholds: GridColorThresholds;
  grids: GridRating[];
}
