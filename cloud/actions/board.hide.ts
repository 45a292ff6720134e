import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { boardKind } from './shared/board';
import { requireStaff } from './shared/caller';
import { id } from './shared/schemas';

const input = z.object({ communityId: id, kind: boardKind, id, hidden: z.boolean({ error: '请选择隐藏或显示' }) });

/** Staff of the community hide an item of its board, or show it again; only items that are on its board. */
export default defineAction('board.hide', input, async (data, ctx) => {
  await requireStaff(ctx, data.communityId);
  const item = { kind: data.kind, id: data.id };
  const found = await ctx.store.boardItems({ communityId: data.communityId, withHidden: true, item }, { cursor: null, limit: 1 });
  if (found.items.length === 0) throw new DomainError('BOARD.NOT_FOUND');
  await ctx.store.markBoardItem({ communityId: data.communityId, ...item, hidden: data.hidden, by: ctx.user.id, at: ctx.now });
  return { ...item, hidden: data.hidden };
});
