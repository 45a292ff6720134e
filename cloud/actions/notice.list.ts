import { z } from 'zod';
import type { NoticeView } from '../../types/notices';
import type { Notice } from '../store/store.port';
import { defineAction } from './shared/action';
import { pageInput } from './shared/schemas';

const view = (n: Notice): NoticeView => ({ id: n.id, kind: n.kind, orderId: n.orderId, title: n.title, text: n.text, at: n.at, read: n.readAt !== null });

/** 消息中心: the caller's own notices, newest first, with how many are unread. Anyone signed in; never another's. */
export default defineAction('notice.list', z.object(pageInput), async (input, ctx) => {
  const [page, unread] = await Promise.all([
    ctx.store.listNotices(ctx.user.id, { cursor: input.cursor ?? null, limit: input.limit }),
    ctx.store.unreadNotices(ctx.user.id),
  ]);
  return { items: page.items.map(view), nextCursor: page.nextCursor, unread };
});
