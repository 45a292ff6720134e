/**
 * 接单大厅 notices: a verified member who opted in hears of a new pool order they could claim, a few a day at most.
 * Pure: the sweep reads the recent orders, the members and what they were sent today; the store queues the drafts.
 */
import type { MemberProfile, Order } from '../../types/domain';
import type { NoticeDraft } from './notices';
import { matchesPoolLimit } from './order.guards';

/** At most this many pool-match notices per member per day (China time). */
export const POOL_MATCH_PER_DAY = 3;
/** Orders opened in the pool within this window count as new. */
export const POOL_MATCH_WINDOW_HOURS = 1;

const HOUR = 3600_000;
const CHINA_OFFSET = 8 * HOUR;

/** Midnight at +08:00 of the day `now` falls in: where "today" starts for the daily cap. */
export function chinaDayStart(now: Date): Date {
  return new Date(Math.floor((now.getTime() + CHINA_OFFSET) / (24 * HOUR)) * 24 * HOUR - CHINA_OFFSET);
}

/** Open in the pool, with a slot free, and not the member's own or already theirs. */
function claimableBy(order: Order, m: MemberProfile): boolean {
  return (
    order.status === 'open' &&
    order.holders.length < order.headcount &&
    order.residentId !== m.userId &&
    !order.holders.some((h) => h.memberId === m.userId) &&
    matchesPoolLimit(order.poolLimit, m)
  );
}

/**
 * The notices for new pool orders (oldest first fill the day): each opted-in verified member hears of the orders
 * they could claim, up to POOL_MATCH_PER_DAY a day counting `sentToday` (member → order ids told of today), and of an
 * order only once (its key).
 */
export function poolMatchNotices(orders: Order[], members: MemberProfile[], sentToday: ReadonlyMap<string, ReadonlySet<string>>): NoticeDraft[] {
  const drafts: NoticeDraft[] = [];
  for (const m of members) {
    if (!m.notifyPool || m.status !== 'verified') continue;
    const sent = sentToday.get(m.userId) ?? new Set<string>();
    let left = POOL_MATCH_PER_DAY - sent.size;
    for (const o of orders) {
      if (left <= 0) break;
      if (o.communityId !== m.communityId || sent.has(o.id) || !claimableBy(o, m)) continue;
      drafts.push({
        to: { userId: m.userId },
        kind: 'pool_match',
        orderId: o.id,
        title: o.title,
        text: `接单大厅有新需求：${o.title}`,
        key: `pool_match:${o.id}`,
        actorId: null,
      });
      left--;
    }
  }
  return drafts;
}
