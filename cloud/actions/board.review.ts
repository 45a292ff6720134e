import { z } from 'zod';
import { boardReviewItem } from '../views/board.view';
import { defineAction } from './shared/action';
import { boardNames } from './shared/board';
import { requireStaff } from './shared/caller';
import { id, pageInput } from './shared/schemas';

/** Staff moderating their community's board: every item, hidden ones too, with orders' comments and their approval. */
export default defineAction('board.review', z.object({ communityId: id, ...pageInput }), async (data, ctx) => {
  await requireStaff(ctx, data.communityId);
  const [page, names] = await Promise.all([
    ctx.store.boardItems({ communityId: data.communityId, withHidden: true }, { cursor: data.cursor ?? null, limit: data.limit }),
    boardNames(ctx.store, data.communityId),
  ]);
  return { items: page.items.map((s) => boardReviewItem(s, names)), nextCursor: page.nextCursor };
});
