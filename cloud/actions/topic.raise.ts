import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { isResidentOf, isStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { newTopic } from '../domain/topic.create';
import { defineAction } from './shared/action';
import { callerOf } from './shared/caller';
import { id, photos, text } from './shared/schemas';
import { topicViewFor } from './shared/topic.run';

const input = z.object({
  communityId: id,
  level: z.enum(['community', 'street'], { error: '请选择提交到社区还是街道' }),
  title: text('议题', LIMITS.title),
  problem: text('问题描述', LIMITS.problem),
  place: text('地点', LIMITS.place),
  photos,
});

/** 问: a resident of the community raises a topic to gather co-signs; staff raising one put it on the agenda (党组织提议). */
export default defineAction('topic.raise', input, async (data, ctx) => {
  const staff = isStaffOf(ctx, data.communityId);
  if (!staff && !isResidentOf(ctx, data.communityId)) throw new DomainError('TOPIC.NOT_RESIDENT');
  const community = await ctx.store.getCommunity(data.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  const topic = newTopic({ ...data, id: randomUUID(), community, raisedBy: ctx.user.id, raiserName: ctx.user.name, proposed: staff }, ctx.now, community.settings);
  return topicViewFor(ctx, await ctx.store.createTopic(topic), callerOf(ctx));
});
