import { z } from 'zod';
import { defineAction } from './shared/action';
import { loadTopic, topicRef, topicViewFor } from './shared/topic.run';

/** One topic, as the caller may see it. */
export default defineAction('topic.get', z.object(topicRef), async (input, ctx) => {
  const { topic, caller } = await loadTopic(ctx, input.topicId);
  return topicViewFor(ctx, topic, caller);
});
