/**
 * 微心愿 and partner units: a wish posted by staff for a resident, released on the wish wall at a set time, claimed
 * by the first verified member or verified partner unit, delivered, and confirmed by staff. Nothing here runs.
 */

/**
 * `open`: posted; on the wall from `releaseAt` until someone claims it. `claimed`: a member or unit holds it.
 * `delivered`: the claimer reports it done; staff confirm it `realised`. `returned`: nobody claimed or delivered it
 * by the deadline; back with staff, who may post it again.
 */
export type WishStatus = 'open' | 'claimed' | 'delivered' | 'realised' | 'returned';

export const WISH_STATUSES = ['open', 'claimed', 'delivered', 'realised', 'returned'] as const satisfies readonly WishStatus[];

/** Everything that can happen to a posted wish; `post` creates one. */
export type WishCommand = 'claim' | 'release' | 'deliver' | 'confirm' | 'expire' | 'repost';

/** 驻区单位, 两新组织, 非公企业. */
export type UnitKind = 'resident_unit' | 'new_org' | 'private_firm';

export const UNIT_KIND_NAMES = {
  resident_unit: '驻区单位',
  new_org: '两新组织',
  private_firm: '非公企业',
} as const satisfies Record<UnitKind, string>;

export type UnitStatus = 'pending' | 'verified' | 'rejected';

/** A partner unit registered with a community; its contact people act for it. */
export interface Unit {
  id: string;
  communityId: string;
  name: string;
  kind: UnitKind;
  contactName: string;
  phone: string;
  /** Users who act for the unit: the one who registered it. */
  contactIds: string[];
  status: UnitStatus;
  reviewNote: string | null;
  createdAt: string;
}

/** Who holds a wish: a member (by user id) or a unit (by unit id), with the name shown on the wall and rankings. */
export interface WishClaimer {
  kind: 'member' | 'unit';
  id: string;
  name: string;
}

/** A wish as the domain sees it. Times are ISO-8601 UTC instants; `value` is in whole 元. */
export interface Wish {
  id: string;
  communityId: string;
  streetId: string;
  /** The resident it is for; staff only, never on the wall, a board or a share card. */
  beneficiaryId: string | null;
  /** What everyone else reads instead: the community and a tag, e.g. "东头村 · 独居老人". */
  beneficiaryLabel: string;
  title: string;
  story: string;
  photos: string[];
  value: number;
  /** Points a member earns when it is realised. */
  points: number;
  releaseAt: string;
  deadline: string;
  status: WishStatus;
  claimer: WishClaimer | null;
  /** The person who claimed (the member, or the unit's contact). */
  claimedBy: string | null;
  claimedAt: string | null;
  deliveryNote: string | null;
  deliveryPhotos: string[];
  deliveredAt: string | null;
  /** The beneficiary's thanks, as staff recorded it on confirming. */
  thanks: string | null;
  realisedAt: string | null;
  returnedAt: string | null;
  postedBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A wish as a caller may see it: the beneficiary only by label (staff also get the resident's id). */
export interface WishView {
  id: string;
  communityId: string;
  title: string;
  story: string;
  photoUrls: string[];
  value: number;
  points: number;
  /** "东头村 · 独居老人": never a name or a door. */
  beneficiary: string;
  /** Staff of the community only; null for everyone else. */
  beneficiaryId: string | null;
  releaseAt: string;
  deadline: string;
  status: WishStatus;
  /** On the wall now (its release time has come). */
  released: boolean;
  claimer: { kind: WishClaimer['kind']; name: string } | null;
  claimedAt: string | null;
  /** The delivery report: for staff and the claimer, and for everyone once realised. */
  delivery: { note: string; photoUrls: string[]; at: string } | null;
  thanks: string | null;
  realisedAt: string | null;
  returnedAt: string | null;
  /** What the caller may do now (as themself, or as the unit they asked about). */
  actions: WishCommand[];
  version: number;
}

/** A unit as staff and its own contacts see it. */
export type UnitView = Unit & { kindName: string };

export interface WishRankRow {
  kind: WishClaimer['kind'];
  name: string;
  count: number;
}

export interface WishRanking {
  from: string;
  to: string;
  members: WishRankRow[];
  units: WishRankRow[];
}
