/**
 * The steps topic actions share: load the topic with the caller and their co-sign, decide, commit on the version
 * with the step's notices, and answer with the caller's view.
 */
import type { Topic, TopicCosign, TopicView } from '../../../types/topics';
import type { Caller } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import { canViewTopic } from '../../domain/topic.access';
import type { TopicCommandInput } from '../../domain/topic.commands';
import { decideTopic, type TopicDecision } from '../../domain/topic.decide';
import { topicNoticesFor } from '../../domain/topic.notices';
import { topicViews } from '../../views/topic.view';
import type { ActionContext } from './action';
import { callerIn } from './caller';
import { id } from './schemas';

export const topicRef = { topicId: id };

export interface LoadedTopic {
  topic: Topic;
  caller: Caller;
  cosign: TopicCosign | null;
}

/** The topic, if the caller may see it (else TOPIC.NOT_FOUND, so its existence does not leak). */
export async function loadTopic(ctx: ActionContext, topicId: string): Promise<LoadedTopic> {
  const topic = await ctx.store.getTopic(topicId);
  if (!topic) throw new DomainError('TOPIC.NOT_FOUND');
  const [caller, cosign] = await Promise.all([callerIn(ctx, topic.communityId), ctx.store.getCosign(topicId, ctx.user.id)]);
  const communities = [...new Set(ctx.roles.flatMap((r) => (r.communityId ? [r.communityId] : [])))];
  const streets = (await Promise.all(communities.map((c) => ctx.store.getCommunity(c)))).flatMap((c) => (c ? [c.streetId] : []));
  if (!canViewTopic(topic, caller, streets)) throw new DomainError('TOPIC.NOT_FOUND');
  return { topic, caller, cosign };
}

export async function topicViewFor(ctx: ActionContext, topic: Topic, caller: Caller): Promise<TopicView> {
  return (await topicViews(ctx, [topic], { now: ctx.now, caller }))[0];
}

/** Decides a command on the topic as loaded, in the caller's words. */
export function decideFor(ctx: ActionContext, loaded: LoadedTopic, cmd: TopicCommandInput): TopicDecision {
  return decideTopic(loaded.topic, cmd, { now: ctx.now, caller: loaded.caller, cosign: loaded.cosign });
}

/** Decides and commits one staff step; a topic changed meanwhile is TOPIC.CONFLICT. */
export async function runTopicStep(ctx: ActionContext, topicId: string, command: (loaded: LoadedTopic) => TopicCommandInput | Promise<TopicCommandInput>): Promise<TopicView> {
  const loaded = await loadTopic(ctx, topicId);
  const decision = decideFor(ctx, loaded, await command(loaded));
  const { topic } = loaded;
  const told = ['schedule', 'decide', 'publish'].includes(decision.command) ? await ctx.store.cosignersOf(topic.id) : [];
  const done = await ctx.store.transitionTopic({
    topicId: topic.id,
    expectVersion: topic.version,
    decision,
    now: ctx.now,
    notices: topicNoticesFor(topic, decision, ctx.user.id, told),
  });
  if (!done) throw new DomainError('TOPIC.CONFLICT');
  return topicViewFor(ctx, done, loaded.caller);
}
