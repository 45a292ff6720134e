import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { text } from './shared/schemas';
import { runTopicStep, topicRef } from './shared/topic.run';

/** 晒: staff publish the outcome; co-signers are asked to rate it. */
export default defineAction('topic.publish', z.object({ ...topicRef, outcome: text('办理结果', LIMITS.outcome) }), (data, ctx) =>
  runTopicStep(ctx, data.topicId, () => ({ type: 'publish', outcome: data.outcome })),
);
