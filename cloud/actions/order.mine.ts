import { z } from 'zod';
import { ACTIVE_STATUSES, FINISHED_STATUSES, type OrderStatus } from '../../types/domain';
import { defineAction } from './shared/action';
import { viewPage } from './shared/order.page';
import { pageInput } from './shared/schemas';

const GROUPS: Record<'active' | 'awaiting_rating' | 'done', readonly OrderStatus[]> = {
  active: ACTIVE_STATUSES,
  awaiting_rating: ['awaiting_rating'],
  done: FINISHED_STATUSES,
};

/** 我的需求: the resident's own orders, newest first, by group. */
export default defineAction(
  'order.mine',
  z.object({ ...pageInput, status: z.enum(['active', 'awaiting_rating', 'done']).optional() }),
  async (input, ctx) => {
    const statuses = input.status ? GROUPS[input.status] : Object.values(GROUPS).flat();
    return viewPage(ctx, { kind: 'resident', residentId: ctx.user.id, statuses }, input);
  },
);
