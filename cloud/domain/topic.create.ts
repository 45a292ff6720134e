/**
 * A new topic: raised by a resident to gather co-signs, or proposed by staff straight onto the agenda (党组织提议).
 */
import type { Topic, TopicLevel } from '../../types/topics';
import type { CommunitySettings } from './policies';

export interface TopicRaise {
  id: string;
  community: { id: string; streetId: string };
  level: TopicLevel;
  title: string;
  problem: string;
  place: string;
  photos: string[];
  raisedBy: string;
  raiserName: string;
  /** Staff raise it: it goes on the agenda at once. */
  proposed: boolean;
}

export function newTopic(p: TopicRaise, now: Date, settings: Pick<CommunitySettings, 'cosignThreshold'>): Topic {
  const at = now.toISOString();
  return {
    id: p.id,
    communityId: p.community.id,
    streetId: p.community.streetId,
    level: p.level,
    title: p.title,
    problem: p.problem,
    place: p.place,
    photos: p.photos,
    raisedBy: p.raisedBy,
    raiserName: p.raiserName,
    proposed: p.proposed,
    status: p.proposed ? 'agenda' : 'collecting',
    threshold: settings.cosignThreshold,
    cosigns: 0,
    agendaAt: p.proposed ? at : null,
    meeting: null,
    minutes: null,
    decision: null,
    orderIds: [],
    outcome: null,
    publishedAt: null,
    ratingSum: 0,
    ratingCount: 0,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
