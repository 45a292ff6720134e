import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTopicStep, topicRef } from './shared/topic.run';

/** 党组织提议: staff put a topic still gathering co-signs on the agenda. */
export default defineAction('topic.propose', z.object(topicRef), (input, ctx) => runTopicStep(ctx, input.topicId, () => ({ type: 'propose' })));
