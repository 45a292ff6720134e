/**
 * How topics are named on screen: each step of 问、议、定、办、晒、评.
 */
import type { TopicStatus, TopicView } from '../../../../types/topics';

export const TOPIC_STATUS_LABEL: Record<TopicStatus, string> = {
  collecting: '联名中',
  agenda: '待议事',
  scheduled: '议事中',
  decided: '已决定',
  published: '已公开',
};

/** The steps timeline: each step and whether the topic has reached it. */
export function topicSteps(t: TopicView): { label: string; done: boolean }[] {
  const at = ['collecting', 'agenda', 'scheduled', 'decided', 'published'].indexOf(t.status);
  return [
    { label: '问', done: true },
    { label: '联名', done: at >= 1 },
    { label: '议', done: !!t.minutes || at >= 3 },
    { label: '定', done: at >= 3 },
    { label: '办', done: t.orders.length > 0 },
    { label: '晒', done: at >= 4 },
    { label: '评', done: t.ratingCount > 0 },
  ];
}

/** "已联名 7/10" while gathering; the count alone after. */
export const cosignText = (t: Pick<TopicView, 'status' | 'cosigns' | 'threshold'>) =>
  t.status === 'collecting' ? `已联名 ${t.cosigns}/${t.threshold}` : `${t.cosigns} 人联名`;
