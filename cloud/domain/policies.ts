/**
 * The numbers a community can tune, and the rules of time.
 * Deadlines are calendar-based: community service runs seven days a week, and 居民 expect a weekend to count.
 */
import type { Order, OrderStatus, Priority, Urgency } from '../../types/domain';
import { ACTIVE_STATUSES, FINISHED_STATUSES } from '../../types/domain';
import { PRIORITY_DEFAULT_DAYS } from '../../types/limits';
import type { CommunitySettings } from '../../types/settings';

export type { CommunitySettings };

export const DEFAULT_SETTINGS: CommunitySettings = {
  maxActiveClaims: 3,
  autoCloseDays: 7,
  assignTimeoutHours: 24,
  manualPointsCap: 20,
  manualHoursCap: 8,
  acceptMinutes: { life_threatening: 15, urgent: 120, normal: 1440 },
  claimRemindHours: 48,
  claimTimeoutHours: 24,
  residentTags: ['孤寡老人', '高龄', '残疾', '困难家庭', '留守儿童', '独居'],
  visitDays: { 孤寡老人: 7, 高龄: 14, 残疾: 14, 困难家庭: 14, 留守儿童: 30, 独居: 7 },
  wishValueCap: 200,
  wishHoldLimit: 2,
  wishPoints: 5,
  cosignThreshold: 10,
};

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Default time limit (时限) when staff do not set one, by priority (PRIORITY_DEFAULT_DAYS, shown on the form too). */
export function defaultDeadline(priority: Priority, now: Date): string {
  return new Date(now.getTime() + PRIORITY_DEFAULT_DAYS[priority] * DAY).toISOString();
}

/** The deadline runs: the order waits on the community, a member or the street. */
export function isActive(status: OrderStatus): boolean {
  return (ACTIVE_STATUSES as readonly OrderStatus[]).includes(status);
}

/** Closed, rejected or cancelled: the work on it is over. */
export function isFinished(status: OrderStatus): boolean {
  return (FINISHED_STATUSES as readonly OrderStatus[]).includes(status);
}

/** Overdue is derived: an active order past its deadline. The sweep only records when it was first noticed. */
export function isOverdue(order: Pick<Order, 'status' | 'deadline'>, now: Date): boolean {
  return isActive(order.status) && order.deadline !== null && Date.parse(order.deadline) < now.getTime();
}

/** The instant before which a completed, unrated order is due to auto-close. */
export function autoCloseBefore(now: Date, settings: CommunitySettings): Date {
  return new Date(now.getTime() - settings.autoCloseDays * DAY);
}

/** The instant before which an unanswered assignment times out. */
export function assignTimeoutBefore(now: Date, settings: CommunitySettings): Date {
  return new Date(now.getTime() - settings.assignTimeoutHours * HOUR);
}

/** An instant as people here read it (+08:00), e.g. 3月5日 18:00: in timeline notes and notices. */
export function beijingTime(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * HOUR);
  const hhmm = t.toISOString().slice(11, 16);
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${hhmm}`;
}

/** Claims made before this instant and still without progress are due a reminder. */
export function claimRemindBefore(now: Date, settings: Pick<CommunitySettings, 'claimRemindHours'>): Date {
  return new Date(now.getTime() - settings.claimRemindHours * HOUR);
}

/** Claims reminded before this instant and still without progress are released. */
export function claimTimeoutBefore(now: Date, settings: Pick<CommunitySettings, 'claimTimeoutHours'>): Date {
  return new Date(now.getTime() - settings.claimTimeoutHours * HOUR);
}

/** While an order waits for its assigned member: the instant it returns to staff unless they accept. */
export function answerBy(order: Pick<Order, 'status' | 'assignedAt'>, settings: Pick<CommunitySettings, 'assignTimeoutHours'>): string | null {
  if (order.status !== 'assigned' || !order.assignedAt) return null;
  return new Date(Date.parse(order.assignedAt) + settings.assignTimeoutHours * HOUR).toISOString();
}

/** The 受理时限 of an order submitted now with this urgency. */
export function acceptDeadline(urgency: Urgency, now: Date, settings: Pick<CommunitySettings, 'acceptMinutes'>): string {
  return new Date(now.getTime() + settings.acceptMinutes[urgency] * 60_000).toISOString();
}

/** 受理超时: still waiting for staff past its 受理时限. */
export function isAcceptOverdue(order: Pick<Order, 'status' | 'acceptBy'>, now: Date): boolean {
  return order.status === 'submitted' && order.acceptBy !== null && Date.parse(order.acceptBy) < now.getTime();
}

/** Holders are reminded once when their order's deadline is this close. */
export const DEADLINE_NEAR_HOURS = 6;

/** Orders whose deadline falls before this instant are near it. */
export function deadlineNearBefore(now: Date): Date {
  return new Date(now.getTime() + DEADLINE_NEAR_HOURS * HOUR);
}

/** Residents are reminded to rate one day before an unrated order closes by itself. */
export function rateReminderBefore(now: Date, settings: CommunitySettings): Date {
  return new Date(now.getTime() - (settings.autoCloseDays - 1) * DAY);
}
