/**
 * 民情日记 as its keepers see it: visitors' names instead of ids, photo URLs issued for this request (a photo the
 * media check flagged only for staff), and a record's line without its phone.
 */
import type { ResidentRecord } from '../../types/residents';
import { VISIT_WAY_NAMES, type DueVisitView, type Visit, type VisitSchedule, type VisitView } from '../../types/visits';
import type { Platform } from '../platform/platform';
import type { Store } from '../store/store.port';

/** A record on a due list or atop its diary: no phone, only the building of its address. */
export function residentLine(record: ResidentRecord, gridName: string | null): Omit<DueVisitView, keyof VisitSchedule> {
  return {
    residentId: record.id,
    name: record.name,
    gridId: record.gridId,
    gridName,
    tags: record.tags,
    building: record.address?.building ?? null,
  };
}

/** Views of a record's visits, with names and photo URLs looked up once for them all. */
export async function visitViews(ctx: { store: Store; platform: Platform }, visits: Visit[], staff: boolean): Promise<VisitView[]> {
  const userIds = [...new Set(visits.flatMap((v) => [v.loggedBy, ...(v.orderLinkedBy ? [v.orderLinkedBy] : [])]))];
  const fileIds = [...new Set(visits.flatMap((v) => v.photos))];
  const [users, urls, uploads] = await Promise.all([
    userIds.length ? ctx.store.getUsers(userIds) : [],
    fileIds.length ? ctx.platform.photoUrls(fileIds) : {},
    fileIds.length && !staff ? ctx.store.getUploads(fileIds) : [],
  ]);
  const names = new Map(users.map((u) => [u.id, u.name] as const));
  const flagged = new Set(uploads.filter((u) => u.media === 'risky').map((u) => u.fileId));
  return visits.map((v) => {
    const shown = v.photos.filter((id) => (urls as Record<string, string>)[id] && !flagged.has(id));
    return {
      ...v,
      wayName: VISIT_WAY_NAMES[v.way],
      loggedByName: names.get(v.loggedBy) ?? null,
      photos: shown,
      photoUrls: shown.map((id) => (urls as Record<string, string>)[id]),
    };
  });
}
