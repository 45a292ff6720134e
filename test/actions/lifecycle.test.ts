/**
 * The branches of the loop through the real host: assignment, teams and releases, escalation to the street,
 * 未解决, 党员报到 and its review, claim limits and pool limits, the lists staff and members work from.
 */
import { inDays, makePerson, resetStore, startTestHost, submission, type TestHost } from '../factories';
import { makeWorld, type World } from '../scenarios';

let host: TestHost;
let w: World;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  w = await makeWorld(host);
});

test('assigned to one member: they accept and finish it, or decline and it returns to staff with the reason', async () => {
  const a = await w.orderAt('assigned');
  expect((await w.member.ok('order.myClaims', {})).items.map((o) => [o.id, o.actions])).toEqual([[a, ['accept', 'decline']]]);
  const accepted = await w.member.ok('order.accept', { orderId: a });
  expect(accepted).toMatchObject({ status: 'in_progress', holders: [{ memberId: w.ids.member }] });

  const b = await w.orderAt('assigned');
  const declined = await w.member.ok('order.decline', { orderId: b, reason: '这周出差在外地' });
  expect(declined.status).toBe('submitted');
  const seen = await w.staff.ok('order.detail', { orderId: b });
  expect(seen).toMatchObject({ assignee: null, mode: null });
  expect(seen.timeline.at(-1)).toMatchObject({ type: 'decline', note: '这周出差在外地', actorRole: 'member' });
});

test('an assignment tells its member when it returns to staff: 24 hours after it was assigned, gone once accepted', async () => {
  const a = await w.orderAt('assigned');
  const [waiting] = (await w.member.ok('order.myClaims', {})).items;
  const assignedAt = (await w.staff.ok('order.detail', { orderId: a })).timeline.find((e) => e.type === 'assign')!.at;
  expect(waiting.answerBy).toBe(new Date(Date.parse(assignedAt) + 24 * 3600_000).toISOString());
  expect((await w.member.ok('order.accept', { orderId: a })).answerBy).toBeNull();
});

test('a team of two: a release reopens the slot for someone else, and both are paid on closing', async () => {
  await makePerson(host.store, 'member3', 'member');
  const member3 = await host.as('member3');
  const m2 = await host.as('member2');
  const { id } = await w.resident.ok('order.submit', submission('team'));
  await w.staff.ok('order.dispatch', { orderId: id, deadline: inDays(2), headcount: 2, points: 10 });
  expect((await w.member.ok('order.claim', { orderId: id })).status).toBe('open');
  expect((await m2.ok('order.claim', { orderId: id })).status).toBe('in_progress');
  expect(await member3.call('order.claim', { orderId: id })).toMatchObject({ code: 'ORDER.NOT_CLAIMABLE' });

  const released = await m2.ok('order.release', { orderId: id, reason: '临时加班' });
  expect(released).toMatchObject({ status: 'open' });
  expect(released.contactMasked).toBe(true);
  await member3.ok('order.claim', { orderId: id });
  // Each reports their own part; the second one sends it to the resident.
  expect((await w.member.ok('order.complete', { orderId: id, note: '我负责清运', hours: 2 })).status).toBe('in_progress');
  expect((await member3.ok('order.complete', { orderId: id, note: '已完成', hours: 2 })).status).toBe('awaiting_rating');
  await w.resident.ok('order.confirm', { orderId: id, stars: 5 });
  for (const m of [w.member, member3]) expect(await m.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 10, hours: 2 });
  expect(await m2.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 0, orders: 0 });
});

test('escalated to the street: holders are released; the street resolves it or returns it', async () => {
  const held = await w.orderAt('in_progress');
  const up = await w.staff.ok('order.escalate', { orderId: held, note: '需要市政协调', deadline: inDays(5) });
  expect(up).toMatchObject({ status: 'escalated', holders: [], escalationNote: '需要市政协调' });
  expect((await w.member.ok('order.myClaims', {})).items).toEqual([]);
  const streetView = await w.street.ok('order.detail', { orderId: held });
  expect(streetView).toMatchObject({ contactMasked: false, actions: ['street_resolve', 'street_return', 'to_department'] });
  const solved = await w.street.ok('order.streetResolve', { orderId: held, note: '市政已疏通', outcome: 'resolved' });
  expect(solved.status).toBe('awaiting_rating');
  // Nobody holds it, so 未解决 sends it back to staff.
  expect((await w.resident.ok('order.reopen', { orderId: held, reason: '还是堵' })).status).toBe('submitted');

  const other = await w.orderAt('escalated');
  expect((await w.street.ok('order.streetResolve', { orderId: other, note: '请社区先处理', outcome: 'returned' })).status).toBe('submitted');
});

test('未解决 goes back to the member who holds it', async () => {
  const id = await w.orderAt('awaiting_rating');
  const back = await w.resident.ok('order.reopen', { orderId: id, reason: '水龙头还在滴水' });
  expect(back).toMatchObject({ status: 'in_progress', completedAt: null, holders: [{ memberId: w.ids.member }] });
  expect((await w.member.ok('order.detail', { orderId: id })).actions).toEqual(expect.arrayContaining(['complete', 'progress']));
});

test('党员报到: pending members cannot claim; once verified they can; a rejected one may apply again', async () => {
  const open = await w.orderAt('open');
  await w.newcomer.ok('member.register', { communityId: 'c1', realName: '新党员', phone: '13700001111', workUnit: '供电公司', branch: '第一支部', skills: ['水电维修'] });
  expect(await w.newcomer.call('member.register', { communityId: 'c1', realName: '新党员', phone: '13700001111', workUnit: 'x', branch: 'y' })).toMatchObject({ code: 'MEMBER.ALREADY_REGISTERED' });
  expect(await w.newcomer.call('order.pool', { communityId: 'c1' })).toMatchObject({ code: 'MEMBER.NOT_VERIFIED' });

  const pending = await w.staff.ok('member.list', { communityId: 'c1', status: 'pending' });
  expect(pending.items.map((m) => m.realName).sort()).toEqual(['新党员', '党员pending'].sort());
  expect((await w.staff.ok('member.list', { communityId: 'c1', q: '供电' })).items.map((m) => m.userId)).toEqual([w.ids.newcomer]);

  await w.staff.ok('member.review', { communityId: 'c1', userId: w.ids.newcomer, decision: 'verify' });
  expect(await w.staff.call('member.review', { communityId: 'c1', userId: w.ids.newcomer, decision: 'verify' })).toMatchObject({ code: 'MEMBER.NOT_PENDING' });
  expect((await w.newcomer.ok('order.claim', { orderId: open })).status).toBe('in_progress');

  await w.staff.ok('member.review', { communityId: 'c1', userId: w.ids.pending, decision: 'reject', note: '请补充所在党支部' });
  expect(await w.pending.ok('member.me', { communityId: 'c1' })).toMatchObject({ status: 'rejected', reviewNote: '请补充所在党支部' });
  const again = await w.pending.ok('member.register', { communityId: 'c1', realName: '党员pending', phone: '13900001111', workUnit: '某单位', branch: '机关第二支部' });
  expect(again.status).toBe('pending');
});

test('a member holds at most three orders at once', async () => {
  for (let i = 0; i < 3; i++) await w.member.ok('order.claim', { orderId: await w.orderAt('open') });
  const fourth = await w.orderAt('open');
  expect(await w.member.call('order.claim', { orderId: fourth })).toMatchObject({ code: 'ORDER.CLAIM_LIMIT' });
  expect((await w.member.ok('order.myClaims', { state: 'active' })).items).toHaveLength(3);
});

test('pool limits: an order for a skill shows only to members with it', async () => {
  await makePerson(host.store, 'plumber', 'member', 'c1', { skills: ['水电维修'] });
  const plumber = await host.as('plumber');
  const { id } = await w.resident.ok('order.submit', submission('skill'));
  await w.staff.ok('order.dispatch', { orderId: id, deadline: inDays(1), poolLimit: { skills: ['水电维修'] } });
  expect((await w.member.ok('order.pool', { communityId: 'c1' })).items).toEqual([]);
  expect(await w.member.call('order.claim', { orderId: id })).toMatchObject({ code: 'ORDER.NOT_ELIGIBLE' });
  expect((await plumber.ok('order.pool', { communityId: 'c1' })).items.map((o) => o.id)).toEqual([id]);
});

test('the pool filters by category and grid, sorts by deadline, and pages without gaps', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const { id } = await w.resident.ok('order.submit', submission(`p${i}`, { categoryId: i % 2 ? 'c1-k2' : 'c1-k1', gridId: i < 3 ? 'c1-g1' : 'c1-g2' }));
    await w.staff.ok('order.dispatch', { orderId: id, deadline: inDays(5 - i) });
    ids.push(id);
  }
  const byDeadline = [...ids].reverse();
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await w.member.ok('order.pool', { communityId: 'c1', limit: 2, cursor });
    seen.push(...page.items.map((o) => o.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  expect(seen).toEqual(byDeadline);
  expect((await w.member.ok('order.pool', { communityId: 'c1', categoryId: 'c1-k2' })).items.map((o) => o.id)).toEqual([ids[3], ids[1]]);
  expect((await w.member.ok('order.pool', { communityId: 'c1', gridId: 'c1-g2' })).items.map((o) => o.id)).toEqual([ids[4], ids[3]]);
  expect((await w.member.ok('order.pool', { communityId: 'c1', sort: 'newest' })).items.map((o) => o.id)).toEqual(byDeadline);
});

test('the staff queue counts every tab', async () => {
  for (const s of ['submitted', 'submitted', 'open', 'in_progress', 'awaiting_rating', 'escalated', 'closed'] as const) await w.orderAt(s);
  const q = await w.staff.ok('order.queue', { communityId: 'c1', tab: 'submitted' });
  expect(q.counts).toEqual({ submitted: 2, dispatched: 1, open: 1, assigned: 0, in_progress: 1, awaiting_rating: 1, overdue: 0, escalated: 1, closed: 1 });
  expect(q.items).toHaveLength(2);
  expect(q.items[0].createdAt <= q.items[1].createdAt).toBe(true);
});

test('manual points stay within the cap, carry a reason and are marked manual', async () => {
  expect(await w.staff.call('ledger.addManual', { communityId: 'c1', memberId: w.ids.member, points: 21, reason: '超出上限' })).toMatchObject({ code: 'LEDGER.CAP_EXCEEDED' });
  const entry = await w.staff.ok('ledger.addManual', { communityId: 'c1', memberId: w.ids.member, points: 20, hours: 3, reason: '组织社区义诊' });
  expect(entry).toMatchObject({ manual: true, reason: '组织社区义诊', points: 20 });
  const ledger = await w.member.ok('ledger.mine', { communityId: 'c1' });
  expect(ledger).toMatchObject({ points: 20, hours: 3, orders: 0 });
  expect(ledger.entries.items[0]).toMatchObject({ manual: true });
});

test('an admin makes a newcomer staff, who can then work the queue', async () => {
  expect(await w.newcomer.call('order.queue', { communityId: 'c1', tab: 'submitted' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  const me = await w.admin.ok('staff.grant', { communityId: 'c1', userId: w.ids.newcomer, role: 'staff' });
  expect(me.roles).toEqual([expect.objectContaining({ role: 'staff', communityId: 'c1' })]);
  expect(await w.newcomer.call('order.queue', { communityId: 'c1', tab: 'submitted' })).toMatchObject({ code: 0 });
});
