import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Grid } from '../../types/domain';
import { buildingKey, GRID_LIMITS } from '../../types/grids';
import { isStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id, text } from './shared/schemas';

const gridInput = z.object({
  id: id.optional(),
  name: text('网格名称', GRID_LIMITS.name),
  households: z
    .number({ error: '请填写户数' })
    .int('户数须为整数')
    .min(GRID_LIMITS.households.min, '户数不能小于0')
    .max(GRID_LIMITS.households.max, `户数不能超过${GRID_LIMITS.households.max}`),
  buildings: z
    .array(z.string().trim().min(1, '楼栋不能为空').max(GRID_LIMITS.building.max, `每个楼栋最多${GRID_LIMITS.building.max}个字`))
    .max(GRID_LIMITS.buildings.max, `最多${GRID_LIMITS.buildings.max}个楼栋`)
    .refine((b) => new Set(b.map(buildingKey)).size === b.length, '楼栋不能重复'),
});

/** 网格管理: community staff add or change a grid (name, households, the buildings it covers). */
export default defineAction('grid.save', z.object({ communityId: id, grid: gridInput }), async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  if (!isStaffOf(ctx, community.id)) throw new DomainError('AUTH.FORBIDDEN');
  const { grids } = await ctx.store.getMenu(community.id);
  const { id: givenId, ...rest } = input.grid;
  if (givenId && !grids.some((g) => g.id === givenId)) throw new DomainError('GRID.NOT_FOUND');
  const others = grids.filter((g) => g.id !== givenId);
  if (others.some((g) => g.name === rest.name)) throw new DomainError('GRID.DUPLICATE', { 'grid.name': '本社区已有同名的网格' });
  const taken = rest.buildings.find((b) => others.some((g) => (g.buildings ?? []).some((x) => buildingKey(x) === buildingKey(b))));
  if (taken) throw new DomainError('GRID.BUILDING_TAKEN', { 'grid.buildings': `${taken}已划入其他网格` });
  const grid: Required<Grid> = { ...rest, id: givenId ?? `${community.id}-g${randomUUID().slice(0, 8)}`, communityId: community.id };
  await ctx.store.saveGrid(grid);
  return grid;
});
