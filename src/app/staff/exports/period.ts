/**
 * The periods an export offers, as Beijing calendar spans: from the first instant of the first day up to (not
 * including) the first instant after the last day, the way export.create reads `from` and `to`.
 */
import { atLocal, local } from '../../../utils/time';

export type PeriodKey = 'this_month' | 'last_month' | 'this_quarter' | 'this_year' | 'custom';

export const PERIODS: { value: PeriodKey; label: string }[] = [
  { value: 'this_month', label: '本月' },
  { value: 'last_month', label: '上月' },
  { value: 'this_quarter', label: '本季度' },
  { value: 'this_year', label: '本年' },
  { value: 'custom', label: '自定义' },
];

export interface Period {
  from: string;
  to: string;
}

/** A span of whole days, first and last as YYYY-MM-DD. */
export const daysPeriod = (first: string, last: string): Period => ({
  from: atLocal(first, '00:00'),
  to: local(atLocal(last, '00:00')).add(1, 'day').toISOString(),
});

/** The preset's span around `now` (custom ones are made by daysPeriod). */
export function presetPeriod(key: Exclude<PeriodKey, 'custom'>, now = new Date()): Period {
  const today = local(now.toISOString());
  const month = today.startOf('month');
  const [start, months] =
    key === 'this_month' ? [month, 1]
    : key === 'last_month' ? [month.subtract(1, 'month'), 1]
    : key === 'this_quarter' ? [month.subtract(month.month() % 3, 'month'), 3]
    : [today.startOf('year'), 12];
  return { from: start.toISOString(), to: start.add(months, 'month').toISOString() };
}

/** 2026-11-01 至 2026-11-30: how the page names a period. */
export const periodText = (p: Period) => `${local(p.from).format('YYYY-MM-DD')} 至 ${local(new Date(Date.parse(p.to) - 1).toISOString()).format('YYYY-MM-DD')}`;
