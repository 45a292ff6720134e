/** How the board writes dates and rates: 11月29日 (the phone's own time zone), 96%, or — when nothing counts yet. */

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getMonth() + 1}月${d.getDate()}日`;
}

export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
