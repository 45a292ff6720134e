import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { text } from './shared/schemas';
import { runTopicStep, topicRef } from './shared/topic.run';

const input = z.object({ ...topicRef, adopted: z.boolean({ error: '请选择是否采纳' }), text: text('决定内容或未采纳原因', LIMITS.decision) });

/** 定: the meeting's decision, or that it was not adopted and why; the raiser and co-signers are told. */
export default defineAction('topic.decide', input, (data, ctx) =>
  runTopicStep(ctx, data.topicId, () => ({ type: 'decide', adopted: data.adopted, text: data.text })),
);
