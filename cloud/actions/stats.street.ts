import { z } from 'zod';
import { isStreetOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { coreFigures, periodDays, rankCommunities } from '../domain/stats.figures';
import { defineAction } from './shared/action';
import { gridColorsFor } from './shared/grid.colors';
import { id } from './shared/schemas';
import { departmentFigures } from './shared/department.figures';
import { loadPeriod, perCommunity, periodFields, checkPeriod, topicFigures } from './shared/stats';

/**
 * 街道数据看板: every community of the street side by side, ranked by 综合得分 (响应率, 解决率, 满意率), with the
 * street's own totals and trend, and its departments' 部门考核. Street staff (or a street admin) of that street only.
 */
export default defineAction('stats.street', z.object({ streetId: id, ...periodFields }).superRefine(checkPeriod), async (input, ctx) => {
  if (!isStreetOf(ctx, input.streetId)) throw new DomainError('AUTH.FORBIDDEN');
  const communities = (await ctx.store.listCommunities()).filter((c) => c.streetId === input.streetId);
  const [loaded, gridColors, byDepartment] = await Promise.all([
    loadPeriod(ctx.store, communities.map((c) => c.id), input),
    gridColorsFor(ctx.store, input.streetId, communities, periodDays(input.from, input.to).toDay),
    departmentFigures(ctx.store, input.streetId, input),
  ]);
  return {
    streetId: input.streetId,
    ...loaded.period,
    ...coreFigures(loaded.total),
    ...topicFigures(loaded.topicTotal),
    overdueNow: Object.values(loaded.overdue).reduce((a, b) => a + b, 0),
    communities: rankCommunities(perCommunity(loaded.rows, communities, loaded.overdue, loaded.topics)),
    byDepartment,
    trend: loaded.trend,
    foldedAt: loaded.foldedAt,
    gridColors,
  };
});
