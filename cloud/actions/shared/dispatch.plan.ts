/**
 * The staff's dispatch form (下单), shared by publishing to the pool and assigning to one member.
 */
import { z } from 'zod';
import { LIMITS } from '../../../types/limits';
import type { Order } from '../../../types/domain';
import { DomainError } from '../../domain/domain.error';
import type { DispatchPlan } from '../../domain/order.commands';
import { defaultDeadline } from '../../domain/policies';
import type { ActionContext } from './action';
import { id, instant, skills } from './schemas';

export const planFields = {
  categoryId: id.optional(),
  priority: z.enum(['low', 'normal', 'high'], { error: '请选择紧急程度' }).optional(),
  deadline: instant('办结时限').optional(),
  points: z
    .number({ error: '积分须为数字' })
    .int('积分须为整数')
    .min(LIMITS.points.min, '积分不能为负')
    .max(LIMITS.points.max, `单个需求积分最多${LIMITS.points.max}分`)
    .optional(),
};

export const poolLimitField = z
  .object({
    skills,
    teamId: id.nullable().default(null),
    gridIds: z.array(id).max(LIMITS.poolGrids.max).default([]),
  })
  .nullable()
  .optional();

type PlanInput = {
  categoryId?: string;
  priority?: DispatchPlan['priority'];
  deadline?: string;
  points?: number;
  headcount?: number;
  poolLimit?: z.output<typeof poolLimitField>;
};

/** Fills what staff left blank from the order and the menu, and checks references stay in the community. */
export async function buildPlan(ctx: ActionContext, order: Order, input: PlanInput): Promise<DispatchPlan> {
  const menu = await ctx.store.getMenu(order.communityId);
  const categoryId = input.categoryId ?? order.categoryId;
  const category = menu.categories.find((c) => c.id === categoryId);
  if (!category) throw new DomainError('CATEGORY.NOT_FOUND');
  const limit = input.poolLimit ?? null;
  if (limit?.teamId && !menu.teams.some((t) => t.id === limit.teamId)) throw new DomainError('TEAM.NOT_FOUND');
  if (limit?.gridIds.some((g) => !menu.grids.some((x) => x.id === g))) throw new DomainError('GRID.NOT_FOUND');
  const empty = !limit || (limit.skills.length === 0 && !limit.teamId && limit.gridIds.length === 0);
  const priority = input.priority ?? order.priority;
  return {
    categoryId,
    priority,
    deadline: input.deadline ?? defaultDeadline(priority, ctx.now),
    headcount: input.headcount ?? 1,
    points: input.points ?? (categoryId === order.categoryId ? order.points : category.basePoints),
    poolLimit: empty ? null : limit,
  };
}
