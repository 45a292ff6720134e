/**
 * Who the caller is to a topic, in the words the topic table uses, and who may see it.
 */
import type { Topic, TopicCosign } from '../../types/topics';
import { isResidentOf, isStaffOf, isStreetStaffOf, type Caller } from './access';

export type TopicRelation =
  | 'staff' // staff or admin of its community
  | 'resident' // a resident of its community who did not raise it
  | 'raiser' // who raised it
  | 'cosigner' // a resident who co-signed it
  | 'system';

export function topicRelationsOf(topic: Topic, caller: Caller, cosign: TopicCosign | null): Set<TopicRelation> {
  const rel = new Set<TopicRelation>();
  if (caller.system) rel.add('system');
  if (isStaffOf(caller, topic.communityId)) rel.add('staff');
  if (topic.raisedBy === caller.userId) rel.add('raiser');
  else if (isResidentOf(caller, topic.communityId)) rel.add('resident');
  if (cosign && cosign.userId === caller.userId) rel.add('cosigner');
  return rel;
}

/**
 * Anyone of its street may read a topic (a shared card reaches neighbours), so those of another community are told
 * why they cannot sign. `callerStreets`: the streets of the caller's communities.
 */
export function canViewTopic(topic: Topic, caller: Caller, callerStreets: string[]): boolean {
  return callerStreets.includes(topic.streetId) || isStreetStaffOf(caller, topic.streetId);
}
