import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { instant, text } from './shared/schemas';
import { runTopicStep, topicRef } from './shared/topic.run';

const input = z.object({
  ...topicRef,
  at: instant('议事时间'),
  place: text('议事地点', LIMITS.place),
  invited: z.array(text('参会方', LIMITS.invitee), { error: '请填写参会方' }).min(1, '请至少填写一个参会方').max(LIMITS.invited.max, `参会方最多${LIMITS.invited.max}个`),
});

/** 议: staff set (or move) the meeting: when, where, and who is invited (居民代表, 党员, 单位, 物业, 部门). */
export default defineAction('topic.schedule', input, (data, ctx) =>
  runTopicStep(ctx, data.topicId, () => ({ type: 'schedule', meeting: { at: data.at, place: data.place, invited: data.invited } })),
);
