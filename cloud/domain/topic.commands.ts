/**
 * What each topic command carries, the context it is decided in, and what it changes besides the status.
 */
import type { Topic, TopicCosign, TopicMeeting, TopicMinutes } from '../../types/topics';
import type { Caller } from './access';

export type TopicCommandInput =
  | { type: 'cosign' }
  | { type: 'withdraw' }
  | { type: 'propose' }
  | { type: 'schedule'; meeting: TopicMeeting }
  | { type: 'minutes'; minutes: TopicMinutes }
  | { type: 'decide'; adopted: boolean; text: string }
  | { type: 'linkOrder'; orderId: string }
  | { type: 'publish'; outcome: string }
  | { type: 'rate'; stars: number };

export type TopicCommandOf<T extends TopicCommandInput['type']> = Extract<TopicCommandInput, { type: T }>;

export interface TopicContext {
  now: Date;
  caller: Caller;
  /** The caller's co-sign of this topic, or null. */
  cosign: TopicCosign | null;
}

/** Fields a transition may set; identity, co-sign counts and ratings are the store's (counted in one write). */
export type TopicPatch = Partial<Pick<Topic, 'agendaAt' | 'proposed' | 'meeting' | 'minutes' | 'decision' | 'orderIds' | 'outcome' | 'publishedAt'>>;

type EffectFn<T extends TopicCommandInput['type']> = (t: Topic, c: TopicCommandOf<T>, ctx: TopicContext) => TopicPatch;

/** Co-sign, withdraw and rate change counters only; the store applies them. */
export const TOPIC_EFFECTS: { [T in TopicCommandInput['type']]: EffectFn<T> } = {
  cosign: () => ({}),
  withdraw: () => ({}),
  rate: () => ({}),
  propose: (_t, _c, ctx) => ({ proposed: true, agendaAt: ctx.now.toISOString() }),
  schedule: (_t, c) => ({ meeting: c.meeting }),
  minutes: (_t, c) => ({ minutes: c.minutes }),
  decide: (_t, c, ctx) => ({ decision: { adopted: c.adopted, text: c.text, at: ctx.now.toISOString() } }),
  linkOrder: (t, c) => ({ orderIds: t.orderIds.includes(c.orderId) ? t.orderIds : [...t.orderIds, c.orderId] }),
  publish: (_t, c, ctx) => ({ outcome: c.outcome, publishedAt: ctx.now.toISOString() }),
};
