/**
 * A member's 报到 profile as staff or the member themself see it; others see the phone masked.
 */
import type { MemberProfile } from '../../types/domain';
import type { MemberView } from '../../types/views';
import { maskPhone } from '../domain/masking';
import type { Store, User } from '../store/store.port';

/** The viewer: whose own profile shows in full whatever `full` says. */
type Viewer = { store: Store; user: Pick<User, 'id'> };

export async function memberViews(ctx: Viewer, communityId: string, profiles: MemberProfile[], full: boolean): Promise<MemberView[]> {
  const menu = await ctx.store.getMenu(communityId);
  return profiles.map((p) => ({
    ...p,
    phone: full || p.userId === ctx.user.id ? p.phone : maskPhone(p.phone),
    teamName: menu.teams.find((t) => t.id === p.teamId)?.name ?? null,
    gridName: menu.grids.find((g) => g.id === p.gridId)?.name ?? null,
  }));
}
