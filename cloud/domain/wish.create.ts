/**
 * A new wish as staff post it: checked against the community's value cap and the order of its dates, and labelled
 * for the wall by the community and a tag, never by the beneficiary's name or door.
 */
import type { Wish } from '../../types/wishes';
import { DomainError } from './domain.error';
import type { CommunitySettings } from './policies';

export interface WishPost {
  id: string;
  community: { id: string; streetId: string; name: string };
  beneficiaryId: string | null;
  beneficiaryTag: string;
  title: string;
  story: string;
  photos: string[];
  value: number;
  points: number | null;
  releaseAt: string;
  deadline: string;
  postedBy: string;
}

/** The only way a beneficiary is shown outside staff: "东头村 · 独居老人". */
export const beneficiaryLabel = (communityName: string, tag: string) => `${communityName} · ${tag}`;

export function newWish(p: WishPost, now: Date, settings: Pick<CommunitySettings, 'wishValueCap' | 'wishPoints'>): Wish {
  if (p.value > settings.wishValueCap) throw new DomainError('WISH.VALUE_CAP', { value: `估值不能超过${settings.wishValueCap}元` });
  const deadline = Date.parse(p.deadline);
  if (deadline <= now.getTime() || deadline <= Date.parse(p.releaseAt)) throw new DomainError('WISH.DATES_INVALID');
  const at = now.toISOString();
  return {
    id: p.id,
    communityId: p.community.id,
    streetId: p.community.streetId,
    beneficiaryId: p.beneficiaryId,
    beneficiaryLabel: beneficiaryLabel(p.community.name, p.beneficiaryTag),
    title: p.title,
    story: p.story,
    photos: p.photos,
    value: p.value,
    points: p.points ?? settings.wishPoints,
    releaseAt: p.releaseAt,
    deadline: p.deadline,
    status: 'open',
    claimer: null,
    claimedBy: null,
    claimedAt: null,
    deliveryNote: null,
    deliveryPhotos: [],
    deliveredAt: null,
    thanks: null,
    realisedAt: null,
    returnedAt: null,
    postedBy: p.postedBy,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
