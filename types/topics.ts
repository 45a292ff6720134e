/**
 * 议事: a topic raised by a resident (问), co-signed by others of the community (联名) until it reaches the agenda,
 * discussed at a meeting (议), decided (定), worked on through ordinary orders (办), its outcome published (晒) and
 * rated by its co-signers (评). Nothing here runs.
 */
import type { OrderStatus } from './domain';

/**
 * `collecting`: gathering co-signs. `agenda`: reached the threshold, or staff put it there (党组织提议).
 * `scheduled`: a meeting is set (and its minutes may be recorded). `decided`: adopted or not, with the text.
 * `published`: the outcome is public; co-signers rate it.
 */
export type TopicStatus = 'collecting' | 'agenda' | 'scheduled' | 'decided' | 'published';

export const TOPIC_STATUSES = ['collecting', 'agenda', 'scheduled', 'decided', 'published'] as const satisfies readonly TopicStatus[];

/** Everything that can happen to a raised topic; `raise` creates one. */
export type TopicCommand = 'cosign' | 'withdraw' | 'propose' | 'schedule' | 'minutes' | 'decide' | 'linkOrder' | 'publish' | 'rate';

/** Which level the topic is addressed to. */
export type TopicLevel = 'community' | 'street';

export interface TopicMeeting {
  at: string;
  place: string;
  /** 居民代表, 党员, 单位, 物业, 部门: free text, one entry each. */
  invited: string[];
}

export interface TopicMinutes {
  attendees: string;
  notes: string;
}

export interface TopicDecision {
  adopted: boolean;
  /** What was decided, or why it was not adopted (visible to co-signers). */
  text: string;
  at: string;
}

/** A topic as the domain sees it. Times are ISO-8601 UTC instants. */
export interface Topic {
  id: string;
  communityId: string;
  streetId: string;
  level: TopicLevel;
  title: string;
  problem: string;
  place: string;
  photos: string[];
  /** The resident who raised it; for a topic staff proposed, the staff member. */
  raisedBy: string;
  raiserName: string;
  /** 党组织提议: put on the agenda by staff rather than by co-signs. */
  proposed: boolean;
  status: TopicStatus;
  /** Co-signs it needs to reach the agenda (the community's setting when it was raised). */
  threshold: number;
  cosigns: number;
  agendaAt: string | null;
  meeting: TopicMeeting | null;
  minutes: TopicMinutes | null;
  decision: TopicDecision | null;
  /** Orders staff created for the work (办). */
  orderIds: string[];
  outcome: string | null;
  publishedAt: string | null;
  ratingSum: number;
  ratingCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A co-sign: one per resident per topic, with their rating once the outcome is published. */
export interface TopicCosign {
  topicId: string;
  userId: string;
  rating: number | null;
  at: string;
}

/** A linked order as the topic page shows it. */
export interface TopicOrderLink {
  id: string;
  title: string;
  status: OrderStatus;
}

export interface TopicView {
  id: string;
  communityId: string;
  level: TopicLevel;
  title: string;
  problem: string;
  place: string;
  photoUrls: string[];
  raiserName: string;
  proposed: boolean;
  status: TopicStatus;
  threshold: number;
  cosigns: number;
  agendaAt: string | null;
  meeting: TopicMeeting | null;
  minutes: TopicMinutes | null;
  decision: TopicDecision | null;
  orders: TopicOrderLink[];
  outcome: string | null;
  publishedAt: string | null;
  /** Average of the co-signers' ratings, one decimal; null before the first. */
  rating: number | null;
  ratingCount: number;
  /** The caller's own co-sign: whether they signed and what they rated. */
  mine: { cosigned: boolean; rating: number | null; raised: boolean };
  actions: TopicCommand[];
  version: number;
}
