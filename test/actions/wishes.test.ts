/**
 * 微心愿 over HTTP through the real host, on an injected clock: a wish released a minute ahead, two members
 * racing for it, delivery and confirmation, points and rankings; partner units; the sweep returning a wish; the
 * typed refusals that change nothing; and 200 members claiming one wish at once.
 */
import { sweep } from '../../cloud/jobs/sweep';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { WishView } from '../../types/wishes';
import { ENGINES, makePerson, photoOf, resetStore, startTestHost, wishPost, type Client, type TestHost } from '../factories';

const MINUTE = 60_000;

describe.each(ENGINES)('微心愿 on $name', ({ url }) => {
  let host: TestHost;
  let now = new Date();
  const tick = (ms: number) => (now = new Date(now.getTime() + ms));
  const ids: Record<string, string> = {};
  const as: Record<string, Client> = {};

  beforeAll(async () => {
    host = await startTestHost({ databaseUrl: url, clock: () => now });
  });
  afterAll(() => host.stop());

  beforeEach(async () => {
    now = new Date();
    await resetStore(host.store);
    const people = { staff: 'staff', m1: 'member', m2: 'member', m3: 'member', pending: 'pending', resident: 'resident', boss: 'resident' } as const;
    for (const [who, role] of Object.entries(people)) ids[who] = await makePerson(host.store, who, role);
    for (const who of Object.keys(people)) as[who] = await host.as(who);
  });

  const post = (title: string, over: Record<string, unknown> = {}) =>
    as.staff.ok('wish.post', { ...wishPost(title), releaseAt: now.toISOString(), deadline: new Date(now.getTime() + 7 * 86_400_000).toISOString(), ...over });
  const rows = () => host.store.db.query('SELECT * FROM wishes ORDER BY id');

  test('released a minute ahead: too early is refused; two members race, one wins; delivered, confirmed, realised', async () => {
    const wish = await post('想要一台收音机', { releaseAt: new Date(now.getTime() + MINUTE).toISOString(), beneficiaryId: ids.resident, points: 8 });
    expect(wish).toMatchObject({ status: 'open', released: false, beneficiary: '一号社区 · 独居老人', beneficiaryId: ids.resident });
    expect((await as.m1.ok('wish.list', { communityId: 'c1' })).items).toEqual([]);
    expect(await as.m1.call('wish.claim', { wishId: wish.id })).toMatchObject({ code: 'WISH.NOT_RELEASED', message: '该微心愿还没到发布时间，请到点再来认领' });

    tick(MINUTE);
    const wall = await as.m1.ok('wish.list', { communityId: 'c1' });
    expect(wall.items.map((w) => [w.id, w.released, w.actions])).toEqual([[wish.id, true, ['claim']]]);
    expect(wall.items[0].beneficiaryId).toBeNull();
    expect(JSON.stringify(wall)).not.toContain(ids.resident);

    const [a, b] = await Promise.all([as.m1.call('wish.claim', { wishId: wish.id }), as.m2.call('wish.claim', { wishId: wish.id })]);
    const [winner, loser] = a.code === 0 ? ['m1', b] : ['m2', a];
    expect(loser).toMatchObject({ code: 'WISH.TAKEN', message: '手慢了，该微心愿已被认领' });
    expect(await as[winner].call('wish.claim', { wishId: wish.id })).toMatchObject({ code: 'WISH.ALREADY_CLAIMED' });

    const mine = await as[winner].ok('wish.list', { communityId: 'c1', scope: 'mine' });
    expect(mine.items.map((w) => [w.id, w.status, w.actions])).toEqual([[wish.id, 'claimed', ['release', 'deliver']]]);
    expect(await as[winner].call('wish.deliver', { wishId: wish.id, note: '已送到', photos: [] })).toMatchObject({ code: 'INPUT.INVALID', fields: { photos: '请上传送达照片' } });
    const delivered = await as[winner].ok('wish.deliver', { wishId: wish.id, note: '已送到老人家中', photos: [await photoOf(host.store, ids[winner])] });
    expect(delivered).toMatchObject({ status: 'delivered', delivery: { note: '已送到老人家中' } });
    expect((await as.m3.ok('wish.get', { wishId: wish.id })).delivery).toBeNull();

    const staffNotices = await as.staff.ok('notice.list', {});
    expect(staffNotices.items.map((n) => [n.kind, n.orderId])).toEqual([['wish_delivered', wish.id]]);
    tick(MINUTE);
    const realised = await as.staff.ok('wish.confirm', { wishId: wish.id, thanks: '老人说谢谢党员同志' });
    expect(realised).toMatchObject({ status: 'realised', thanks: '老人说谢谢党员同志', actions: [] });
    expect(await as.m3.ok('wish.get', { wishId: wish.id })).toMatchObject({ status: 'realised', delivery: { note: '已送到老人家中' }, beneficiaryId: null });
    expect(await as[winner].ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 8 });
    expect((await as[winner].ok('notice.list', {})).items.map((n) => n.kind)).toEqual(['wish_realised']);
    expect(await as.m3.ok('wish.ranking', { communityId: 'c1' })).toMatchObject({ members: [{ kind: 'member', name: `党员${winner}`, count: 1 }], units: [] });
  });

  test('a partner unit registers, is verified by staff, claims through its contact and is ranked under its name', async () => {
    const unit = await as.boss.ok('unit.register', { communityId: 'c1', name: '常州某科技公司', kind: 'private_firm', contactName: '王经理', phone: '13800002222' });
    expect(unit).toMatchObject({ status: 'pending', kindName: '非公企业', contactIds: [ids.boss] });
    expect(await as.boss.call('unit.register', { communityId: 'c1', name: '常州某科技公司', kind: 'new_org', contactName: '李', phone: '13800002223' })).toMatchObject({ code: 'UNIT.ALREADY_REGISTERED' });
    const wish = await post('想要一副老花镜');
    expect(await as.boss.call('wish.claim', { wishId: wish.id, unitId: unit.id })).toMatchObject({ code: 'UNIT.NOT_VERIFIED', message: '该单位还未通过社区审核，审核通过后即可认领' });
    expect(await as.m1.call('wish.claim', { wishId: wish.id, unitId: unit.id })).toMatchObject({ code: 'UNIT.NOT_FOUND' });
    expect((await as.staff.ok('unit.list', { communityId: 'c1', status: 'pending' })).items.map((u) => u.id)).toEqual([unit.id]);
    await as.staff.ok('unit.review', { unitId: unit.id, decision: 'verify' });
    expect(await as.staff.call('unit.review', { unitId: unit.id, decision: 'verify' })).toMatchObject({ code: 'UNIT.NOT_PENDING' });

    const claimed = await as.boss.ok('wish.claim', { wishId: wish.id, unitId: unit.id });
    expect(claimed).toMatchObject({ status: 'claimed', claimer: { kind: 'unit', name: '常州某科技公司' }, actions: ['release', 'deliver'] });
    expect((await as.m1.ok('wish.list', { communityId: 'c1' })).items[0].claimer).toEqual({ kind: 'unit', name: '常州某科技公司' });
    await as.boss.ok('wish.deliver', { wishId: wish.id, unitId: unit.id, note: '已送到', photos: [await photoOf(host.store, ids.boss)] });
    await as.staff.ok('wish.confirm', { wishId: wish.id });
    expect(await as.m1.ok('wish.ranking', { communityId: 'c1' })).toMatchObject({ members: [], units: [{ kind: 'unit', name: '常州某科技公司', count: 1 }] });
    const [{ n }] = await host.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger');
    expect(n).toBe(0);
  });

  test('typed refusals change nothing: pending member, value above the cap, staff steps by others, own unit, hold limit', async () => {
    const wish = await post('想要一个电饭煲');
    const before = await rows();
    expect(await as.pending.call('wish.claim', { wishId: wish.id })).toMatchObject({ code: 'MEMBER.NOT_VERIFIED' });
    expect(await as.resident.call('wish.claim', { wishId: wish.id })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await as.m1.call('wish.post', wishPost('党员发的心愿'))).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await as.staff.call('wish.post', { ...wishPost('太贵的心愿'), value: 201 })).toMatchObject({ code: 'WISH.VALUE_CAP', fields: { value: '估值不能超过200元' } });
    expect(await rows()).toEqual(before);
    await as.m1.ok('wish.claim', { wishId: wish.id });
    await as.m1.ok('wish.deliver', { wishId: wish.id, note: '已送到', photos: [await photoOf(host.store, ids.m1)] });
    expect(await as.resident.call('wish.confirm', { wishId: wish.id })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await as.m1.call('wish.confirm', { wishId: wish.id })).toMatchObject({ code: 'AUTH.FORBIDDEN' });

    const own = await as.staff.ok('unit.register', { communityId: 'c1', name: '社区超市', kind: 'resident_unit', contactName: '李娟', phone: '13800003333' });
    expect(await as.staff.call('unit.review', { unitId: own.id, decision: 'verify' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });

    const [w2, w3] = [await post('心愿二'), await post('心愿三')];
    await as.m1.ok('wish.claim', { wishId: w2.id });
    expect(await as.m1.call('wish.claim', { wishId: w3.id })).toMatchObject({ code: 'WISH.HOLD_LIMIT' });
  });

  test('before release, as an unverified unit, twice, and staff steps by residents and members: typed, in Chinese, nothing changed', async () => {
    const state = async () => [await rows(), await host.store.db.query('SELECT * FROM wish_holds ORDER BY 1, 2'), await host.store.db.query('SELECT * FROM units ORDER BY id')];
    const refused = async (client: Client, action: string, data: Record<string, unknown>, code: ErrorCode) => {
      const before = await state();
      expect([action, await client.call(action as 'wish.claim', data)]).toMatchObject([action, { code, message: ERROR_MESSAGES[code] }]);
      expect(await state()).toEqual(before);
    };
    const early = await post('想要一个暖手宝', { releaseAt: new Date(now.getTime() + MINUTE).toISOString(), deadline: new Date(now.getTime() + 10 * MINUTE).toISOString() });
    await refused(as.m1, 'wish.claim', { wishId: early.id }, 'WISH.NOT_RELEASED');
    const unit = await as.boss.ok('unit.register', { communityId: 'c1', name: '常州某科技公司', kind: 'private_firm', contactName: '王经理', phone: '13800002222' });
    await refused(as.boss, 'unit.review', { unitId: unit.id, decision: 'verify' }, 'AUTH.FORBIDDEN');
    await refused(as.m1, 'unit.review', { unitId: unit.id, decision: 'verify' }, 'AUTH.FORBIDDEN');
    tick(MINUTE);
    await refused(as.boss, 'wish.claim', { wishId: early.id, unitId: unit.id }, 'UNIT.NOT_VERIFIED');
    await refused(as.pending, 'wish.claim', { wishId: early.id }, 'MEMBER.NOT_VERIFIED');
    await as.m1.ok('wish.claim', { wishId: early.id });
    await refused(as.m1, 'wish.claim', { wishId: early.id }, 'WISH.ALREADY_CLAIMED');
    await refused(as.m2, 'wish.claim', { wishId: early.id }, 'WISH.TAKEN');
    await refused(as.resident, 'wish.release', { wishId: early.id }, 'AUTH.FORBIDDEN');
    await refused(as.m2, 'wish.deliver', { wishId: early.id, note: '已送到', photos: [await photoOf(host.store, ids.m2)] }, 'AUTH.FORBIDDEN');
    tick(10 * MINUTE);
    await sweep(host.store, now);
    const again = { wishId: early.id, releaseAt: now.toISOString(), deadline: new Date(now.getTime() + 86_400_000).toISOString() };
    // A returned wish is back with staff only: to anyone else it is not there.
    await refused(as.resident, 'wish.repost', again, 'WISH.NOT_FOUND');
    await refused(as.m1, 'wish.repost', again, 'WISH.NOT_FOUND');
    await refused(as.resident, 'wish.post', wishPost('居民发的心愿'), 'AUTH.FORBIDDEN');
  });

  test('unclaimed or undelivered by the deadline, a wish comes back to staff with a notice; staff post it again', async () => {
    const deadline = new Date(now.getTime() + 10 * MINUTE).toISOString();
    const [idle, held] = [await post('没人认领的心愿', { deadline }), await post('没送到的心愿', { deadline })];
    await as.m1.ok('wish.claim', { wishId: held.id });
    tick(11 * MINUTE);
    expect((await sweep(host.store, now)).wishesReturned).toBe(2);
    expect((await as.staff.ok('wish.list', { communityId: 'c1', scope: 'staff', status: 'returned' })).items.map((w) => w.id).sort()).toEqual([idle.id, held.id].sort());
    expect((await as.staff.ok('notice.list', {})).items.map((n) => [n.kind, n.orderId, n.text]).sort()).toEqual(
      [['wish_returned', idle.id, '截止前无人认领，心愿已退回社区'], ['wish_returned', held.id, '党员m1未在截止前送达，心愿已退回社区']].sort(),
    );
    expect(await as.m2.call('wish.get', { wishId: idle.id })).toMatchObject({ code: 'WISH.NOT_FOUND' });
    const again = await as.staff.ok('wish.repost', { wishId: held.id, releaseAt: now.toISOString(), deadline: new Date(now.getTime() + 86_400_000).toISOString() });
    expect(again).toMatchObject({ status: 'open', claimer: null });
    expect(await as.m1.ok('wish.claim', { wishId: held.id })).toMatchObject({ status: 'claimed' });
  });

  test('200 members claim one wish at once: one winner, checked in the store', async () => {
    const wish = await post('秒杀心愿');
    for (let i = 0; i < 200; i++) await makePerson(host.store, `rush${i}`, 'member');
    const clients = await Promise.all(Array.from({ length: 200 }, (_, i) => host.as(`rush${i}`)));
    const results = await Promise.all(clients.map((c) => c.call('wish.claim', { wishId: wish.id })));
    const winners = results.filter((r) => r.code === 0) as { data: WishView }[];
    expect(winners).toHaveLength(1);
    expect(new Set(results.filter((r) => r.code !== 0).map((r) => r.code))).toEqual(new Set(['WISH.TAKEN']));
    const [row] = await host.store.db.query<Record<string, unknown>>('SELECT status, claimer_name, version FROM wishes WHERE id = $1', [wish.id]);
    expect(row).toEqual({ status: 'claimed', claimer_name: winners[0].data.claimer!.name, version: 2 });
    const [{ held }] = await host.store.db.query<{ held: number }>('SELECT sum(held)::int AS held FROM wish_holds');
    expect(held).toBe(1);
  });
});
