/**
 * The wish claim as ONE statement, and the rows it reads. The domain decides the claim (wish.machine.ts: released,
 * beforeDeadline, underHoldLimit) on the wish as read a moment before; the statement re-checks what other requests
 * can change meanwhile: the wish still open, its time window, and the claimer's hold count.
 */
import type { Unit, Wish } from '../../../types/wishes';
import { iso } from './rows';

type Row = Record<string, any>;

/** The claimer's key on wish_holds (013_wishes.sql). */
export const holdKey = (c: { kind: string; id: string }) => `${c.kind}:${c.id}`;

/**
 * $1 wish, $2 claimer key, $3 hold limit, $4 kind, $5 claimer id, $6 claimer name, $7 the person claiming, $8 now.
 *
 * `me` takes the claimer's wish_holds row (made on a first claim) under its lock and checks the count there: a claim
 * of theirs committed while this one waited is seen, since PostgreSQL re-reads a conflicting row. `won` takes the
 * wish only while it is open in its window; the trigger on wishes then counts the hold.
 */
export const WISH_CLAIM_SQL = `WITH me AS (
    INSERT INTO wish_holds AS h (claimer_key, held) VALUES ($2, 0)
    ON CONFLICT (claimer_key) DO UPDATE SET held = h.held WHERE h.held < $3
    RETURNING held
  ), won AS (
    UPDATE wishes w SET status = 'claimed', claimer_kind = $4, claimer_id = $5, claimer_name = $6, claimed_by = $7,
      claimed_at = $8, updated_at = $8, version = w.version + 1
    WHERE w.id = $1 AND w.status = 'open' AND w.release_at <= $8 AND w.deadline > $8 AND EXISTS (SELECT 1 FROM me)
    RETURNING w.*
  )
  SELECT (SELECT to_jsonb(x) FROM won x) AS won, EXISTS (SELECT 1 FROM me) AS room`;

export function toWish(r: Row): Wish {
  return {
    id: r.id,
    communityId: r.community_id,
    streetId: r.street_id,
    beneficiaryId: r.beneficiary_id,
    beneficiaryLabel: r.beneficiary_label,
    title: r.title,
    story: r.story,
    photos: r.photos,
    value: r.value,
    points: r.points,
    releaseAt: iso(r.release_at)!,
    deadline: iso(r.deadline)!,
    status: r.status,
    claimer: r.claimer_id ? { kind: r.claimer_kind, id: r.claimer_id, name: r.claimer_name } : null,
    claimedBy: r.claimed_by,
    claimedAt: iso(r.claimed_at),
    deliveryNote: r.delivery_note,
    deliveryPhotos: r.delivery_photos,
    deliveredAt: iso(r.delivered_at),
    thanks: r.thanks,
    realisedAt: iso(r.realised_at),
    returnedAt: iso(r.returned_at),
    postedBy: r.posted_by,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    version: r.version,
  };
}

export const toUnit = (r: Row): Unit => ({
  id: r.id,
  communityId: r.community_id,
  name: r.name,
  kind: r.kind,
  contactName: r.contact_name,
  phone: r.phone,
  contactIds: r.contact_ids,
  status: r.status,
  reviewNote: r.review_note,
  createdAt: iso(r.created_at)!,
});
