/**
 * A member's limit of active claims, on one small document per member: `claimers/{memberId}` lists the orders the
 * member holds or is claiming right now, `holds: [{ orderId, since }]`.
 *
 * A claim enters it first with one conditional update — fewer than `max` entries, and not this order yet — so one
 * member's parallel claims on different orders cannot pass the limit together (the orders are different documents;
 * this one is shared). If the order then refuses, the claim leaves again. Transitions that take on, release or
 * finish a claim keep it in step after the order has committed.
 *
 * For staff's member picker it also keeps the member's last activity: each entry carries when the claim was made
 * (`claimedAt`, the step's instant), and `lastActiveMs` (epoch milliseconds, which `_.max` compares) keeps the latest report and, as an entry leaves after the work
 * (released or finished, not refused), its claim's instant — so a won claim costs no extra write.
 *
 * The orders stay the truth (countActiveClaims counts them); this document only guards the limit. Each write is
 * idempotent by order id. An entry left behind by a failure between an order's commit and the write here is
 * found stale — no order backs it and it is older than a lease (a younger one may be a claim in flight) — and
 * dropped the next time the member is refused.
 */
import { byId, insertOnce, readAll, updated, type Cb, type Doc } from './db';
import { date } from './docs';

/** Far longer than a claim takes between entering here and committing on the order. */
const LEASE_MS = 60_000;

export interface Claimers {
  /** Takes a place within `max` for a claim on `orderId` made at `at`, or says why not (the pg adapter's order: limit, then holding). */
  enter(memberId: string, orderId: string, max: number, at: Date): Promise<'ok' | 'limit' | 'holding'>;
  /** Records a claim taken on without the limit (an accepted assignment), at `at`. */
  hold(memberId: string, orderId: string, at: Date): Promise<void>;
  /** Records the member's report (progress, completion) at `at`. */
  touch(memberId: string, at: Date): Promise<void>;
  /** Gives the place back: the claim was refused, or (with when it was made) released or finished. */
  leave(memberId: string, orderId: string, claimedAt?: Date): Promise<void>;
}

export function cbClaimers(cb: Cb): Claimers {
  const { _ } = cb;
  const claimers = cb.coll('claimers');
  // `since` is the wall clock (the lease), `claimedAt` the step's instant (activity).
  const entry = (orderId: string, claimedAt: Date) => ({ orderId, since: new Date(), claimedAt });
  const find = (memberId: string) => byId(cb, 'claimers', memberId);
  const notYet = (memberId: string, orderId: string) => ({ _id: memberId, 'holds.orderId': _.neq(orderId) });

  /** Entries older than the lease that no order backs any more. */
  async function stale(memberId: string, holds: Doc[]): Promise<Doc[]> {
    const old = holds.filter((h) => Date.now() - date(h.since)!.getTime() > LEASE_MS);
    if (old.length === 0) return [];
    const orders = await readAll(cb, 'orders', {
      filter: [{ _id: _.in(old.map((h) => h.orderId)) }],
      sort: [['_id', 'asc']],
      projection: { holders: true, finished: true },
    });
    const backed = new Set(
      orders.filter((o) => !o.finished && (o.holders as Doc[]).some((h) => h.memberId === memberId)).map((o) => o._id),
    );
    return old.filter((h) => !backed.has(h.orderId));
  }

  return {
    async enter(memberId, orderId, max, at) {
      if (max < 1) return 'limit';
      for (let attempt = 0; attempt < 4; attempt++) {
        const room = { ...notYet(memberId, orderId), [`holds.${max - 1}`]: _.exists(false) };
        if (await updated(claimers.where(room).update({ data: { holds: _.push(entry(orderId, at)) } }))) return 'ok';
        const doc = await find(memberId);
        if (!doc) {
          await insertOnce(claimers, { _id: memberId, holds: [] }, () => find(memberId));
          continue;
        }
        const holds = doc.holds as Doc[];
        const gone = await stale(memberId, holds);
        for (const h of gone) {
          // Exactly that entry: a fresh claim on the same order since then is left alone.
          await claimers.where({ _id: memberId }).update({ data: { holds: _.pull({ orderId: h.orderId, since: h.since }) } });
        }
        if (gone.length > 0) continue;
        if (holds.length >= max) return 'limit';
        if (holds.some((h) => h.orderId === orderId)) return 'holding';
        // A place came free between the update and the read: try again.
      }
      return 'limit';
    },

    async hold(memberId, orderId, at) {
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await updated(claimers.where(notYet(memberId, orderId)).update({ data: { holds: _.push(entry(orderId, at)) } }))) return;
        const { doc, created } = await insertOnce(claimers, { _id: memberId, holds: [entry(orderId, at)] }, () => find(memberId));
        if (created || (doc.holds as Doc[]).some((h) => h.orderId === orderId)) return;
      }
    },

    async touch(memberId, at) {
      await claimers.where({ _id: memberId }).update({ data: { lastActiveMs: _.max(at.getTime()) } });
    },

    async leave(memberId, orderId, claimedAt) {
      const data: Doc = { holds: _.pull({ orderId }) };
      if (claimedAt) data.lastActiveMs = _.max(claimedAt.getTime());
      await claimers.where({ _id: memberId }).update({ data });
    },
  };
}
