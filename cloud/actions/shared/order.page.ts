/**
 * A page of orders as views for this caller, with names looked up once for the page.
 */
import type { OrderView, Page } from '../../../types/views';
import type { OrderQuery } from '../../store/store.port';
import { lookupFor } from '../../views/lookup';
import { orderView } from '../../views/order.view';
import type { ActionContext } from './action';
import { callerOf } from './caller';

export async function viewPage(
  ctx: ActionContext,
  query: OrderQuery,
  page: { cursor?: string; limit: number },
): Promise<Page<OrderView>> {
  const found = await ctx.store.listOrders(query, { cursor: page.cursor ?? null, limit: page.limit });
  const names = await lookupFor(ctx, found.items);
  const members = new Map<string, Awaited<ReturnType<typeof ctx.store.getMember>>>();
  const items: OrderView[] = [];
  for (const order of found.items) {
    if (!members.has(order.communityId)) members.set(order.communityId, await ctx.store.getMember(ctx.user.id, order.communityId));
    items.push(orderView(order, callerOf(ctx, members.get(order.communityId)!), ctx.now, names));
  }
  return { items, nextCursor: found.nextCursor };
}
