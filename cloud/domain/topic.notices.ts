/**
 * Who is told about a topic step: staff when co-signs bring it to the agenda (once), its raiser and co-signers when
 * a meeting is set, it is decided or its outcome is published. Notices carry the topic's id where orders carry theirs.
 */
import type { Topic } from '../../types/topics';
import type { NoticeDraft } from './notices';
import type { TopicDecision } from './topic.decide';

/** For staff, queued only by the write that brings the topic to its threshold. */
export function agendaNotice(topic: Topic): NoticeDraft {
  return { to: { staffOf: topic.communityId }, kind: 'topic_agenda', orderId: topic.id, title: topic.title, key: `topic:${topic.id}:agenda`,
    text: `居民联名已达${topic.threshold}人，议题进入议程，请安排议事`, actorId: null };
}

/** The raiser and the co-signers (ids the action loaded) hear of the meeting, the decision and the outcome. */
export function topicNoticesFor(topic: Topic, d: TopicDecision, actorId: string, people: string[]): NoticeDraft[] {
  const text = d.command === 'schedule' ? `议事会已安排：${d.patch.meeting!.place}` : d.command === 'decide'
    ? (d.patch.decision!.adopted ? '议事会已作出决定，请查看' : `议题未被采纳：${d.patch.decision!.text}`)
    : d.command === 'publish' ? '议题结果已公开，请为办理结果评分' : null;
  if (!text) return [];
  const kind = d.command === 'publish' ? 'topic_published' : 'topic_update';
  return [...new Set([topic.raisedBy, ...people])].map((userId) => ({
    to: { userId }, kind, orderId: topic.id, title: topic.title, text, key: `topic:${topic.id}:${topic.version + 1}:${userId}`, actorId,
  }));
}
