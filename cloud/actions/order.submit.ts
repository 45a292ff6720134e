import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { gridForBuilding } from '../../types/grids';
import { isResidentOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { noticesForNew } from '../domain/notices';
import { newOrder } from '../domain/order.create';
import { defineAction } from './shared/action';
import { assertSafeText } from './shared/safety';
import { callerOf } from './shared/caller';
import { detailFor } from './shared/order.run';
import { submitFields } from './shared/submit.fields';

/** 群众点单: a resident of the community places an order; a retry with the same key returns the same order. */
export default defineAction(
  'order.submit',
  z.object(submitFields),
  async (input, ctx) => {
    const community = await ctx.store.getCommunity(input.communityId);
    if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
    if (!isResidentOf(ctx, community.id)) throw new DomainError('COMMUNITY.NOT_JOINED');
    const menu = await ctx.store.getMenu(community.id);
    const order = newOrder(
      {
        ...input,
        id: randomUUID(),
        residentId: ctx.user.id,
        community,
        category: menu.categories.find((c) => c.id === input.categoryId),
        // No grid chosen: the one covering the building, if any.
        gridId: input.gridId ?? gridForBuilding(menu.grids, input.address?.building),
        gridIds: menu.grids.map((g) => g.id),
      },
      ctx.now,
      community.settings,
    );
    // Answers are user text too; only those the category asks are kept and checked.
    await assertSafeText(ctx, ...Object.values(order.answers).flat().map(String));
    const saved = await ctx.store.createOrder(order, input.idempotencyKey, noticesForNew(order, community.settings));
    return detailFor(ctx, saved.order, callerOf(ctx), ctx.now, saved.events);
  },
);
