/**
 * What one order contributes to the dashboard figures: a vector of counters under the key of the day it was received
 * (+08:00), its category and grid, and a smaller vector for each member who held it. Pure: the fold job
 * (cloud/jobs/stats.fold.ts) computes it from the order and its timeline, and the store moves an order's last
 * contribution to its new one (subtract, add), so folding an order again is harmless.
 */
import type { Order, OrderEvent, OrderStatus } from '../../types/domain';
import { ORDER_STATUSES } from '../../types/domain';
import { isActive } from './policies';
import { SURVEY_UNREACHED, SURVEY_UNSATISFIED, VISIT_UNREACHED, VISIT_UNSATISFIED } from './order.effects';

/** Upper edges (minutes) of the 受理-time histogram; the last bucket also takes everything longer. */
export const ACCEPT_EDGES = [5, 15, 30, 60, 120, 240, 480, 720, 1440, 2880, 4320, 10080, 43200] as const;

const STATUS_COUNTERS = ORDER_STATUSES.map((s) => `st_${s}` as const);
const HISTOGRAM = ACCEPT_EDGES.map((_, i) => `ah${i}` as const);

/** The day row's counters, in a fixed order (the PostgreSQL columns and CloudBase fields carry these names). */
export const DAY_COUNTERS = [
  'received',
  ...STATUS_COUNTERS,
  'accept_due',
  'accept_in_time',
  ...HISTOGRAM,
  'resolved',
  'completed',
  'on_time',
  'rated',
  'satisfied',
  'proxy_rated',
  'auto_closed',
  'unrated',
  'reopened',
  'visits',
  'visits_reached',
  'visits_unsatisfied',
  'overdue',
] as const;

/** A member's counters on the orders they held. */
export const MEMBER_COUNTERS = ['served', 'completed', 'on_time', 'rated', 'satisfied', 'auto_closed', 'reopened'] as const;

export type DayCounter = (typeof DAY_COUNTERS)[number];
export type MemberCounter = (typeof MEMBER_COUNTERS)[number];
export type Counters<K extends string> = Record<K, number>;

/** Where a contribution is counted: the community, the day received, the category and grid ('' if none). */
export interface FactKey {
  communityId: string;
  day: string;
  categoryId: string;
  gridId: string;
}

export interface StatsFact extends FactKey {
  orderId: string;
  /** The order's version this fact was computed from; a fact never replaces one of a later version. */
  version: number;
  /** Non-zero counters only. */
  counters: Partial<Counters<DayCounter>>;
  /** The members who held the order, with what it counts for each of them. */
  members: { memberId: string; counters: Partial<Counters<MemberCounter>> }[];
  /** Active and past its 办结时限 (marked by the sweep): counted in the community's overdueNow. */
  overdueNow: boolean;
  /** The order's last change, for the fold's watermark. */
  updatedAt: string;
}

const TZ_MS = 8 * 3600_000;

/** The calendar day (YYYY-MM-DD) of an instant at +08:00. */
export function localDay(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + TZ_MS).toISOString().slice(0, 10);
}

/** Commands by which staff take up (受理) a submitted order: sent on, refused or passed to the street. */
const ACCEPTING = new Set<OrderEvent['type']>(['dispatch', 'assign', 'reject', 'escalate']);

/** The histogram bucket of a 受理 time in minutes. */
export function acceptBucket(minutes: number): number {
  const i = ACCEPT_EDGES.findIndex((edge) => minutes <= edge);
  return i === -1 ? ACCEPT_EDGES.length - 1 : i;
}

function set<K extends string>(into: Partial<Counters<K>>, key: K, on: boolean | number): void {
  const n = typeof on === 'number' ? on : on ? 1 : 0;
  if (n !== 0) into[key] = (into[key] ?? 0) + n;
}

/** 4 or 5 stars. */
export const isSatisfied = (stars: number | null | undefined): boolean => (stars ?? 0) >= 4;

/** The order's contribution to the figures, from the order and its whole timeline. */
export function factOf(order: Order, events: readonly OrderEvent[]): StatsFact {
  const c: Partial<Counters<DayCounter>> = {};
  set(c, 'received', true);
  set(c, `st_${order.status}` as `st_${OrderStatus}`, true);

  // 受理: the first time staff took it up; an order never taken up counts once its 受理时限 passed unanswered.
  const accepted = events.find((e) => e.from === 'submitted' && ACCEPTING.has(e.type));
  if (accepted) {
    const minutes = Math.max(0, (Date.parse(accepted.at) - Date.parse(order.createdAt)) / 60_000);
    set(c, 'accept_due', true);
    set(c, 'accept_in_time', order.acceptBy === null || Date.parse(accepted.at) <= Date.parse(order.acceptBy));
    set(c, HISTOGRAM[acceptBucket(minutes)], true);
  } else if (order.acceptOverdueAt !== null) {
    set(c, 'accept_due', true);
  }

  const completed = order.completedAt !== null;
  const onTime = completed && (order.deadline === null || Date.parse(order.completedAt!) <= Date.parse(order.deadline));
  const rating = order.status === 'closed' ? order.rating : null;
  const proxy = !!rating && 'proxy' in rating && !!rating.proxy;
  const own = !!rating && !rating.autoClosed && !proxy && rating.stars !== null;
  const reopened = events.some((e) => e.type === 'reopen');
  set(c, 'resolved', order.status === 'closed');
  set(c, 'completed', completed);
  set(c, 'on_time', onTime);
  set(c, 'rated', own);
  set(c, 'satisfied', own && isSatisfied(rating!.stars));
  set(c, 'proxy_rated', proxy);
  set(c, 'auto_closed', !!rating?.autoClosed);
  set(c, 'unrated', order.status === 'awaiting_rating');
  set(c, 'reopened', reopened);
  set(c, 'overdue', order.overdueAt !== null);
  // 回访 by staff and 测评 calls both count in 有效回访率.
  for (const e of events.filter((x) => x.type === 'visit' || x.type === 'survey')) {
    const survey = e.type === 'survey';
    const reached = !e.note?.startsWith(survey ? SURVEY_UNREACHED : VISIT_UNREACHED);
    set(c, 'visits', true);
    set(c, 'visits_reached', reached);
    set(c, 'visits_unsatisfied', reached && !!e.note?.startsWith(survey ? SURVEY_UNSATISFIED : VISIT_UNSATISFIED));
  }

  const members = order.holders.map((h) => {
    const m: Partial<Counters<MemberCounter>> = {};
    set(m, 'served', true);
    set(m, 'completed', completed);
    set(m, 'on_time', onTime);
    set(m, 'rated', own);
    set(m, 'satisfied', own && isSatisfied(rating!.stars));
    set(m, 'auto_closed', !!rating?.autoClosed);
    set(m, 'reopened', reopened);
    return { memberId: h.memberId, counters: m };
  });

  return {
    orderId: order.id,
    version: order.version,
    communityId: order.communityId,
    day: localDay(order.createdAt),
    categoryId: order.categoryId,
    gridId: order.gridId ?? '',
    counters: c,
    members,
    overdueNow: isActive(order.status) && order.overdueAt !== null,
    updatedAt: order.updatedAt,
  };
}
