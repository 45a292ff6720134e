/**
 * The 议事 part of the store port (store.port.ts): raising, the list, co-signs counted in one write that brings a
 * topic to the agenda exactly once at its threshold, withdrawals, ratings once per co-signer, and the other steps
 * conditional on the version.
 */
import type { TopicRatingCounts } from '../../types/stats';
import type { Topic, TopicCosign, TopicStatus } from '../../types/topics';
import type { Page } from '../../types/views';
import type { NoticeDraft } from '../domain/notices';
import type { TopicDecision } from '../domain/topic.decide';
import type { PageRequest } from './store.port';

/** A decided topic step, committed only if the topic is still at `expectVersion`. */
export interface TopicChange {
  topicId: string;
  expectVersion: number;
  decision: TopicDecision;
  now: Date;
  notices?: NoticeDraft[];
}

/**
 * Signed: the topic after the co-sign, and whether this co-sign brought it to the agenda (only one does).
 * Refused: the resident had signed already, or the topic no longer takes co-signs.
 */
export type CosignOutcome = { ok: true; topic: Topic; reached: boolean } | { ok: false; reason: 'twice' | 'closed' };

export interface TopicOps {
  createTopic(topic: Topic): Promise<Topic>;
  getTopic(id: string): Promise<Topic | null>;
  getCosign(topicId: string, userId: string): Promise<TopicCosign | null>;
  /** The co-signers' ids (for notices), oldest first. */
  cosignersOf(topicId: string): Promise<string[]>;
  /**
   * Adds the resident's co-sign while the topic takes them; the write that makes the count reach the threshold
   * also moves it from collecting to the agenda and queues `reachedNotice`.
   */
  cosignTopic(topicId: string, userId: string, now: Date, reachedNotice: NoticeDraft): Promise<CosignOutcome>;
  /** Removes the co-sign while the topic is collecting; null if there was none or it is past collecting. */
  withdrawCosign(topicId: string, userId: string, now: Date): Promise<Topic | null>;
  /** The co-signer's rating, once; null if they have none to give (not a co-signer, rated, not published). */
  rateTopic(topicId: string, userId: string, stars: number, now: Date): Promise<Topic | null>;
  /** Commits a decided step with its notices, or null if the topic changed since it was read. */
  transitionTopic(change: TopicChange): Promise<Topic | null>;
  /**
   * Per community (every one asked, zeros when none): the topics whose outcome was published in [from, to) and their
   * co-signers' ratings — read from those topics only, not from the community's whole history of topics.
   */
  topicRatings(communityIds: string[], from: string, to: string): Promise<Record<string, TopicRatingCounts>>;
  /** The community's topics, newest first, optionally of one status. */
  listTopics(query: { communityId: string; status?: TopicStatus }, page: PageRequest): Promise<Page<Topic>>;
}
