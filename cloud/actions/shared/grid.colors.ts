/**
 * 三色网格 on the dashboards: every grid of the communities rated for the quarter holding the period's last day, from
 * the fold job's rows summed per grid (never the orders), against the street's thresholds.
 */
import type { GridColors, GridRating } from '../../../types/stats';
import { DEFAULT_GRID_THRESHOLDS, gridColor, quarterOf } from '../../domain/grid.colors';
import { coreFigures, emptyDay, groupSum } from '../../domain/stats.figures';
import type { Store } from '../../store/store.port';

const ORDER = { yellow: 0, blue: 1, red: 2 };

/** The quarter's colours of every grid of these communities (of one street); 黄 first, then by name. */
export async function gridColorsFor(store: Store, streetId: string | null, communities: { id: string; name: string }[], toDay: string): Promise<GridColors> {
  const quarter = quarterOf(toDay);
  const ids = communities.map((c) => c.id);
  const [rows, menus, saved] = await Promise.all([
    store.statsDays(ids, quarter, 'month'),
    Promise.all(ids.map((id) => store.getMenu(id))),
    streetId ? store.gridThresholds(streetId) : null,
  ]);
  const thresholds = saved ?? DEFAULT_GRID_THRESHOLDS;
  const sums = groupSum(rows, (r) => `${r.communityId}:${r.gridId}`, (r) => r.counters, emptyDay);
  const grids: GridRating[] = communities.flatMap((c, i) =>
    menus[i].grids.map((g) => {
      const f = coreFigures(sums.get(`${c.id}:${g.id}`) ?? emptyDay());
      const figures = { onTimeRate: f.onTimeRate, satisfaction: f.satisfaction, visitReachRate: f.visitReachRate };
      return { gridId: g.id, name: g.name, communityId: c.id, communityName: c.name, ...figures, received: f.received, color: gridColor(figures, thresholds) };
    }),
  );
  grids.sort((a, b) => ORDER[a.color] - ORDER[b.color] || a.communityName.localeCompare(b.communityName, 'zh') || a.name.localeCompare(b.name, 'zh'));
  return { quarter: quarter.name, fromDay: quarter.fromDay, toDay: quarter.toDay, thresholds, grids };
}
