import { z } from 'zod';
import type { Order } from '../../types/domain';
import { LIMITS } from '../../types/limits';
import { isTeamOrder } from '../domain/team';
import { defineAction, type ActionContext } from './shared/action';
import { runTransition } from './shared/order.run';
import { note, orderRef, photos } from './shared/schemas';

/** Whether the order's category asks for a photo of the work done (a category gone from the menu still does). */
async function photoRequired(ctx: ActionContext, order: Order): Promise<boolean> {
  const { categories } = await ctx.store.getMenu(order.communityId);
  return categories.find((c) => c.id === order.categoryId)?.photoRequired ?? true;
}

/**
 * 报告完成: a member reports the work done with photos and the hours they gave. In a one-person order the resident is
 * then asked to rate it; in a team order this is the member's own part, and the last part sends it to the resident.
 */
export default defineAction(
  'order.complete',
  z.object({
    ...orderRef,
    note,
    photos,
    hours: z
      .number({ error: '请填写服务时长' })
      .min(LIMITS.hours.min, `服务时长至少${LIMITS.hours.min}小时`)
      .max(LIMITS.hours.max, `单次服务时长最多${LIMITS.hours.max}小时`),
  }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: async (order) => {
        const report = { note: input.note, photos: input.photos, hours: input.hours, photoRequired: await photoRequired(ctx, order) };
        return isTeamOrder(order) ? { type: 'report_part', ...report } : { type: 'complete', ...report };
      },
    }),
);
