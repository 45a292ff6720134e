/**
 * Times are stored as UTC instants and shown in Beijing time (UTC+8), relative where that reads better (3小时前 /
 * 剩余2天). China has kept one offset with no daylight saving since 1991, so a fixed +08:00 replaces dayjs's
 * timezone plugin, which relies on Intl time zones that some Android WeChat builds lack.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import utc from 'dayjs/plugin/utc';
import type { Order } from '../../types/domain';
import { isActive } from './status';

dayjs.extend(utc);
dayjs.extend(relativeTime);
dayjs.locale('zh-cn');

/** Beijing time's offset from UTC, in minutes. */
const BEIJING_OFFSET = 8 * 60;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** An instant as Beijing wall-clock time, whatever the phone's own time zone. */
export const local = (iso: string) => dayjs(iso).utcOffset(BEIJING_OFFSET);

/** The instant of a Beijing wall-clock day (YYYY-MM-DD) and time (HH:mm). */
export const atLocal = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

/** 11月21日 14:30, or with the year when it is not this year. */
export function formatTime(iso: string, now = new Date()): string {
  const t = local(iso);
  return t.format(t.year() === local(now.toISOString()).year() ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm');
}

/** 3分钟前 / 3小时前, falling back to the date after a week. */
export function ago(iso: string, now = new Date()): string {
  const diff = now.getTime() - Date.parse(iso);
  if (diff < 60_000) return '刚刚';
  if (diff < 7 * 86_400_000) return dayjs(iso).from(dayjs(now));
  return formatTime(iso, now);
}

/**
 * A span as people say it: whole days to the nearest day from one day up (so a 3-day limit reads 3天 for its whole
 * first half-day, not 2天 a moment after it is set), hours under a day, minutes under an hour (rounded up).
 */
export function span(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= DAY) return `${Math.round(abs / DAY)}天`;
  if (abs >= HOUR) return `${Math.ceil(abs / HOUR)}小时`;
  return `${Math.max(1, Math.ceil(abs / MINUTE))}分钟`;
}

/** 剩余2天 / 剩余5小时 / 已超期3小时: the one figure every screen shows for a running time limit. */
export function remaining(deadline: string, now = new Date()): string {
  const ms = Date.parse(deadline) - now.getTime();
  return ms >= 0 ? `剩余${span(ms)}` : `已超期${span(ms)}`;
}

type Timed = Pick<Order, 'status' | 'deadline' | 'completedAt' | 'closedAt'>;

/** When the work was done: reported complete (or resolved by the street), else when the order closed. */
const finishedAt = (o: Timed) => o.completedAt ?? o.closedAt;

/**
 * What an order's time limit means now, or null when it says nothing: time left (or overdue) while the order is
 * active; once done (待评价, 已办结), when it was done and whether that was in time. Refused or cancelled orders
 * never ran to a limit.
 */
export function deadlineNote(o: Timed, now = new Date()): { text: string; late: boolean } | null {
  if (!o.deadline) return null;
  if (isActive(o)) {
    const late = Date.parse(o.deadline) < now.getTime();
    return { text: remaining(o.deadline, now), late };
  }
  const done = finishedAt(o);
  if ((o.status !== 'awaiting_rating' && o.status !== 'closed') || !done) return null;
  const over = Date.parse(done) - Date.parse(o.deadline);
  return over > 0 ? { text: `${formatTime(done, now)} 办结，超期${span(over)}`, late: true } : { text: `${formatTime(done, now)} 按时办结`, late: false };
}
