/**
 * Wishes and units as each caller may see them. The beneficiary is only ever the label, except to staff of the
 * community; the delivery report is for staff and the claimer until the wish is realised, then for everyone.
 */
import { UNIT_KIND_NAMES, type Unit, type UnitView, type Wish, type WishView } from '../../types/wishes';
import type { Caller } from '../domain/access';
import { wishRelationsOf } from '../domain/wish.access';
import { availableWishCommands } from '../domain/wish.decide';
import type { Platform } from '../platform/platform';
import type { Store } from '../store/store.port';

export interface WishViewContext {
  now: Date;
  caller: Caller;
  /** The unit the caller asked as (its buttons), or null. */
  unit: Unit | null;
}

/** Views of wishes the caller may see, with their photos' URLs fetched in one call. */
export async function wishViews(deps: { store: Store; platform: Platform }, wishes: Wish[], ctx: WishViewContext): Promise<WishView[]> {
  const files = [...new Set(wishes.flatMap((w) => [...w.photos, ...w.deliveryPhotos]))];
  const [urls, uploads] = files.length ? await Promise.all([deps.platform.photoUrls(files), deps.store.getUploads(files)]) : [{}, []];
  const risky = new Set(uploads.filter((u) => u.media === 'risky').map((u) => u.fileId));
  return wishes.map((w) => {
    const rel = wishRelationsOf(w, ctx.caller, ctx.unit);
    const staff = rel.has('staff');
    const shown = (ids: string[]) => ids.filter((id) => (urls as Record<string, string>)[id] && (staff || !risky.has(id))).map((id) => (urls as Record<string, string>)[id]);
    const seesDelivery = staff || rel.has('claimer') || w.status === 'realised';
    return {
      id: w.id,
      communityId: w.communityId,
      title: w.title,
      story: w.story,
      photoUrls: shown(w.photos),
      value: w.value,
      points: w.points,
      beneficiary: w.beneficiaryLabel,
      beneficiaryId: staff ? w.beneficiaryId : null,
      releaseAt: w.releaseAt,
      deadline: w.deadline,
      status: w.status,
      released: Date.parse(w.releaseAt) <= ctx.now.getTime(),
      claimer: w.claimer && { kind: w.claimer.kind, name: w.claimer.name },
      claimedAt: w.claimedAt,
      delivery: seesDelivery && w.deliveredAt ? { note: w.deliveryNote ?? '', photoUrls: shown(w.deliveryPhotos), at: w.deliveredAt } : null,
      thanks: w.thanks,
      realisedAt: w.realisedAt,
      returnedAt: w.returnedAt,
      actions: availableWishCommands(w, ctx),
      version: w.version,
    };
  });
}

export const unitView = (u: Unit): UnitView => ({ ...u, kindName: UNIT_KIND_NAMES[u.kind] });
