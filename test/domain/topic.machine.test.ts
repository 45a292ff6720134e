/**
 * The 议事 workflow as a caller meets it: decideTopic() and availableTopicCommands(), every status × command × kind
 * of caller. SPEC restates the table by hand, independent of cloud/domain/topic.machine.ts, so a cell added, dropped
 * or opened to another caller in the machine fails here. Pure: the clock is ctx.now.
 */
import type { RoleGrant } from '../../types/domain';
import type { ErrorCode } from '../../types/errors';
import { TOPIC_STATUSES, type Topic, type TopicCommand, type TopicCosign, type TopicStatus } from '../../types/topics';
import { SYSTEM_CALLER, type Caller } from '../../cloud/domain/access';
import { DomainError } from '../../cloud/domain/domain.error';
import type { TopicCommandInput } from '../../cloud/domain/topic.commands';
import { newTopic } from '../../cloud/domain/topic.create';
import { availableTopicCommands, decideTopic } from '../../cloud/domain/topic.decide';

const NOW = new Date('2026-03-01T02:00:00Z');

const grant = (role: RoleGrant['role'], communityId = 'c1'): RoleGrant => ({ role, communityId, streetId: null, memberStatus: null });
const person = (userId: string, roles: RoleGrant[]): Caller => ({ userId, name: userId, roles, member: null });
const signed = (userId: string, rating: number | null = null): TopicCosign => ({ topicId: 't1', userId, rating, at: NOW.toISOString() });

/** Every kind of caller, and their co-sign of the topic. */
const WHO = {
  staff: [person('staff', [grant('staff')]), null],
  staffOther: [person('staff2', [grant('staff', 'c2')]), null],
  raiser: [person('raiser', [grant('resident')]), null],
  resident: [person('r1', [grant('resident')]), null],
  cosigner: [person('r2', [grant('resident')]), signed('r2')],
  ratedCosigner: [person('r3', [grant('resident')]), signed('r3', 4)],
  residentOther: [person('r9', [grant('resident', 'c2')]), null],
  member: [person('m1', [grant('member')]), null],
  system: [SYSTEM_CALLER, null],
} as const satisfies Record<string, readonly [Caller, TopicCosign | null]>;
type Who = keyof typeof WHO;

/** By hand: who may give each command in each status. */
const SPEC: Record<TopicStatus, Partial<Record<TopicCommand, readonly Who[]>>> = {
  collecting: { cosign: ['resident'], withdraw: ['cosigner', 'ratedCosigner'], propose: ['staff'] },
  agenda: { cosign: ['resident'], schedule: ['staff'] },
  scheduled: { cosign: ['resident'], schedule: ['staff'], minutes: ['staff'], decide: ['staff'] },
  decided: { linkOrder: ['staff'], publish: ['staff'] },
  published: { linkOrder: ['staff'], rate: ['cosigner'] },
};
const TO: Record<TopicStatus, Partial<Record<TopicCommand, TopicStatus>>> = {
  collecting: { cosign: 'collecting', withdraw: 'collecting', propose: 'agenda' },
  agenda: { cosign: 'agenda', schedule: 'scheduled' },
  scheduled: { cosign: 'scheduled', schedule: 'scheduled', minutes: 'scheduled', decide: 'decided' },
  decided: { linkOrder: 'decided', publish: 'published' },
  published: { linkOrder: 'published', rate: 'published' },
};
const COMMANDS: TopicCommand[] = ['cosign', 'withdraw', 'propose', 'schedule', 'minutes', 'decide', 'linkOrder', 'publish', 'rate'];
const STAFF_STEPS: TopicCommand[] = ['propose', 'schedule', 'minutes', 'decide', 'linkOrder', 'publish'];

function topicIn(status: TopicStatus, adopted = true): Topic {
  const t = newTopic(
    { id: 't1', community: { id: 'c1', streetId: 'st1' }, level: 'community', title: '楼道灯不亮', problem: '三号楼楼道灯坏了', place: '三号楼', photos: [], raisedBy: 'raiser', raiserName: '王秀英', proposed: false },
    new Date(NOW.getTime() - 3_600_000),
    { cosignThreshold: 10 },
  );
  const decided = status === 'decided' || status === 'published';
  return { ...t, status, decision: decided ? { adopted, text: adopted ? '物业更换灯具' : '不属于社区职责', at: NOW.toISOString() } : null };
}

function command(type: TopicCommand): TopicCommandInput {
  switch (type) {
    case 'schedule':
      return { type, meeting: { at: NOW.toISOString(), place: '议事厅', invited: ['居民代表'] } };
    case 'minutes':
      return { type, minutes: { attendees: '居民代表5人', notes: '同意' } };
    case 'decide':
      return { type, adopted: true, text: '更换灯具' };
    case 'linkOrder':
      return { type, orderId: 'o1' };
    case 'publish':
      return { type, outcome: '已更换' };
    case 'rate':
      return { type, stars: 5 };
    default:
      return { type } as TopicCommandInput;
  }
}

/** What a refused caller reads, by hand. */
function refusal(status: TopicStatus, type: TopicCommand, who: Who): ErrorCode {
  if (!SPEC[status][type]) return 'TOPIC.INVALID_TRANSITION';
  if (STAFF_STEPS.includes(type)) return 'TOPIC.STAFF_ONLY';
  if (type === 'cosign') return who === 'cosigner' || who === 'ratedCosigner' ? 'TOPIC.ALREADY_COSIGNED' : who === 'raiser' ? 'TOPIC.OWN' : 'TOPIC.OTHER_COMMUNITY';
  if (type === 'rate') return who === 'ratedCosigner' ? 'TOPIC.ALREADY_RATED' : 'TOPIC.NOT_COSIGNER';
  return 'TOPIC.NOT_COSIGNED';
}

function outcome(status: TopicStatus, type: TopicCommand, who: Who): TopicStatus | ErrorCode {
  const [caller, cosign] = WHO[who];
  try {
    return decideTopic(topicIn(status), command(type), { now: NOW, caller, cosign }).to;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe('every status × command × caller', () => {
  for (const status of TOPIC_STATUSES) {
    for (const type of COMMANDS) {
      for (const who of Object.keys(WHO) as Who[]) {
        const allowed = SPEC[status][type]?.includes(who) ?? false;
        const want = allowed ? TO[status][type]! : refusal(status, type, who);
        test(`${status} · ${type} · ${who} → ${want}`, () => expect(outcome(status, type, who)).toBe(want));
      }
    }
  }
});

describe('effects and guards', () => {
  const ctx = (who: Who) => ({ now: NOW, caller: WHO[who][0], cosign: WHO[who][1] });

  test('work is created only from an adopted decision; a linked order is kept once', () => {
    expect(() => decideTopic(topicIn('decided', false), command('linkOrder'), ctx('staff'))).toThrow(expect.objectContaining({ code: 'TOPIC.NOT_ADOPTED' }));
    const t = { ...topicIn('decided'), orderIds: ['o1'] };
    expect(decideTopic(t, command('linkOrder'), ctx('staff')).patch).toEqual({ orderIds: ['o1'] });
    expect(decideTopic(t, { type: 'linkOrder', orderId: 'o2' }, ctx('staff')).patch).toEqual({ orderIds: ['o1', 'o2'] });
  });

  test('a decision not adopted keeps its reason; publishing stamps the time; proposing marks 党组织提议', () => {
    expect(decideTopic(topicIn('scheduled'), { type: 'decide', adopted: false, text: '不属于社区职责' }, ctx('staff')).patch).toEqual({
      decision: { adopted: false, text: '不属于社区职责', at: NOW.toISOString() },
    });
    expect(decideTopic(topicIn('decided'), command('publish'), ctx('staff')).patch).toEqual({ outcome: '已更换', publishedAt: NOW.toISOString() });
    expect(decideTopic(topicIn('collecting'), command('propose'), ctx('staff')).patch).toEqual({ proposed: true, agendaAt: NOW.toISOString() });
  });

  test('a topic staff raise starts on the agenda; a resident\'s collects co-signs up to the setting', () => {
    const base = { id: 'x', community: { id: 'c1', streetId: 'st1' }, level: 'street' as const, title: '停车难', problem: '小区停车位不足', place: '东门', photos: [], raisedBy: 's', raiserName: '李娟' };
    expect(newTopic({ ...base, proposed: true }, NOW, { cosignThreshold: 3 })).toMatchObject({ status: 'agenda', agendaAt: NOW.toISOString(), threshold: 3 });
    expect(newTopic({ ...base, proposed: false }, NOW, { cosignThreshold: 3 })).toMatchObject({ status: 'collecting', agendaAt: null, cosigns: 0 });
  });
});

describe('the buttons', () => {
  test('each caller is offered exactly what they may do now', () => {
    const ctx = (who: Who) => ({ now: NOW, caller: WHO[who][0], cosign: WHO[who][1] });
    expect(availableTopicCommands(topicIn('collecting'), ctx('resident'))).toEqual(['cosign']);
    expect(availableTopicCommands(topicIn('collecting'), ctx('cosigner'))).toEqual(['withdraw']);
    expect(availableTopicCommands(topicIn('collecting'), ctx('raiser'))).toEqual([]);
    expect(availableTopicCommands(topicIn('collecting'), ctx('staff'))).toEqual(['propose']);
    expect(availableTopicCommands(topicIn('scheduled'), ctx('staff'))).toEqual(['schedule', 'minutes', 'decide']);
    expect(availableTopicCommands(topicIn('decided', false), ctx('staff'))).toEqual(['publish']);
    expect(availableTopicCommands(topicIn('published'), ctx('cosigner'))).toEqual(['rate']);
    expect(availableTopicCommands(topicIn('published'), ctx('ratedCosigner'))).toEqual([]);
    expect(availableTopicCommands(topicIn('agenda'), ctx('residentOther'))).toEqual([]);
  });
});
