/**
 * What the board's actions share: the month's figures from the stats aggregates, the names an order item shows,
 * and the input rules.
 */
import { z } from 'zod';
import { BOARD_KINDS, type BoardFigures } from '../../../types/board';
import { addInto, coreFigures, emptyDay } from '../../domain/stats.figures';
import { localDay } from '../../domain/stats.facts';
import type { Store } from '../../store/store.port';
import type { BoardNames } from '../../views/board.view';
import { id } from './schemas';

export const boardKind = z.enum(BOARD_KINDS, { error: '内容类型无效' });
export const boardItemRef = z.object({ kind: boardKind, id });

/** This calendar month's figures at +08:00, from the summed day rows (never a scan of orders). */
export async function monthFigures(store: Store, communityId: string, now: Date): Promise<BoardFigures> {
  const today = localDay(now);
  const month = today.slice(0, 7);
  const rows = await store.statsDays([communityId], { fromDay: `${month}-01`, toDay: today }, 'month');
  const f = coreFigures(rows.reduce((t, r) => addInto(t, r.counters), emptyDay()));
  return { month, received: f.received, responseRate: f.responseRate, resolutionRate: f.resolutionRate, satisfaction: f.satisfaction };
}

/** The community's category and grid names. */
export async function boardNames(store: Store, communityId: string): Promise<BoardNames> {
  const menu = await store.getMenu(communityId);
  return { categories: menu.categories, grids: menu.grids };
}
