/**
 * decideTopic(topic, command, ctx): the one place a topic's step is settled. Pure: the clock, the caller and their
 * co-sign come in `ctx`; the store commits what comes out, conditional on the version (co-signs and ratings on
 * counters in one write).
 */
import type { ErrorCode } from '../../types/errors';
import type { Topic, TopicCommand, TopicStatus } from '../../types/topics';
import { DomainError } from './domain.error';
import { topicRelationsOf, type TopicRelation } from './topic.access';
import { TOPIC_EFFECTS, type TopicCommandInput, type TopicContext, type TopicPatch } from './topic.commands';
import { TOPIC_MACHINE, topicRuleFor, type TopicRule } from './topic.machine';

export interface TopicDecision {
  command: TopicCommand;
  from: TopicStatus;
  to: TopicStatus;
  actorRole: TopicRelation;
  patch: TopicPatch;
}

/** Why this caller may not give this command: the words the user reads. */
function refusal(rule: TopicRule, rel: Set<TopicRelation>, cmd: TopicCommand): ErrorCode {
  if (rule.by.includes('staff')) return 'TOPIC.STAFF_ONLY';
  if (cmd === 'cosign') return rel.has('raiser') ? 'TOPIC.OWN' : 'TOPIC.OTHER_COMMUNITY';
  if (cmd === 'rate') return 'TOPIC.NOT_COSIGNER';
  if (cmd === 'withdraw') return 'TOPIC.NOT_COSIGNED';
  return 'AUTH.FORBIDDEN';
}

export function decideTopic(topic: Topic, cmd: TopicCommandInput, ctx: TopicContext): TopicDecision {
  const rule = topicRuleFor(topic.status, cmd.type);
  if (!rule) throw new DomainError('TOPIC.INVALID_TRANSITION');
  const rel = topicRelationsOf(topic, ctx.caller, ctx.cosign);
  if (cmd.type === 'cosign' && rel.has('cosigner')) throw new DomainError('TOPIC.ALREADY_COSIGNED');
  const actorRole = rule.by.find((r) => rel.has(r));
  if (!actorRole) throw new DomainError(refusal(rule, rel, cmd.type));
  for (const guard of rule.guards ?? []) {
    const code = guard(topic, cmd, ctx);
    if (code) throw new DomainError(code);
  }
  const patch = (TOPIC_EFFECTS[cmd.type] as (t: Topic, c: TopicCommandInput, x: TopicContext) => TopicPatch)(topic, cmd, ctx);
  return { command: cmd.type, from: topic.status, to: rule.to, actorRole, patch };
}

/** The commands this caller may give now, for the buttons on the topic page. */
export function availableTopicCommands(topic: Topic, ctx: TopicContext): TopicCommand[] {
  const rel = topicRelationsOf(topic, ctx.caller, ctx.cosign);
  return (Object.keys(TOPIC_MACHINE[topic.status]) as TopicCommand[]).filter((command) => {
    const rule = topicRuleFor(topic.status, command)!;
    if (command === 'cosign' && rel.has('cosigner')) return false;
    if (!rule.by.some((r) => rel.has(r))) return false;
    return (rule.guards ?? []).every((g) => g(topic, { type: command } as TopicCommandInput, ctx) === null);
  });
}
