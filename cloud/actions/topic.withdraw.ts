import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { decideFor, loadTopic, topicRef, topicViewFor } from './shared/topic.run';

/** A co-signer takes their co-sign back while the topic is still gathering them. */
export default defineAction('topic.withdraw', z.object(topicRef), async (input, ctx) => {
  const loaded = await loadTopic(ctx, input.topicId);
  decideFor(ctx, loaded, { type: 'withdraw' });
  const topic = await ctx.store.withdrawCosign(loaded.topic.id, ctx.user.id, ctx.now);
  if (!topic) throw new DomainError('TOPIC.INVALID_TRANSITION');
  return topicViewFor(ctx, topic, loaded.caller);
});
