import { z } from 'zod';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';

const input = z
  .object({ all: z.literal(true).optional(), ids: z.array(id).max(100, '一次最多标记100条').optional() })
  .refine((v) => v.all || (v.ids?.length ?? 0) > 0, { error: '请选择要标为已读的消息' });

/** 标为已读 (some, or 全部已读): only the caller's own notices change; ids of anyone else's are ignored. */
export default defineAction('notice.read', input, async (input, ctx) => {
  await ctx.store.markNoticesRead(ctx.user.id, input.all ? 'all' : input.ids!, ctx.now);
  return { unread: await ctx.store.unreadNotices(ctx.user.id) };
});
