import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id } from './shared/schemas';
import { runTopicStep, topicRef } from './shared/topic.run';

/**
 * 办: staff link an order of the community they created for the work (order.submitFor, or any order there); the
 * topic shows it with its status, and 督促落实 is the order's own steering.
 */
export default defineAction('topic.linkOrder', z.object({ ...topicRef, orderId: id }), (data, ctx) =>
  runTopicStep(ctx, data.topicId, async ({ topic }) => {
    const order = await ctx.store.getOrder(data.orderId);
    if (!order || order.communityId !== topic.communityId) throw new DomainError('TOPIC.ORDER_MISMATCH');
    return { type: 'linkOrder', orderId: order.id };
  }),
);
