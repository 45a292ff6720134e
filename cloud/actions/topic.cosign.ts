import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { agendaNotice } from '../domain/topic.notices';
import { defineAction } from './shared/action';
import { decideFor, loadTopic, topicRef, topicViewFor } from './shared/topic.run';

/**
 * 联名: a resident of the community co-signs, once. The co-sign that reaches the threshold moves the topic to the
 * agenda and tells staff, in the same write; a refused one is decided again on the topic as it is now.
 */
export default defineAction('topic.cosign', z.object(topicRef), async (input, ctx) => {
  const loaded = await loadTopic(ctx, input.topicId);
  decideFor(ctx, loaded, { type: 'cosign' });
  const outcome = await ctx.store.cosignTopic(loaded.topic.id, ctx.user.id, ctx.now, agendaNotice(loaded.topic));
  if (outcome.ok) return topicViewFor(ctx, outcome.topic, loaded.caller);
  if (outcome.reason === 'twice') throw new DomainError('TOPIC.ALREADY_COSIGNED');
  decideFor(ctx, await loadTopic(ctx, input.topicId), { type: 'cosign' });
  throw new DomainError('TOPIC.CONFLICT');
});
