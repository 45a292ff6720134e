/**
 * Pool-match notices, run with the sweep: orders new in a community's 接单大厅 (open, changed within the window) go
 * to the opted-in verified members they match, a few a day each. Who hears what is the domain's (pool.match.ts).
 */
import type { MemberProfile } from '../../types/domain';
import { chinaDayStart, poolMatchNotices, POOL_MATCH_WINDOW_HOURS } from '../domain/pool.match';
import type { Store } from '../store/store.port';

const BATCH = 100;

async function optedIn(store: Store, communityId: string): Promise<MemberProfile[]> {
  const all: MemberProfile[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listMembers({ communityId, status: 'verified' }, { cursor, limit: BATCH });
    all.push(...page.items.filter((m) => m.notifyPool));
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** Queues this run's pool-match notices for one community; returns how many drafts it queued. */
export async function notifyPoolMatches(store: Store, communityId: string, now: Date): Promise<number> {
  const orders = await store.recentPoolOrders(communityId, new Date(now.getTime() - POOL_MATCH_WINDOW_HOURS * 3_600_000), BATCH);
  if (orders.length === 0) return 0;
  const members = await optedIn(store, communityId);
  if (members.length === 0) return 0;
  const sentToday = new Map<string, Set<string>>();
  for (const s of await store.sentNotices('pool_match', members.map((m) => m.userId), chinaDayStart(now))) {
    sentToday.set(s.userId, (sentToday.get(s.userId) ?? new Set()).add(s.orderId));
  }
  const drafts = poolMatchNotices(orders, members, sentToday);
  if (drafts.length > 0) await store.addNotices(drafts, now);
  return drafts.length;
}
