import { z } from 'zod';
import { TOPIC_STATUSES } from '../../types/topics';
import { belongsTo } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { topicViews } from '../views/topic.view';
import { defineAction } from './shared/action';
import { callerIn } from './shared/caller';
import { id, pageInput } from './shared/schemas';

const input = z.object({ communityId: id, status: z.enum(TOPIC_STATUSES).optional(), ...pageInput });

/** The community's topics, newest first, for anyone of it or street staff above it. */
export default defineAction('topic.list', input, async (data, ctx) => {
  const community = await ctx.store.getCommunity(data.communityId);
  if (!community || !belongsTo(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
  const page = await ctx.store.listTopics({ communityId: data.communityId, status: data.status }, { cursor: data.cursor ?? null, limit: data.limit });
  const caller = await callerIn(ctx, data.communityId);
  return { items: await topicViews(ctx, page.items, { now: ctx.now, caller }), nextCursor: page.nextCursor };
});
