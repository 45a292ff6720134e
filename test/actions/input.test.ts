/**
 * What reaches the handlers: fields a caller has no say over are ignored, retries with the same key make one
 * order, and malformed input gets a typed error in Chinese while nothing is written.
 */
import { ACTIONS } from '../../cloud/actions/shared/registry.all';
import { resetStore, startTestHost, submission, type TestHost } from '../factories';
import { makeWorld, WRITES, type WriteAction } from '../scenarios';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());

/**
 * Everything a write can change, keyed by what is stable across runs (openids, titles), not by generated ids (a
 * record's placeholder account is named by the record's generated id).
 */
async function snapshot(): Promise<string> {
  const q = (sql: string) => host.store.db.query(sql);
  const json = JSON.stringify({
    orders: await q(`SELECT o.title, o.status, o.points, o.headcount, o.held, o.mode, o.category_id, o.priority, u.openid AS resident,
        a.openid AS assignee, CASE WHEN pb.openid IS NULL THEN o.rating ELSE jsonb_set(o.rating, '{proxy,by}', to_jsonb(pb.openid)) END AS rating,
        o.escalation_note, o.service_hours, o.version
      FROM orders o JOIN users u ON u.id = o.resident_id LEFT JOIN users a ON a.id = o.assignee_id
        LEFT JOIN users pb ON pb.id = o.rating->'proxy'->>'by' ORDER BY o.title`),
    events: await q(`SELECT o.title, e.type, e.from_status, e.to_status, e.actor_role, u.openid, e.note
      FROM order_events e JOIN orders o ON o.id = e.order_id LEFT JOIN users u ON u.id = e.actor_id ORDER BY o.title, e.id`),
    claims: await q(`SELECT o.title, u.openid, c.state FROM claims c JOIN orders o ON o.id = c.order_id JOIN users u ON u.id = c.member_id ORDER BY 1, 2`),
    roles: await q(`SELECT u.openid, g.role, g.community_id, g.street_id FROM role_grants g JOIN users u ON u.id = g.user_id ORDER BY 1, 2, 3`),
    members: await q(`SELECT u.openid, m.status, m.real_name FROM members m JOIN users u ON u.id = m.user_id ORDER BY 1`),
    ledger: await q(`SELECT u.openid, l.points, l.hours, l.manual FROM ledger l JOIN users u ON u.id = l.member_id ORDER BY 1, 2`),
    users: await q(`SELECT openid, name FROM users ORDER BY openid`),
    records: await q(`SELECT name, phone, address, grid_id, tags, version, linked_user_id IS NOT NULL AS linked FROM resident_records ORDER BY name, phone`),
    audit: await q(`SELECT a.action, a.fields, u.openid FROM resident_audit a JOIN users u ON u.id = a.actor_id ORDER BY a.id`),
    visits: await q(`SELECT v.record_id, v.way, v.found, v.needs, v.photos, u.openid, v.order_id IS NOT NULL AS linked
      FROM visits v JOIN users u ON u.id = v.logged_by ORDER BY 1, 3`),
    wishes: await q(`SELECT title, status, claimer_kind, claimer_name, value, points, thanks, version FROM wishes ORDER BY title`),
    units: await q(`SELECT name, kind, status, contact_name, phone FROM units ORDER BY name`),
  });
  return json.replace(/record:[0-9a-f-]{36}/g, 'record:<id>');
}

const writes = Object.keys(WRITES) as WriteAction[];

describe('fields the caller has no say over are ignored', () => {
  /** Sent to every write; a field the action really takes (dispatch's points, grant's role) is left out. */
  const extras = (action: WriteAction, memberId: string): Record<string, unknown> => {
    const own = Object.keys((ACTIONS[action].input as unknown as { shape: object }).shape);
    const all = { status: 'closed', role: 'admin', claimedBy: memberId, points: 999, openid: 'staff' };
    return Object.fromEntries(Object.entries(all).filter(([k]) => !own.includes(k)));
  };

  test.each(writes)('%s', async (action) => {
    const run = async (withExtras: boolean) => {
      await resetStore(host.store);
      const world = await makeWorld(host);
      const { as, data } = await WRITES[action](world);
      const res = await as.call(action, { ...data, ...(withExtras ? extras(action, world.ids.member2) : {}) });
      expect(res).toMatchObject({ code: 0 });
      return snapshot();
    };
    const plain = await run(false);
    expect(await run(true)).toEqual(plain);
  });
});

describe('retries and idempotency', () => {
  beforeEach(() => resetStore(host.store));

  test('the same idempotency key twice, or five times at once, makes one order', async () => {
    const world = await makeWorld(host);
    const input = submission('retry');
    const first = await world.resident.ok('order.submit', input);
    const again = await world.resident.ok('order.submit', { ...input, title: '重试时改了标题' });
    const burst = await Promise.all(Array.from({ length: 5 }, () => world.resident.ok('order.submit', input)));
    expect(new Set([first.id, again.id, ...burst.map((o) => o.id)])).toEqual(new Set([first.id]));
    expect(again.title).toBe(first.title);
    const [{ n }] = await host.store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders`);
    expect(n).toBe(1);
    expect((await host.store.events(first.id)).map((e) => e.type)).toEqual(['submit']);
  });

  test('another resident using the same key gets their own order', async () => {
    const world = await makeWorld(host);
    await world.newcomer.ok('community.join', { communityId: 'c1' });
    const input = submission('shared-key');
    const a = await world.resident.ok('order.submit', input);
    const b = await world.newcomer.ok('order.submit', input);
    expect(a.id).not.toBe(b.id);
  });

  test('a retried claim the member already won answers with the order, not an error', async () => {
    const world = await makeWorld(host);
    const orderId = await world.orderAt('open');
    const first = await world.member.ok('order.claim', { orderId });
    const retry = await world.member.ok('order.claim', { orderId });
    expect(retry.version).toBe(first.version);
    expect((await host.store.events(orderId)).filter((e) => e.type === 'claim')).toHaveLength(1);
  });

  test('a retried step with the version the caller saw is recognised; a stale one from someone else is refused', async () => {
    const world = await makeWorld(host);
    const orderId = await world.orderAt('in_progress');
    const { version } = await world.member.ok('order.detail', { orderId });
    const note = { orderId, version, note: '已上门查看' };
    await world.member.ok('order.progress', note);
    const replay = await world.member.ok('order.progress', note);
    expect(replay.timeline.filter((e) => e.type === 'progress')).toHaveLength(1);
    const stale = await world.staff.call('order.escalate', { orderId, version, note: '上报', deadline: new Date(Date.now() + 86_400_000).toISOString() });
    expect(stale).toMatchObject({ code: 'ORDER.CONFLICT', message: '该需求刚刚有了新变化，请刷新后重试' });
  });
});

describe('malformed input gets a typed error and changes nothing', () => {
  const bad: [WriteAction, (data: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ['order.submit', (d) => ({ ...d, contactPhone: '12345' }), 'contactPhone'],
    ['order.submit', (d) => ({ ...d, title: '' }), 'title'],
    ['order.submit', (d) => ({ ...d, title: '长'.repeat(41) }), 'title'],
    ['order.submit', (d) => ({ ...d, photos: Array(7).fill('/files/a.jpg') }), 'photos'],
    ['order.submit', (d) => ({ ...d, photos: ['http://evil.example/x.jpg'] }), 'photos.0'],
    ['order.submit', (d) => ({ ...d, urgency: 'very' }), 'urgency'],
    ['order.submit', (d) => ({ ...d, preferredTime: '明天上午' }), 'preferredTime'],
    ['order.submit', (d) => ({ ...d, address: null, gridId: null }), 'address'],
    ['order.submit', (d) => ({ ...d, categoryId: 'c2-k1' }), '_'],
    ['order.dispatch', (d) => ({ ...d, deadline: '2020-01-01T00:00:00Z' }), '_'],
    ['order.dispatch', (d) => ({ ...d, headcount: 0 }), 'headcount'],
    ['order.dispatch', (d) => ({ ...d, points: -1 }), 'points'],
    ['order.claim', (d) => ({ ...d, orderId: 123 }), 'orderId'],
    ['order.confirm', (d) => ({ ...d, stars: 6 }), 'stars'],
    ['order.complete', (d) => ({ ...d, hours: 0 }), 'hours'],
    ['order.reject', (d) => ({ ...d, reason: ' ' }), 'reason'],
    ['member.register', (d) => ({ ...d, realName: '' }), 'realName'],
    ['ledger.addManual', (d) => ({ ...d, points: 100 }), '_'],
    ['member.review', (d) => ({ ...d, decision: 'reject' }), 'note'],
  ];

  test.each(bad)('%s with a bad %#', async (action, spoil, field) => {
    await resetStore(host.store);
    const world = await makeWorld(host);
    const { as, data } = await WRITES[action](world);
    const before = await snapshot();
    const res = await as.call(action, spoil(data));
    expect(res.code).not.toBe(0);
    if (res.code === 0) return;
    expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
    if (field !== '_') expect(res).toMatchObject({ code: 'INPUT.INVALID', fields: { [field]: expect.stringMatching(/[\u4e00-\u9fa5]/) } });
    expect(await snapshot()).toEqual(before);
  });

  test('every write sent nothing at all is refused', async () => {
    await resetStore(host.store);
    const world = await makeWorld(host);
    const before = await snapshot();
    for (const action of writes) {
      const res = await world.staff.call(action, {});
      expect([action, res.code]).toEqual([action, 'INPUT.INVALID']);
    }
    expect(await snapshot()).toEqual(before);
  });

  test('text that fails the content check is refused', async () => {
    await resetStore(host.store);
    const world = await makeWorld(host);
    const before = await snapshot();
    const res = await world.resident.call('order.submit', submission('unsafe', { description: '有人在楼下赌博' }));
    expect(res).toMatchObject({ code: 'CONTENT.UNSAFE', message: '内容含有不适宜发布的信息，请修改后再提交' });
    expect(await snapshot()).toEqual(before);
  });

  test('a body that is not JSON, an unknown action, or no token', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${host.url}/api`, { method: 'POST', body, headers }).then(async (r) => [r.status, await r.json()]);
    expect(await post('{not json')).toEqual([400, { code: 'INPUT.INVALID', message: expect.any(String) }]);
    expect(await post(JSON.stringify({ action: 'order.delete', data: {} }))).toEqual([200, { code: 'ACTION.UNKNOWN', message: expect.any(String) }]);
    expect(await post(JSON.stringify({ action: '__proto__', data: {} }))).toEqual([200, { code: 'ACTION.UNKNOWN', message: expect.any(String) }]);
    expect(await post(JSON.stringify({ action: 'session.me' }), { authorization: 'Bearer forged.token.here' })).toEqual([
      200,
      { code: 'AUTH.REQUIRED', message: '请先登录后再操作' },
    ]);
  });
});
