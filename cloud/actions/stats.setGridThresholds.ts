import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { thresholdsProblem } from '../domain/grid.colors';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';

const share = z.number({ error: '请填写百分比' }).min(0, '须在0%至100%之间').max(1, '须在0%至100%之间');
const line = z.object({ onTimeRate: share, satisfaction: share, visitReachRate: share });

/**
 * 三色网格 standards: a street's admin sets the lines its grids are rated against each quarter (shares from 0 to 1;
 * 红 when every figure reaches `red`, 黄 when any falls below `yellow`). Answers the thresholds now in force.
 */
export default defineAction('stats.setGridThresholds', z.object({ streetId: id, thresholds: z.object({ red: line, yellow: line }) }), async (input, ctx) => {
  if (!ctx.roles.some((r) => r.role === 'admin' && r.streetId === input.streetId)) throw new DomainError('AUTH.FORBIDDEN');
  const problem = thresholdsProblem(input.thresholds);
  if (problem) throw new DomainError('INPUT.INVALID', { 'thresholds.red': problem });
  if (!(await ctx.store.saveGridThresholds(input.streetId, input.thresholds))) throw new DomainError('INPUT.INVALID');
  return input.thresholds;
});
