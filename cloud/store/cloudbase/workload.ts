/**
 * Members' load on CloudBase, for staff's member picker: unfinished holds and pending assignments counted from the
 * orders (the truth, as countActiveClaims counts them), the last activity from each member's `claimers` document (its
 * latest report or finished claim, and the claims it holds now).
 * Three reads whatever the number of members, each served by an index.
 */
import type { MemberWorkload, OrderPort } from '../store.port';
import { readAll, type Cb, type Doc } from './db';
import { iso } from './docs';

const NEWEST = [
  ['createdAt', 'desc'],
  ['_id', 'desc'],
] as const;

/** The latest of a claimers document's activity and the claims it holds now. */
function latest(place: Doc | undefined): string | null {
  if (!place) return null;
  const held = (place.holds as Doc[]).filter((h) => h.claimedAt).map((h) => new Date(h.claimedAt).getTime());
  const times = [...(place.lastActiveMs ? [place.lastActiveMs as number] : []), ...held];
  return times.length > 0 ? iso(new Date(Math.max(...times))) : null;
}

export function cbWorkload(cb: Cb): Pick<OrderPort, 'memberWorkload'> {
  const { _ } = cb;
  return {
    async memberWorkload(memberIds): Promise<MemberWorkload[]> {
      if (memberIds.length === 0) return [];
      const ids = _.in(memberIds);
      const [held, asked, places] = await Promise.all([
        readAll(cb, 'orders', { filter: [{ 'holders.memberId': ids, finished: false }], sort: NEWEST, projection: { holders: true } }),
        readAll(cb, 'orders', { filter: [{ assigneeId: ids, status: 'assigned' }], sort: NEWEST, projection: { assigneeId: true } }),
        readAll(cb, 'claimers', { filter: [{ _id: ids }], sort: [['_id', 'asc']], projection: { lastActiveMs: true, holds: true } }),
      ]);
      return memberIds.map((memberId) => ({
        memberId,
        activeOrders:
          held.filter((o) => (o.holders as Doc[]).some((h) => h.memberId === memberId)).length +
          asked.filter((o) => o.assigneeId === memberId).length,
        lastActiveAt: latest(places.find((p) => p._id === memberId)),
      }));
    },
  };
}
