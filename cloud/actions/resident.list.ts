import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { gridsOf, isStaffOf, isStreetStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { residentViews } from './shared/residents';
import { id, pageInput } from './shared/schemas';

const search = (label: string, max: number) => z.string().trim().max(max, `${label}最多${max}个字`).optional().transform((v) => v || undefined);

/**
 * 居民档案 of a community, newest first, searched by name, the phone's last digits, building and tag: staff (and
 * street staff above) see all of them, a grid worker those of their grids ("我的网格").
 */
export default defineAction(
  'resident.list',
  z.object({
    ...pageInput,
    communityId: id,
    name: search('姓名', LIMITS.contactName.max),
    phoneTail: z
      .string()
      .trim()
      .regex(new RegExp(`^\\d{${LIMITS.phoneTail.min},${LIMITS.phoneTail.max}}$`), `请填写电话的后${LIMITS.phoneTail.min}位以上数字`)
      .optional(),
    building: search('楼栋', LIMITS.building.max),
    tag: search('标签', LIMITS.residentTag.max),
    gridId: id.optional(),
  }),
  async ({ cursor, limit, gridId, ...query }, ctx) => {
    const community = await ctx.store.getCommunity(query.communityId);
    if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
    const all = isStaffOf(ctx, community.id) || isStreetStaffOf(ctx, community.streetId);
    const mine = gridsOf(ctx, community.id);
    if (!all && mine.length === 0) throw new DomainError('AUTH.FORBIDDEN');
    // A grid worker asking for another grid gets nothing of it.
    const gridIds = gridId ? (all || mine.includes(gridId) ? [gridId] : []) : all ? undefined : mine;
    const page = await ctx.store.listResidentRecords({ ...query, gridIds }, { cursor: cursor ?? null, limit });
    return { items: await residentViews(ctx, community.id, page.items), nextCursor: page.nextCursor };
  },
);
