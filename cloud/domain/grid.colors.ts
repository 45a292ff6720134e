/**
 * 三色网格: each quarter every grid is rated 红 / 蓝 / 黄 from its 按时办结率, 满意率 and 有效回访率 against the
 * street's thresholds. Pure, so the dashboards and the 晒 board rate alike.
 */
import type { GridColor, GridColorFigures, GridColorThresholds } from '../../types/stats';

/** Until a street sets its own. */
export const DEFAULT_GRID_THRESHOLDS: GridColorThresholds = {
  red: { onTimeRate: 0.95, satisfaction: 0.95, visitReachRate: 0.9 },
  yellow: { onTimeRate: 0.8, satisfaction: 0.8, visitReachRate: 0.6 },
};

const FIGURES: (keyof GridColorFigures)[] = ['onTimeRate', 'satisfaction', 'visitReachRate'];

/**
 * A grid's colour: 黄 when any figure it has falls below the street's 黄 line; 红 when it has every figure and each
 * reaches the 红 line; else 蓝. A figure with nothing counted yet (null) neither earns 红 nor costs 黄.
 */
export function gridColor(figures: GridColorFigures, t: GridColorThresholds): GridColor {
  if (FIGURES.some((k) => figures[k] !== null && figures[k]! < t.yellow[k])) return 'yellow';
  if (FIGURES.every((k) => figures[k] !== null && figures[k]! >= t.red[k])) return 'red';
  return 'blue';
}

/** The quarter holding a day (YYYY-MM-DD): its first and last days and its name. */
export function quarterOf(day: string): { fromDay: string; toDay: string; name: string } {
  const [y, m] = day.split('-').map(Number);
  const q = Math.floor((m - 1) / 3);
  const first = q * 3 + 1;
  const last = new Date(Date.UTC(y, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { fromDay: `${y}-${pad(first)}-01`, toDay: `${y}-${pad(first + 2)}-${pad(last)}`, name: `${y}年第${q + 1}季度` };
}

/** Thresholds that make sense: each share from 0 to 1, and no 红 line below its 黄 line; the message, or null. */
export function thresholdsProblem(t: GridColorThresholds): string | null {
  for (const k of FIGURES) if (t.red[k] < t.yellow[k]) return '红色标准不能低于黄色标准';
  return null;
}
