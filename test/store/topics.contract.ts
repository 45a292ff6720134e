/**
 * The 议事 part of the store contract: raising and the list, co-signs once each (50 at once on a threshold of 10
 * reach the agenda exactly once, with one staff notice), withdrawals while collecting, steps conditional on the
 * version with their notices, and one rating per co-signer. Called from describeStoreContract for every adapter.
 */
import type { Caller } from '../../cloud/domain/access';
import { DEFAULT_SETTINGS } from '../../cloud/domain/policies';
import type { TopicCommandInput } from '../../cloud/domain/topic.commands';
import { newTopic } from '../../cloud/domain/topic.create';
import { decideTopic } from '../../cloud/domain/topic.decide';
import { agendaNotice } from '../../cloud/domain/topic.notices';
import type { Store } from '../../cloud/store/store.port';
import type { Topic } from '../../types/topics';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const first = { cursor: null, limit: 50 };

export function describeTopicsContract(storeOf: () => Store): void {
  describe('议事', () => {
    let seq = 0;
    const store = () => storeOf();

    async function person(openid: string, role: 'staff' | 'resident' = 'resident'): Promise<Caller> {
      const s = store();
      const { id } = await s.ensureUser(openid, openid);
      await s.grantRole(id, role, { communityId: 'c1' });
      return { userId: id, name: openid, roles: await s.rolesOf(id), member: null };
    }

    async function raise(by: Caller, spec: { threshold?: number; proposed?: boolean; when?: Date } = {}): Promise<Topic> {
      const id = `topic-${String(++seq).padStart(3, '0')}`;
      const topic = newTopic(
        { id, community: { id: 'c1', streetId: 'st1' }, level: 'community', title: `楼道灯不亮 ${id}`, problem: '三号楼楼道灯坏了一个月',
          place: '三号楼', photos: [], raisedBy: by.userId, raiserName: by.name, proposed: spec.proposed ?? false },
        spec.when ?? at(seq),
        { cosignThreshold: spec.threshold ?? DEFAULT_SETTINGS.cosignThreshold },
      );
      return store().createTopic(topic);
    }

    const cosign = (t: Topic, c: Caller, now = at(100)) => store().cosignTopic(t.id, c.userId, now, agendaNotice(t));

    async function step(t: Topic, cmd: TopicCommandInput, caller: Caller, now = at(200)) {
      const decision = decideTopic(t, cmd, { now, caller, cosign: await store().getCosign(t.id, caller.userId) });
      return store().transitionTopic({ topicId: t.id, expectVersion: t.version, decision, now });
    }

    test('a raised topic reads back whole; the list is newest first and filters by status', async () => {
      const r = await person('tr');
      const s = await person('ts', 'staff');
      const a = await raise(r);
      const b = await raise(s, { proposed: true });
      expect(await store().getTopic(a.id)).toEqual(a);
      expect(a).toMatchObject({ status: 'collecting', cosigns: 0, threshold: 10, agendaAt: null, orderIds: [], meeting: null });
      expect(b).toMatchObject({ status: 'agenda', proposed: true, agendaAt: b.createdAt });
      expect((await store().listTopics({ communityId: 'c1' }, first)).items.map((t) => t.id)).toEqual([b.id, a.id]);
      expect((await store().listTopics({ communityId: 'c1', status: 'collecting' }, first)).items.map((t) => t.id)).toEqual([a.id]);
      expect((await store().listTopics({ communityId: 'c2' }, first)).items).toEqual([]);
    });

    test('co-signs count once each; a withdrawal while collecting takes one back; the threshold moves it to the agenda', async () => {
      const r = await person('tr');
      const staff = await person('ts', 'staff');
      const t = await raise(r, { threshold: 2 });
      const [a, b, c] = [await person('ta'), await person('tb'), await person('tc')];
      expect(await cosign(t, a)).toMatchObject({ ok: true, reached: false, topic: { cosigns: 1, status: 'collecting', version: 1 } });
      expect(await cosign(t, a)).toEqual({ ok: false, reason: 'twice' });
      expect(await store().getCosign(t.id, a.userId)).toEqual({ topicId: t.id, userId: a.userId, rating: null, at: at(100).toISOString() });
      expect(await store().withdrawCosign(t.id, a.userId, at(101))).toMatchObject({ cosigns: 0 });
      expect(await store().withdrawCosign(t.id, a.userId, at(101))).toBeNull();
      expect(await store().getCosign(t.id, a.userId)).toBeNull();
      await cosign(t, a);
      expect(await cosign(t, b)).toMatchObject({ ok: true, reached: true, topic: { cosigns: 2, status: 'agenda', agendaAt: at(100).toISOString(), version: 2 } });
      expect(await store().withdrawCosign(t.id, b.userId, at(102))).toBeNull();
      expect(await cosign(t, c)).toMatchObject({ ok: true, reached: false, topic: { cosigns: 3, status: 'agenda' } });
      expect(await store().cosignersOf(t.id)).toEqual(expect.arrayContaining([a.userId, b.userId, c.userId]));
      const told = await store().listNotices(staff.userId, first);
      expect(told.items.map((n) => [n.kind, n.orderId])).toEqual([['topic_agenda', t.id]]);
    });

    test('50 co-signs at once on a threshold of 10: all counted, the agenda reached once, staff told once', async () => {
      const staff = await person('ts', 'staff');
      const t = await raise(await person('tr'));
      const people = await Promise.all(Array.from({ length: 50 }, (_, i) => person(`rush${i}`)));
      const outcomes = await Promise.all(people.map((p) => cosign(t, p)));
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(outcomes.filter((o) => o.ok && o.reached)).toHaveLength(1);
      expect(await store().getTopic(t.id)).toMatchObject({ status: 'agenda', cosigns: 50, version: 2 });
      expect((await store().listNotices(staff.userId, first)).items.map((n) => n.kind)).toEqual(['topic_agenda']);
    });

    test('steps commit on the version only, with their notices; ratings come once per co-signer after publishing', async () => {
      const r = await person('tr');
      const staff = await person('ts', 'staff');
      const a = await person('ta');
      const t = await raise(staff, { proposed: true });
      await cosign(t, a);
      const meeting = { at: at(300).toISOString(), place: '社区议事厅', invited: ['居民代表', '物业'] };
      const scheduled = (await step(t, { type: 'schedule', meeting }, staff))!;
      expect(scheduled).toMatchObject({ status: 'scheduled', meeting, version: 2 });
      expect(await step(t, { type: 'schedule', meeting }, staff)).toBeNull();
      const minuted = (await step(scheduled, { type: 'minutes', minutes: { attendees: '居民代表5人', notes: '同意更换灯具' } }, staff))!;
      const decision = decideTopic(minuted, { type: 'decide', adopted: true, text: '物业一周内更换' }, { now: at(301), caller: staff, cosign: null });
      const notices = [{ to: { userId: a.userId }, kind: 'topic_update' as const, orderId: t.id, title: t.title, text: '已决定', key: `topic:${t.id}:4:${a.userId}`, actorId: staff.userId }];
      const decided = (await store().transitionTopic({ topicId: t.id, expectVersion: minuted.version, decision, now: at(301), notices }))!;
      expect(decided).toMatchObject({ status: 'decided', decision: { adopted: true, text: '物业一周内更换', at: at(301).toISOString() } });
      expect((await store().listNotices(a.userId, first)).items.map((n) => n.kind)).toEqual(['topic_update']);
      const linked = (await step(decided, { type: 'linkOrder', orderId: 'o-1' }, staff))!;
      expect(linked.orderIds).toEqual(['o-1']);
      expect(await store().rateTopic(t.id, a.userId, 5, at(400))).toBeNull();
      const published = (await step(linked, { type: 'publish', outcome: '灯已换好' }, staff, at(399)))!;
      expect(published).toMatchObject({ status: 'published', outcome: '灯已换好', publishedAt: at(399).toISOString() });
      expect(await store().rateTopic(t.id, r.userId, 3, at(400))).toBeNull();
      expect(await store().rateTopic(t.id, a.userId, 4, at(400))).toMatchObject({ ratingSum: 4, ratingCount: 1 });
      expect(await store().rateTopic(t.id, a.userId, 1, at(401))).toBeNull();
      expect(await store().getCosign(t.id, a.userId)).toMatchObject({ rating: 4 });
      expect(await store().cosignTopic(t.id, r.userId, at(402), agendaNotice(t))).toEqual({ ok: false, reason: 'closed' });

      // The dashboards' 议事 figures: topics published in [from, to) and their ratings, per community asked.
      const community = t.communityId;
      const span = (from: number, to: number) => store().topicRatings([community, 'elsewhere'], at(from).toISOString(), at(to).toISOString());
      expect(await span(399, 400)).toEqual({ [community]: { published: 1, rated: 1, ratings: 1, satisfied: 1 }, elsewhere: { published: 0, rated: 0, ratings: 0, satisfied: 0 } });
      expect((await span(0, 399))[community]).toEqual({ published: 0, rated: 0, ratings: 0, satisfied: 0 });
      expect((await span(400, 500))[community]).toEqual({ published: 0, rated: 0, ratings: 0, satisfied: 0 });
    });
  });
}
