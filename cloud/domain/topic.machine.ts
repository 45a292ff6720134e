/**
 * The 议事 workflow (问、联名、议、定、办、晒、评) as data: for each status, the commands it accepts, who may give
 * them, what must hold, and where the topic goes. A status without a row fails to compile.
 *
 *   collecting ──(threshold of co-signs, in the store's write) or propose (staff)──▶ agenda ──schedule──▶ scheduled
 *   scheduled ──schedule ↺, minutes ↺, decide──▶ decided ──linkOrder ↺ (adopted), publish──▶ published ──rate ↺
 *   co-signs are taken until it is decided; withdrawn only while collecting.
 */
import type { ErrorCode } from '../../types/errors';
import type { Topic, TopicCommand, TopicStatus } from '../../types/topics';
import type { TopicRelation } from './topic.access';
import type { TopicCommandInput, TopicContext } from './topic.commands';

export type TopicGuard = (topic: Topic, cmd: TopicCommandInput, ctx: TopicContext) => ErrorCode | null;

export interface TopicRule {
  /** Any one of these relations may give the command. */
  by: readonly TopicRelation[];
  guards?: readonly TopicGuard[];
  to: TopicStatus;
}

/** A rating comes once from each co-signer. */
export const notRated: TopicGuard = (_t, _c, ctx) => (ctx.cosign?.rating != null ? 'TOPIC.ALREADY_RATED' : null);

/** Work is created only from an adopted decision. */
export const adopted: TopicGuard = (t) => (t.decision?.adopted ? null : 'TOPIC.NOT_ADOPTED');

type Row = Partial<Record<TopicCommand, TopicRule>>;

const cosign = (to: TopicStatus): TopicRule => ({ by: ['resident'], to });
const schedule: TopicRule = { by: ['staff'], to: 'scheduled' };

export const TOPIC_MACHINE = {
  collecting: {
    cosign: cosign('collecting'),
    withdraw: { by: ['cosigner'], to: 'collecting' },
    propose: { by: ['staff'], to: 'agenda' },
  },
  agenda: { cosign: cosign('agenda'), schedule },
  scheduled: {
    cosign: cosign('scheduled'),
    schedule,
    minutes: { by: ['staff'], to: 'scheduled' },
    decide: { by: ['staff'], to: 'decided' },
  },
  decided: {
    linkOrder: { by: ['staff'], guards: [adopted], to: 'decided' },
    publish: { by: ['staff'], to: 'published' },
  },
  published: {
    linkOrder: { by: ['staff'], guards: [adopted], to: 'published' },
    rate: { by: ['cosigner'], guards: [notRated], to: 'published' },
  },
} satisfies Record<TopicStatus, Row>;

export function topicRuleFor(status: TopicStatus, command: TopicCommand): TopicRule | undefined {
  return (TOPIC_MACHINE[status] as Row)[command];
}
