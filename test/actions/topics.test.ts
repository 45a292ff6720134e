/**
 * 议事 over HTTP through the real host: a resident raises a topic, ten neighbours co-sign it onto the agenda (staff
 * are told once), staff schedule, record the minutes, decide, create an order for the work and link it, publish,
 * and the co-signers rate it; the typed refusals that change nothing; 党组织提议; a decision not adopted.
 */
import type { TopicView } from '../../types/topics';
import { ENGINES, makePerson, resetStore, residentRecord, startTestHost, submission, type Client, type TestHost } from '../factories';

describe.each(ENGINES)('议事 on $name', ({ url }) => {
  let host: TestHost;
  const as: Record<string, Client> = {};
  const neighbours = Array.from({ length: 11 }, (_, i) => `n${i}`);

  beforeAll(async () => {
    host = await startTestHost({ databaseUrl: url });
  });
  afterAll(() => host.stop());

  beforeEach(async () => {
    await resetStore(host.store);
    const people = { staff: 'staff', raiser: 'resident', member: 'member', ...Object.fromEntries(neighbours.map((n) => [n, 'resident'])) } as const;
    for (const [who, role] of Object.entries(people)) await makePerson(host.store, who, role);
    await makePerson(host.store, 'other', 'resident', 'c2');
    for (const who of [...Object.keys(people), 'other']) as[who] = await host.as(who);
  });

  const raise = (over: Record<string, unknown> = {}) =>
    as.raiser.ok('topic.raise', { communityId: 'c1', level: 'community', title: '三号楼楼道灯不亮', problem: '楼道灯坏了一个多月，老人上下楼不安全', place: '三号楼二单元', ...over });
  const topicRows = () => host.store.db.query('SELECT * FROM topics ORDER BY id');
  const cosignRows = () => host.store.db.query('SELECT * FROM topic_cosigns ORDER BY topic_id, user_id');

  test('问、联名、议、定、办、晒、评: ten co-signs reach the agenda, and the whole way to the co-signers\' rating', async () => {
    const topic = await raise();
    expect(topic).toMatchObject({ status: 'collecting', cosigns: 0, threshold: 10, raiserName: 'raiser', mine: { raised: true, cosigned: false }, actions: [] });
    const signers = neighbours.slice(0, 10);
    for (const [i, n] of signers.slice(0, 9).entries()) {
      expect(await as[n].ok('topic.cosign', { topicId: topic.id })).toMatchObject({ status: 'collecting', cosigns: i + 1, actions: ['withdraw'] });
    }
    expect((await as.staff.ok('notice.list', {})).items).toEqual([]);
    const reached = await as[signers[9]].ok('topic.cosign', { topicId: topic.id });
    expect(reached).toMatchObject({ status: 'agenda', cosigns: 10, mine: { cosigned: true } });
    expect((await as.staff.ok('notice.list', {})).items.map((n) => [n.kind, n.orderId])).toEqual([['topic_agenda', topic.id]]);
    expect(await as[signers[0]].call('topic.withdraw', { topicId: topic.id })).toMatchObject({ code: 'TOPIC.INVALID_TRANSITION' });

    const meeting = { at: new Date(Date.now() + 86_400_000).toISOString(), place: '社区议事厅', invited: ['居民代表', '党员', '物业公司', '城管科'] };
    expect(await as.staff.ok('topic.schedule', { topicId: topic.id, ...meeting })).toMatchObject({ status: 'scheduled', meeting, actions: ['schedule', 'minutes', 'decide'] });
    expect((await as[signers[3]].ok('notice.list', {})).items.map((n) => n.kind)).toEqual(['topic_update']);
    await as.staff.ok('topic.minutes', { topicId: topic.id, attendees: '居民代表6人、物业经理、网格员', notes: '物业承认灯具老化，同意全部更换' });
    const decided = await as.staff.ok('topic.decide', { topicId: topic.id, adopted: true, text: '物业一周内更换三号楼全部楼道灯' });
    expect(decided).toMatchObject({ status: 'decided', decision: { adopted: true, text: '物业一周内更换三号楼全部楼道灯' }, actions: ['linkOrder', 'publish'] });

    const recordId = (await as.staff.ok('resident.create', residentRecord({ name: '三号楼楼长' }))).id;
    const { communityId: _c, contactName: _n, contactPhone: _p, ...fields } = submission('topic', { title: '更换三号楼楼道灯' });
    const order = await as.staff.ok('order.submitFor', { ...fields, residentId: recordId });
    const linked = await as.staff.ok('topic.linkOrder', { topicId: topic.id, orderId: order.id });
    expect(linked.orders).toEqual([{ id: order.id, title: '更换三号楼楼道灯', status: 'submitted' }]);
    expect((await as[signers[0]].ok('topic.get', { topicId: topic.id })).orders).toEqual([{ id: order.id, title: '更换三号楼楼道灯', status: 'submitted' }]);

    const published = await as.staff.ok('topic.publish', { topicId: topic.id, outcome: '三号楼楼道灯已全部更换，居民验收满意' });
    expect(published).toMatchObject({ status: 'published', outcome: '三号楼楼道灯已全部更换，居民验收满意', rating: null });
    expect(await as[signers[0]].ok('topic.get', { topicId: topic.id })).toMatchObject({ actions: ['rate'] });
    for (const [i, n] of signers.slice(0, 4).entries()) await as[n].ok('topic.rate', { topicId: topic.id, stars: [5, 4, 5, 3][i] });
    const rated = await as.raiser.ok('topic.get', { topicId: topic.id });
    expect(rated).toMatchObject({ rating: 4.3, ratingCount: 4, actions: [] });
    expect(await as[signers[0]].call('topic.rate', { topicId: topic.id, stars: 1 })).toMatchObject({ code: 'TOPIC.ALREADY_RATED', message: '您已评价过该议题的结果' });
    expect(await as.raiser.call('topic.rate', { topicId: topic.id, stars: 5 })).toMatchObject({ code: 'TOPIC.NOT_COSIGNER', message: '只有联名的居民才能评价议题结果' });

    const list = await as.n10.ok('topic.list', { communityId: 'c1', status: 'published' });
    expect(list.items.map((t: TopicView) => [t.id, t.rating])).toEqual([[topic.id, 4.3]]);
  });

  test('typed refusals change nothing: twice, one\'s own, another community, staff steps by residents, out of order', async () => {
    const topic = await raise();
    await as.n0.ok('topic.cosign', { topicId: topic.id });
    const before = [await topicRows(), await cosignRows()];
    const refusals: [Client, string, Record<string, unknown>, string][] = [
      [as.n0, 'topic.cosign', {}, 'TOPIC.ALREADY_COSIGNED'],
      [as.raiser, 'topic.cosign', {}, 'TOPIC.OWN'],
      [as.other, 'topic.cosign', {}, 'TOPIC.OTHER_COMMUNITY'],
      [as.member, 'topic.cosign', {}, 'TOPIC.OTHER_COMMUNITY'],
      [as.n1, 'topic.withdraw', {}, 'TOPIC.NOT_COSIGNED'],
      [as.n1, 'topic.propose', {}, 'TOPIC.STAFF_ONLY'],
      [as.raiser, 'topic.schedule', { at: new Date().toISOString(), place: '议事厅', invited: ['居民代表'] }, 'TOPIC.INVALID_TRANSITION'],
      [as.staff, 'topic.decide', { adopted: true, text: '同意更换' }, 'TOPIC.INVALID_TRANSITION'],
      [as.staff, 'topic.publish', { outcome: '已更换' }, 'TOPIC.INVALID_TRANSITION'],
      [as.n0, 'topic.rate', { stars: 5 }, 'TOPIC.INVALID_TRANSITION'],
      [as.staff, 'topic.schedule', { at: 'tomorrow', place: '议事厅', invited: [] }, 'INPUT.INVALID'],
      [as.n0, 'topic.cosign', { topicId: 'nope' }, 'TOPIC.NOT_FOUND'],
    ];
    for (const [client, action, data, code] of refusals) {
      expect([action, await client.call(action as 'topic.cosign', { topicId: topic.id, ...data })]).toMatchObject([action, { code }]);
    }
    expect(await as.other.call('topic.raise', { communityId: 'c1', level: 'community', title: '外社区', problem: '不是本社区居民', place: '某处' })).toMatchObject({ code: 'TOPIC.NOT_RESIDENT' });
    expect(await as.raiser.call('topic.raise', { communityId: 'c1', level: 'town', title: '停车', problem: '停车难', place: '东门' })).toMatchObject({ code: 'INPUT.INVALID' });
    expect([await topicRows(), await cosignRows()]).toEqual(before);
    expect(await as.n0.ok('topic.withdraw', { topicId: topic.id })).toMatchObject({ cosigns: 0, actions: ['cosign'] });
  });

  test('residents and members at each staff step are told it is staff\'s, in Chinese, and nothing changes', async () => {
    const topic = await raise();
    await as.n0.ok('topic.cosign', { topicId: topic.id });
    const residents = [as.raiser, as.n0, as.n1, as.member];
    const refusedAll = async (action: string, data: Record<string, unknown>) => {
      const before = [await topicRows(), await cosignRows()];
      for (const client of residents) {
        expect([action, client.openid, await client.call(action as 'topic.schedule', { topicId: topic.id, ...data })]).toMatchObject([
          action, client.openid, { code: 'TOPIC.STAFF_ONLY', message: '该议事步骤只能由社区工作人员办理' },
        ]);
      }
      expect([await topicRows(), await cosignRows()]).toEqual(before);
    };
    await refusedAll('topic.propose', {});
    await as.staff.ok('topic.propose', { topicId: topic.id });
    const meeting = { at: new Date(Date.now() + 86_400_000).toISOString(), place: '社区议事厅', invited: ['居民代表'] };
    await refusedAll('topic.schedule', meeting);
    await as.staff.ok('topic.schedule', { topicId: topic.id, ...meeting });
    await refusedAll('topic.minutes', { attendees: '居民代表', notes: '同意更换' });
    await refusedAll('topic.decide', { adopted: true, text: '同意更换' });
    await as.staff.ok('topic.decide', { topicId: topic.id, adopted: true, text: '物业一周内更换' });
    const recordId = (await as.staff.ok('resident.create', residentRecord({ name: '三号楼楼长' }))).id;
    const { communityId: _c, contactName: _n, contactPhone: _p, ...fields } = submission('topic', { title: '更换楼道灯' });
    const order = await as.staff.ok('order.submitFor', { ...fields, residentId: recordId });
    await refusedAll('topic.linkOrder', { orderId: order.id });
    await refusedAll('topic.publish', { outcome: '已更换' });
    expect(await as.staff.ok('topic.publish', { topicId: topic.id, outcome: '已更换' })).toMatchObject({ status: 'published' });
  });

  test('50 co-signs at once over HTTP on a threshold of 10: every one counted, the agenda reached once, staff told once', async () => {
    const topic = await raise();
    const rush = Array.from({ length: 50 }, (_, i) => `rush${i}`);
    for (const n of rush) await makePerson(host.store, n, 'resident');
    const clients = await Promise.all(rush.map((n) => host.as(n)));
    const results = await Promise.all(clients.map((c) => c.call('topic.cosign', { topicId: topic.id })));
    expect(results.filter((r) => r.code !== 0)).toEqual([]);
    expect(await as.staff.ok('topic.get', { topicId: topic.id })).toMatchObject({ status: 'agenda', cosigns: 50 });
    const [row] = await host.store.db.query<{ cosigns: number; version: number }>('SELECT cosigns, version FROM topics WHERE id = $1', [topic.id]);
    expect(row).toEqual({ cosigns: 50, version: 2 });
    expect(await cosignRows()).toHaveLength(50);
    expect((await as.staff.ok('notice.list', {})).items.map((n) => [n.kind, n.orderId])).toEqual([['topic_agenda', topic.id]]);
  });

  test('党组织提议 and a decision not adopted: the reason reaches co-signers; no work is linked to it', async () => {
    const byStaff = await as.staff.ok('topic.raise', { communityId: 'c1', level: 'street', title: '小区停车难', problem: '夜间车位不足，消防通道被占', place: '东门停车场' });
    expect(byStaff).toMatchObject({ status: 'agenda', proposed: true, level: 'street' });
    const topic = await raise();
    await as.n0.ok('topic.cosign', { topicId: topic.id });
    expect(await as.staff.ok('topic.propose', { topicId: topic.id })).toMatchObject({ status: 'agenda', proposed: true, cosigns: 1 });
    await as.staff.ok('topic.schedule', { topicId: topic.id, at: new Date().toISOString(), place: '议事厅', invited: ['居民代表'] });
    await as.staff.ok('topic.decide', { topicId: topic.id, adopted: false, text: '路灯属市政管理，已转街道城管科' });
    const seen = await as.n0.ok('topic.get', { topicId: topic.id });
    expect(seen.decision).toMatchObject({ adopted: false, text: '路灯属市政管理，已转街道城管科' });
    expect((await as.n0.ok('notice.list', {})).items.map((n) => n.text)).toContain('议题未被采纳：路灯属市政管理，已转街道城管科');
    expect(await as.staff.call('topic.linkOrder', { topicId: topic.id, orderId: 'x' })).toMatchObject({ code: 'TOPIC.ORDER_MISMATCH' });
  });
});
