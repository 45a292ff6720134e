/**
 * The dashboard's periods as Beijing calendar spans: [from, to) instants for stats.community / stats.street, whose
 * `to` is exclusive. Plain date arithmetic at +08:00 (China keeps one offset, no daylight saving).
 */
import { atLocal, local } from '../../utils/time';

export type PeriodKey = 'month' | 'lastMonth' | 'quarter' | 'year' | 'custom';

export const PERIODS: { key: PeriodKey; label: string }[] = [
  { key: 'month', label: '本月' },
  { key: 'lastMonth', label: '上月' },
  { key: 'quarter', label: '本季度' },
  { key: 'year', label: '本年' },
  { key: 'custom', label: '自定义' },
];

export interface Span {
  from: string;
  to: string;
}

/** The first day (YYYY-MM-DD) of the month `months` after year/month (month 1–12). */
const monthStart = (year: number, month: number, months = 0) => {
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};

/** The span of a named period around `now`, in Beijing time. */
export function spanOf(key: Exclude<PeriodKey, 'custom'>, now = new Date()): Span {
  const t = local(now.toISOString());
  const [y, m] = [t.year(), t.month() + 1];
  const q = m - ((m - 1) % 3);
  const [start, months] =
    key === 'month' ? [monthStart(y, m), 1] : key === 'lastMonth' ? [monthStart(y, m, -1), 1] : key === 'quarter' ? [monthStart(y, q), 3] : [monthStart(y, 1), 12];
  const [sy, sm] = start.split('-').map(Number);
  return { from: atLocal(start, '00:00'), to: atLocal(monthStart(sy, sm, months), '00:00') };
}

/** A custom span from two Beijing days, both counted (the later day runs to its end). */
export function customSpan(fromDay: string, toDay: string): Span {
  const [a, b] = fromDay <= toDay ? [fromDay, toDay] : [toDay, fromDay];
  return { from: atLocal(a, '00:00'), to: new Date(Date.parse(atLocal(b, '00:00')) + 86_400_000).toISOString() };
}

/** 2026年11月1日 – 11月30日: the days a span counts, for the page's heading. */
export function spanLabel(fromDay: string, toDay: string): string {
  const [a, b] = [local(`${fromDay}T00:00:00+08:00`), local(`${toDay}T00:00:00+08:00`)];
  return `${a.format('YYYY年M月D日')} – ${b.format(a.year() === b.year() ? 'M月D日' : 'YYYY年M月D日')}`;
}
