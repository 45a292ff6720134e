/**
 * A member's limit of active claims, on one small document per member: `claimers/{memberId}` lists the orders the
 * member holds or is claiming right now, `holds: [{ orderId, since }]`.
 *
 * A claim enters it first with one conditional update — fewer than `max` entries, and not this order yet — so one
 * member's parallel claims on different orders cannot pass the limit together (the orders are different documents;
 * this one is shared). If the order then refuses, the claim leaves again. Transitions that take on, release or
 * finish a claim keep it in step after the order has committed.
 *
 * It also keeps `lastActiveAt`, the member's last claim, acceptance or report, for staff's member picker.
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
  /** Takes a place within `max` for a claim on `orderId`, or says why not (the pg adapter's order: limit, then holding). */
  enter(memberId: string, orderId: string, max: number): Promise<'ok' | 'limit' | 'holding'>;
  /** Records a claim taken on without the limit (an accepted assignment), at `at`. */
  hold(memberId: string, orderId: string, at: Date): Promise<void>;
  /** Records the member's activity (a claim won, a report) at `at`. */
  touch(memberId: string, at: Date): Promise<void>;
  /** Gives the place back: the claim was refused, released or finished. */
  leave(memberId: string, orderId: string): Promise<void>;
}

export function cbClaimers(cb: Cb): Claimers {
  const { _ } = cb;
  const claimers = cb.coll('claimers');
  const entry = (orderId: string) => ({ orderId, since: new Date() });
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
    async enter(memberId, orderId, max) {
      if (max < 1) return 'limit';
      for (let attempt = 0; attempt < 4; attempt++) {
        const room = { ...notYet(memberId, orderId), [`holds.${max - 1}`]: _.exists(false) };
        if (await updated(claimers.where(room).update({ data: { holds: _.push(entry(orderId)) } }))) return 'ok';
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
        const data = { holds: _.push(entry(orderId)), lastActiveAt: at };
        if (await updated(claimers.where(notYet(memberId, orderId)).update({ data }))) return;
        const { doc, created } = await insertOnce(claimers, { _id: memberId, holds: [entry(orderId)], lastActiveAt: at }, () => find(memberId));
        if (created || (doc.holds as Doc[]).some((h) => h.orderId === orderId)) return;
      }
    },

    async touch(memberId, at) {
      await claimers.where({ _id: memberId }).update({ data: { lastActiveAt: at } });
    },

    async leave(memberId, orderId) {
      await claimers.where({ _id: memberId }).update({ data: { holds: _.pull({ orderId }) } });
    },
  };
}
