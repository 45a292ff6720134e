/**
 * Deadlines as staff set them: a quick choice of days from now, or a calendar day ending at 23:59 in China.
 */
import { local } from './time';

export const DAY = 86_400_000;

/** Days from now, a calendar day, or an instant already set (the order's current time limit). */
export type DeadlineChoice = { days: number } | { date: string } | { iso: string };

/** Today as the date picker wants it (YYYY-MM-DD, Asia/Shanghai). */
export function today(now = new Date()): string {
  return local(now.toISOString()).format('YYYY-MM-DD');
}

/** The ISO instant a choice means. A picked day ends at 23:59 China time (UTC+8, no daylight saving). */
export function deadlineOf(choice: DeadlineChoice, now = new Date()): string {
  if ('days' in choice) return new Date(now.getTime() + choice.days * DAY).toISOString();
  if ('iso' in choice) return choice.iso;
  return new Date(`${choice.date}T23:59:00+08:00`).toISOString();
}

/** Client-side check; the server checks again (ORDER.DEADLINE_PAST). */
export function deadlineError(choice: DeadlineChoice | null, now = new Date()): string | undefined {
  if (!choice) return '请选择办结时限';
  if (Date.parse(deadlineOf(choice, now)) <= now.getTime()) return '办结时限必须晚于当前时间';
  return undefined;
}
