/** How the dashboard writes its figures: shares as percentages, 受理 times in minutes, hours or days. */

/** 98.9%, or — when nothing counts towards the rate yet. */
export const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 45分钟 / 3小时 / 2天, or — when nothing was taken up. */
export function minutes(m: number | null): string {
  if (m === null) return '—';
  if (m < 60) return `${m}分钟`;
  if (m < 24 * 60) return `${Math.round(m / 6) / 10}小时`;
  return `${Math.round(m / 144) / 10}天`;
}

/** "12/15" behind a rate, so a share of few orders reads as few. */
export const ratio = (part: number, whole: number) => `${part}/${whole}`;
