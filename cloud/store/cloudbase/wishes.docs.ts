/**
 * Wish and unit documents on CloudBase.
 *
 * - `wishes/{id}`: the wish's fields, instants as Dates, `claimer` as an object and `claimerKey` ('member:<user>' or
 *   'unit:<unit>', null while nobody holds it) for the claimer's list.
 * - `units/{id}`: the unit's fields; `nameKey` (`<community>:<name>`, unique) keeps one unit of a name per
 *   community until it is rejected (then it becomes `…:rejected:<id>`).
 * - `wishHolds/{claimerKey}`: `{ held }`, the claimer's unrealised wishes, guarding the hold limit.
 */
import type { Unit, Wish } from '../../../types/wishes';
import type { Doc } from './db';
import { date, iso } from './docs';

export const claimerKey = (c: { kind: string; id: string } | null) => (c ? `${c.kind}:${c.id}` : null);
export const unitNameKey = (communityId: string, name: string) => `${communityId}:${name}`;

export function newWishDoc({ id, ...w }: Wish): Doc {
  return {
    ...w,
    _id: id,
    claimerKey: null,
    releaseAt: date(w.releaseAt),
    deadline: date(w.deadline),
    createdAt: date(w.createdAt),
    updatedAt: date(w.updatedAt),
  };
}

export const toWish = (d: Doc): Wish => ({
  id: d._id,
  communityId: d.communityId,
  streetId: d.streetId,
  beneficiaryId: d.beneficiaryId,
  beneficiaryLabel: d.beneficiaryLabel,
  title: d.title,
  story: d.story,
  photos: d.photos,
  value: d.value,
  points: d.points,
  releaseAt: iso(d.releaseAt)!,
  deadline: iso(d.deadline)!,
  status: d.status,
  claimer: d.claimer ?? null,
  claimedBy: d.claimedBy ?? null,
  claimedAt: iso(d.claimedAt),
  deliveryNote: d.deliveryNote ?? null,
  deliveryPhotos: d.deliveryPhotos ?? [],
  deliveredAt: iso(d.deliveredAt),
  thanks: d.thanks ?? null,
  realisedAt: iso(d.realisedAt),
  returnedAt: iso(d.returnedAt),
  postedBy: d.postedBy,
  createdAt: iso(d.createdAt)!,
  updatedAt: iso(d.updatedAt)!,
  version: d.version,
});

export const toUnit = (d: Doc): Unit => ({
  id: d._id,
  communityId: d.communityId,
  name: d.name,
  kind: d.kind,
  contactName: d.contactName,
  phone: d.phone,
  contactIds: d.contactIds,
  status: d.status,
  reviewNote: d.reviewNote ?? null,
  createdAt: iso(d.createdAt)!,
});
