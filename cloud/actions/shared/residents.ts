/**
 * What the 居民档案 actions share: the record's fields as input, loading a record the caller may see or act on, the
 * record as a caller sees it, and the community's checks of a record's grid and tags.
 */
import { z } from 'zod';
import { LIMITS } from '../../../types/limits';
import type { ResidentRecord, ResidentView } from '../../../types/residents';
import { gridsOf, isStaffOf, isStreetStaffOf, keepsRecordsOf } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import { maskPhone } from '../../domain/masking';
import type { CommunityRecord } from '../../store/store.port';
import type { ActionContext } from './action';
import { id, optionalText, phone, text } from './schemas';

const address = z
  .object({
    building: text('楼栋', LIMITS.building),
    unit: optionalText('单元', LIMITS.unit),
    room: optionalText('门牌号', LIMITS.room),
  })
  .nullable();

const tags = z
  .array(z.string().trim().min(1, '标签不能为空').max(LIMITS.residentTag.max, '标签无效'))
  .max(LIMITS.residentTags.max, `最多${LIMITS.residentTags.max}个标签`);

/** A record's fields as they are given to resident.create; resident.update takes each of them optionally. */
export const residentFields = {
  name: text('姓名', LIMITS.contactName),
  phone,
  address,
  gridId: id.nullable(),
  tags,
};

export interface LoadedRecord {
  record: ResidentRecord;
  community: CommunityRecord;
  /** Staff of the community or a worker of the record's grid: may change it, reveal its phone, order for it. */
  canAct: boolean;
}

/**
 * The record, if the caller may see it: staff, the grid's workers, or street staff above the community (read only).
 * Anyone else, and a grid worker of another grid, is told there is no such record, so records do not leak.
 */
export async function loadRecord(ctx: ActionContext, recordId: string, act = false): Promise<LoadedRecord> {
  const record = await ctx.store.getResidentRecord(recordId);
  const community = record && (await ctx.store.getCommunity(record.communityId));
  if (!record || !community) throw new DomainError('RESIDENT.NOT_FOUND');
  const canAct = keepsRecordsOf(ctx, record.communityId, record.gridId);
  if (canAct) return { record, community, canAct };
  if (!act && isStreetStaffOf(ctx, community.streetId)) return { record, community, canAct };
  throw new DomainError('RESIDENT.NOT_FOUND');
}

/**
 * The grid and tags a record may be given here: a grid of the community (a grid worker's records must be in one of
 * their grids), and tags from the community's list.
 */
export async function checkPlacement(ctx: ActionContext, community: CommunityRecord, gridId: string | null, tags: string[]): Promise<void> {
  if (gridId) {
    const { grids } = await ctx.store.getMenu(community.id);
    if (!grids.some((g) => g.id === gridId)) throw new DomainError('GRID.NOT_FOUND');
  }
  if (!isStaffOf(ctx, community.id) && !(gridId && gridsOf(ctx, community.id).includes(gridId))) {
    throw new DomainError('AUTH.FORBIDDEN');
  }
  const unknown = tags.find((t) => !community.settings.residentTags.includes(t));
  if (unknown) throw new DomainError('RESIDENT.TAG_UNKNOWN', { tags: `“${unknown}”不在本社区的居民标签中` });
}

/** Records as the caller sees them: the phone always masked (reveal it with resident.revealPhone, which is logged). */
export async function residentViews(ctx: ActionContext, communityId: string, records: ResidentRecord[]): Promise<ResidentView[]> {
  const { grids } = await ctx.store.getMenu(communityId);
  return records.map((r) => ({
    ...r,
    phone: maskPhone(r.phone),
    gridName: grids.find((g) => g.id === r.gridId)?.name ?? null,
    canAct: keepsRecordsOf(ctx, r.communityId, r.gridId),
  }));
}
