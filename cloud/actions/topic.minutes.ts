import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { text } from './shared/schemas';
import { runTopicStep, topicRef } from './shared/topic.run';

const input = z.object({ ...topicRef, attendees: text('到会人员', LIMITS.attendees), notes: text('议事记录', LIMITS.minutes) });

/** 议: staff record who came to the meeting and what was said. */
export default defineAction('topic.minutes', input, (data, ctx) =>
  runTopicStep(ctx, data.topicId, () => ({ type: 'minutes', minutes: { attendees: data.attendees, notes: data.notes } })),
);
