import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { boardItem } from '../views/board.view';
import { definePublicAction } from './shared/action';
import { localDay } from '../domain/stats.facts';
import { boardItemRef, boardNames, monthFigures } from './shared/board';
import { gridColorsFor } from './shared/grid.colors';
import { id, pageInput } from './shared/schemas';

const input = z.object({ communityId: id, item: boardItemRef.optional(), ...pageInput });

/**
 * 晒 board for anyone, signed in or not: the community's finished orders, realised wishes and published outcomes,
 * newest first, without hidden items; the month's figures and the quarter's 三色网格 with the first page. One item asked for by id comes back
 * alone, or not at all when it is hidden or not on the board.
 */
export default definePublicAction('board.get', input, async (data, ctx) => {
  const community = await ctx.store.getCommunity(data.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  const first = !data.cursor && !data.item;
  const [page, names, figures, gridColors] = await Promise.all([
    ctx.store.boardItems({ communityId: community.id, withHidden: false, item: data.item }, { cursor: data.cursor ?? null, limit: data.limit }),
    boardNames(ctx.store, community.id),
    first ? monthFigures(ctx.store, community.id, ctx.now) : null,
    first ? gridColorsFor(ctx.store, community.streetId, [community], localDay(ctx.now)) : null,
  ]);
  return {
    community: { id: community.id, name: community.name },
    figures,
    gridColors,
    items: page.items.map((s) => boardItem(s, names)),
    nextCursor: page.nextCursor,
  };
});
