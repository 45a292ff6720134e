import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { decideFor, loadTopic, topicRef, topicViewFor } from './shared/topic.run';

const stars = z.number({ error: '请选择评分' }).int('请选择评分').min(LIMITS.stars.min, '请选择评分').max(LIMITS.stars.max, '评分最高5星');

/** 评: a co-signer rates the published outcome, once; the average shows with the topic. */
export default defineAction('topic.rate', z.object({ ...topicRef, stars }), async (input, ctx) => {
  const loaded = await loadTopic(ctx, input.topicId);
  decideFor(ctx, loaded, { type: 'rate', stars: input.stars });
  const topic = await ctx.store.rateTopic(loaded.topic.id, ctx.user.id, input.stars, ctx.now);
  if (!topic) throw new DomainError('TOPIC.ALREADY_RATED');
  return topicViewFor(ctx, topic, loaded.caller);
});
