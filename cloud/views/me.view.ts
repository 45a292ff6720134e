/**
 * Who a person is to the app: their roles and the communities those roles are in.
 */
import type { Me } from '../../types/views';
import type { Store, User } from '../store/store.port';

export async function meOf({ store, user }: { store: Store; user: User }): Promise<Me> {
  const roles = await store.rolesOf(user.id);
  const all = await store.listCommunities();
  const ids = new Set(roles.map((r) => r.communityId));
  const streets = new Set(roles.map((r) => r.streetId));
  const gridRoles = roles.filter((r) => r.gridId && r.communityId);
  const menus = new Map(
    await Promise.all([...new Set(gridRoles.map((r) => r.communityId!))].map(async (id) => [id, (await store.getMenu(id)).grids] as const)),
  );
  return {
    userId: user.id,
    name: user.name,
    roles,
    communities: all.filter((c) => ids.has(c.id) || streets.has(c.streetId)),
    grids: gridRoles.map((r) => ({
      communityId: r.communityId!,
      gridId: r.gridId!,
      name: menus.get(r.communityId!)?.find((g) => g.id === r.gridId)?.name ?? '网格',
      role: r.role as 'grid_worker' | 'grid_leader',
    })),
  };
}
