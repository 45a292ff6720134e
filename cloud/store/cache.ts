/**
 * What every request reads and almost nothing writes — the caller's user row and roles, their 报到 profiles, people's
 * names, communities with their settings and menus — kept in this process's memory, in front of either adapter.
 *
 * Invalidation: every write through this store drops what it changes (grantRole, setDepartmentStaff, applyMember and reviewMember the
 * person's roles and profiles; setUserName their name; savePlaces every community and menu; updateSettings its
 * community; saveCategory and saveGrid its community's menu), so within one process a
 * change counts from the next call on. Other processes: WeChat cloud runs the `api` function in as many instances as
 * it needs, and a host may run several processes on one PostgreSQL server; a write there reaches this copy only when
 * an entry expires. Hence a short time to live, not a version check (a check would be a database call per request,
 * the very cost this saves). What a stale entry can do is bounded by the data: roles are only ever added (but a
 * department's staff, whom the street's admin may revoke: elsewhere that counts once the entry expires) and a 报到
 * only moves forward, so a stale entry refuses for a few seconds what is already allowed, never the reverse; a
 * changed setting applies everywhere within `placesTtlMs`. Writes that bypass the store (SQL by hand, a test's
 * TRUNCATE) must call `forget()`.
 */
import type { Store, User } from './store.port';

export interface CacheOptions {
  /** Users, roles, 报到 profiles and names (default 10 s). */
  peopleTtlMs?: number;
  /** Communities, settings and menus (default 60 s). */
  placesTtlMs?: number;
  /** Entries kept per kind; the oldest go first beyond it. */
  maxEntries?: number;
  /** The clock for expiry (tests). */
  now?: () => number;
}

/** A store that remembers, and can be told to forget everything (after writes it did not see). */
export type CachedStore<S extends Store = Store> = S & { forget(): void };

class Shelf<V> {
  private entries = new Map<string, { value: V; until: number }>();
  constructor(
    private ttl: number,
    private max: number,
    private now: () => number,
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until > this.now()) return hit.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.now() + this.ttl });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Reads through: the cached value, or `load`'s (kept, unless it is null and `keepNull` is false). */
  async through(key: string, load: () => Promise<V>, keepNull = true): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = await load();
    return value === null && !keepNull ? value : this.set(key, value);
  }

  drop(match: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (match(key)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Wraps `store` with this process's cache; every other operation passes through unchanged. */
export function cachedStore<S extends Store>(store: S, opts: CacheOptions = {}): CachedStore<S> {
  const now = opts.now ?? (() => performance.now());
  const max = opts.maxEntries ?? 10_000;
  const people = opts.peopleTtlMs ?? 10_000;
  const places = opts.placesTtlMs ?? 60_000;
  const byOpenid = new Shelf<User>(people, max, now);
  const byId = new Shelf<User>(people, max, now);
  const roles = new Shelf<Awaited<ReturnType<Store['rolesOf']>>>(people, max, now);
  const members = new Shelf<Awaited<ReturnType<Store['getMember']>>>(people, max, now);
  const communities = new Shelf<Awaited<ReturnType<Store['getCommunity']>>>(places, max, now);
  const menus = new Shelf<Awaited<ReturnType<Store['getMenu']>>>(places, max, now);
  const all = [byOpenid, byId, roles, members, communities, menus];

  const remember = (user: User) => (byOpenid.set(user.openid, user), byId.set(user.id, user));
  /** The person's roles and profiles, after a write that may change them. */
  const forgetPerson = (userId: string) => {
    roles.drop((k) => k === userId);
    members.drop((k) => k.startsWith(`${userId}/`));
  };

  return {
    ...store,
    async ensureUser(openid, name) {
      return byOpenid.get(openid) ?? remember(await store.ensureUser(openid, name));
    },
    async findUserByOpenid(openid) {
      const hit = byOpenid.get(openid);
      if (hit) return hit;
      const user = await store.findUserByOpenid(openid);
      return user && remember(user);
    },
    async getUsers(ids) {
      const missing = ids.filter((id) => !byId.get(id));
      if (missing.length > 0) for (const u of await store.getUsers(missing)) remember(u);
      return ids.map((id) => byId.get(id)).filter((u): u is User => !!u);
    },
    async setUserName(userId, name) {
      await store.setUserName(userId, name);
      const user = byId.get(userId);
      if (user) remember({ ...user, name });
    },
    rolesOf: (userId) => roles.through(userId, () => store.rolesOf(userId)),
    async grantRole(userId, role, scope) {
      await store.grantRole(userId, role, scope);
      forgetPerson(userId);
    },
    async setDepartmentStaff(userId, ...rest) {
      try {
        await store.setDepartmentStaff(userId, ...rest);
      } finally {
        forgetPerson(userId);
      }
    },
    getMember: (userId, communityId) => members.through(`${userId}/${communityId}`, () => store.getMember(userId, communityId)),
    async applyMember(profile) {
      try {
        return await store.applyMember(profile);
      } finally {
        forgetPerson(profile.userId);
      }
    },
    async reviewMember(userId, ...rest) {
      try {
        return await store.reviewMember(userId, ...rest);
      } finally {
        forgetPerson(userId);
      }
    },
    async setMemberNotify(userId, ...rest) {
      try {
        return await store.setMemberNotify(userId, ...rest);
      } finally {
        forgetPerson(userId);
      }
    },
    getCommunity: (id) => communities.through(id, () => store.getCommunity(id)),
    getMenu: (communityId) => menus.through(communityId, () => store.getMenu(communityId)),
    async savePlaces(p) {
      try {
        await store.savePlaces(p);
      } finally {
        communities.clear();
        menus.clear();
      }
    },
    async updateSettings(...args) {
      try {
        return await store.updateSettings(...args);
      } finally {
        communities.drop((k) => k === args[0]);
      }
    },
    async saveCategory(category) {
      try {
        await store.saveCategory(category);
      } finally {
        menus.drop((k) => k === category.communityId);
      }
    },
    async saveGrid(grid) {
      try {
        await store.saveGrid(grid);
      } finally {
        menus.drop((k) => k === grid.communityId);
      }
    },
    forget: () => all.forEach((s) => s.clear()),
  };
}
