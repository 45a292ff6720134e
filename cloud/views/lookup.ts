/**
 * Gathers the names a page of views shows (categories, grids, people) in a few queries, not one per row.
 */
import type { Order, OrderEvent } from '../../types/domain';
import { DEFAULT_SETTINGS } from '../domain/policies';
import type { Store } from '../store/store.port';
import type { ViewLookup } from './order.view';

export async function lookupFor(store: Store, orders: Order[], events: OrderEvent[] = []): Promise<ViewLookup> {
  const communityIds = [...new Set(orders.map((o) => o.communityId))];
  const menus = await Promise.all(communityIds.map((id) => store.getMenu(id)));
  const categories = new Map(menus.flatMap((m) => m.categories.map((c) => [c.id, c.name] as const)));
  const grids = new Map(menus.flatMap((m) => m.grids.map((g) => [g.id, g.name] as const)));
  const userIds = new Set<string>();
  for (const o of orders) if (o.assigneeId) userIds.add(o.assigneeId);
  for (const e of events) if (e.actorId) userIds.add(e.actorId);
  const users = userIds.size ? await store.getUsers([...userIds]) : [];
  // Settings only where a view shows them: an assignment waiting for its member's answer.
  const assignedIn = [...new Set(orders.filter((o) => o.status === 'assigned').map((o) => o.communityId))];
  const settings = new Map((await Promise.all(assignedIn.map((id) => store.getCommunity(id)))).flatMap((c) => (c ? [[c.id, c.settings] as const] : [])));
  const names = new Map(users.map((u) => [u.id, u.name] as const));
  return {
    categoryName: (id) => categories.get(id) ?? '其他服务',
    gridName: (id) => (id ? grids.get(id) ?? null : null),
    userName: (id) => names.get(id) ?? null,
    settings: (id) => settings.get(id) ?? DEFAULT_SETTINGS,
  };
}
