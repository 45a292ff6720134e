/**
 * Gathers the names a page of views shows (categories, grids, people) in a few queries, not one per row, and the
 * photos' URLs and media checks in one call each (none when there are no photos).
 */
import type { Order, OrderEvent } from '../../types/domain';
import { DEFAULT_SETTINGS } from '../domain/policies';
import type { Platform } from '../platform/platform';
import type { Store } from '../store/store.port';
import type { ViewLookup } from './order.view';

/** Only views of orders the caller may see are built, so only they get photo URLs. */
export async function lookupFor({ store, platform }: { store: Store; platform: Platform }, orders: Order[], events: OrderEvent[] = []): Promise<ViewLookup> {
  const communityIds = [...new Set(orders.map((o) => o.communityId))];
  const menus = await Promise.all(communityIds.map((id) => store.getMenu(id)));
  const categories = new Map(menus.flatMap((m) => m.categories.map((c) => [c.id, c] as const)));
  const grids = new Map(menus.flatMap((m) => m.grids.map((g) => [g.id, g.name] as const)));
  const userIds = new Set<string>();
  for (const o of orders) if (o.assigneeId) userIds.add(o.assigneeId);
  for (const e of events) if (e.actorId) userIds.add(e.actorId);
  const users = userIds.size ? await store.getUsers([...userIds]) : [];
  // Settings only where a view shows them: an assignment waiting for its member's answer.
  const assignedIn = [...new Set(orders.filter((o) => o.status === 'assigned').map((o) => o.communityId))];
  const settings = new Map((await Promise.all(assignedIn.map((id) => store.getCommunity(id)))).flatMap((c) => (c ? [[c.id, c.settings] as const] : [])));
  const names = new Map(users.map((u) => [u.id, u.name] as const));
  const partPhotos = orders.flatMap((o) => o.holders.flatMap((h) => h.part?.photos ?? []));
  const fileIds = [...new Set([...orders.flatMap((o) => o.photos), ...partPhotos, ...events.flatMap((e) => e.photos)])];
  const [urls, uploads] = fileIds.length ? await Promise.all([platform.photoUrls(fileIds), store.getUploads(fileIds)]) : [{}, []];
  const flags = new Map(uploads.filter((u) => u.media === 'risky').map((u) => [u.fileId, u.mediaReason ?? '图片未通过内容安全检测'] as const));
  return {
    categoryName: (id) => categories.get(id)?.name ?? '其他服务',
    categoryFields: (id) => categories.get(id)?.fields ?? [],
    gridName: (id) => (id ? grids.get(id) ?? null : null),
    userName: (id) => names.get(id) ?? null,
    settings: (id) => settings.get(id) ?? DEFAULT_SETTINGS,
    photoUrl: (id) => (urls as Record<string, string>)[id] ?? null,
    photoFlag: (id) => flags.get(id) ?? null,
  };
}
