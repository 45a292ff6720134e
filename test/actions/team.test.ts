/**
 * Team orders over HTTP: each holder reports their own part through order.complete, the order waits for every part
 * (or for staff to close it for the team), each holder is paid from their own part, and completion needs a photo
 * where the category asks for one.
 */
import { inDays, login, makePerson, resetStore, startTestHost, submission, type Client, type TestHost } from '../factories';
import { makeWorld, type World } from '../scenarios';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082',
  'hex',
);

let host: TestHost;
let w: World;
let m3: Client;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  w = await makeWorld(host);
  await makePerson(host.store, 'member3', 'member');
  m3 = await host.as('member3');
});

async function upload(openid: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
  const res = await fetch(`${host.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await login(host.url, openid)}` } });
  return ((await res.json()) as { data: { fileId: string } }).data.fileId;
}

/** A 3-person order of `categoryId`, held by member, member2 and member3. */
async function teamOfThree(categoryId = 'c1-k1'): Promise<string> {
  const { id } = await w.resident.ok('order.submit', submission(`team-${Math.random()}`, { categoryId }));
  await w.staff.ok('order.dispatch', { orderId: id, deadline: inDays(2), headcount: 3, points: 10 });
  for (const m of [w.member, w.member2, m3]) await m.ok('order.claim', { orderId: id });
  return id;
}

test('2 of 3 reported: still in progress, "2/3" in the view; the third sends it to 待评价; each is paid their own hours', async () => {
  const id = await teamOfThree();
  await w.member.ok('order.complete', { orderId: id, note: '我负责搬运旧家具', hours: 2 });
  const two = await w.member2.ok('order.complete', { orderId: id, note: '我负责打扫', hours: 1 });
  expect(two.status).toBe('in_progress');
  expect(two.holders.map((h) => [h.name, h.part && h.part.hours])).toEqual([['党员member', 2], ['党员member2', 1], ['党员member3', null]]);
  expect(two.holders.filter((h) => h.part).length).toBe(2);
  // Reported: no button to report again or to let go; the one still to report has it.
  expect(two.actions).toEqual(['progress']);
  expect((await m3.ok('order.detail', { orderId: id })).actions.sort()).toEqual(['progress', 'release', 'report_part']);
  expect((await w.staff.ok('order.detail', { orderId: id })).actions).toContain('close_team');
  // Each part is a step of the timeline with who and when.
  expect(two.timeline.filter((e) => e.type === 'report_part').map((e) => [e.actorName, e.note])).toEqual([
    ['member', '我负责搬运旧家具'],
    ['member2', '我负责打扫'],
  ]);

  const staffBefore = (await w.staff.ok('notice.list', {})).unread;
  const done = await m3.ok('order.complete', { orderId: id, note: '我负责清运', hours: 0.5 });
  expect(done).toMatchObject({ status: 'awaiting_rating', serviceHours: 3.5 });
  const staffNotices = await w.staff.ok('notice.list', {});
  expect(staffNotices.unread).toBe(staffBefore + 1);
  expect(staffNotices.items[0]).toMatchObject({ kind: 'parts_in', orderId: id, text: '队员已全部报告完成' });
  expect((await w.resident.ok('notice.list', {})).items[0]).toMatchObject({ kind: 'done', orderId: id });

  await w.resident.ok('order.confirm', { orderId: id, stars: 5 });
  expect(await w.member.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 10, hours: 2, orders: 1 });
  expect(await w.member2.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 10, hours: 1, orders: 1 });
  expect(await m3.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 10, hours: 0.5, orders: 1 });
});

test('a holder reports once and, having reported, may not let go: typed errors, nothing changed', async () => {
  const id = await teamOfThree();
  await w.member.ok('order.complete', { orderId: id, note: '我负责搬运', hours: 2 });
  const before = await w.staff.ok('order.detail', { orderId: id });
  expect(await w.member.call('order.complete', { orderId: id, note: '再报一次', hours: 5 })).toMatchObject({
    code: 'ORDER.PART_REPORTED',
    message: '您已报告过自己的完成情况，不能重复报告',
  });
  expect(await w.member.call('order.release', { orderId: id, reason: '有事' })).toMatchObject({ code: 'ORDER.PART_REPORTED_NO_RELEASE' });
  expect(await w.staff.ok('order.detail', { orderId: id })).toEqual(before);
});

test('代为结单 with 1 of 3 reported: 待评价 with the reason in the timeline; only that holder is paid', async () => {
  const id = await teamOfThree();
  expect(await w.staff.call('order.closeTeam', { orderId: id, reason: '队员临时住院' })).toMatchObject({ code: 'ORDER.NO_PARTS' });
  await w.member2.ok('order.complete', { orderId: id, note: '我已修好', hours: 1.5 });
  expect(await w.member.call('order.closeTeam', { orderId: id, reason: '我替大家结单' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  const closed = await w.staff.ok('order.closeTeam', { orderId: id, reason: '队员临时住院，社区代为结单' });
  expect(closed).toMatchObject({ status: 'awaiting_rating', serviceHours: 1.5 });
  expect(closed.timeline.at(-1)).toMatchObject({ type: 'close_team', actorRole: 'staff', note: '队员临时住院，社区代为结单' });
  expect((await w.member.ok('notice.list', {})).items[0]).toMatchObject({ kind: 'team_closed', text: '社区已代为结单：队员临时住院，社区代为结单' });

  await w.resident.ok('order.confirm', { orderId: id, stars: 4 });
  expect(await w.member2.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 10, hours: 1.5, orders: 1 });
  for (const m of [w.member, m3]) expect(await m.ok('ledger.mine', { communityId: 'c1' })).toMatchObject({ points: 0, hours: 0, orders: 0 });
});

test('a photo is needed where the category asks for one (水电维修), in a one-person order and in a part', async () => {
  const { id } = await w.resident.ok('order.submit', submission('repair', { categoryId: 'c1-k2' }));
  await w.staff.ok('order.dispatch', { orderId: id, deadline: inDays(2) });
  await w.member.ok('order.claim', { orderId: id });
  expect(await w.member.call('order.complete', { orderId: id, note: '已修好', hours: 1 })).toMatchObject({
    code: 'ORDER.PHOTO_REQUIRED',
    message: '请至少上传一张服务完成的照片',
    // Shown beside the photo picker of the sheet too.
    fields: { photos: '请至少上传一张服务完成的照片' },
  });
  const photo = await upload('member');
  const done = await w.member.ok('order.complete', { orderId: id, note: '已修好', hours: 1, photos: [photo] });
  expect(done.status).toBe('awaiting_rating');

  const team = await teamOfThree('c1-k2');
  expect(await w.member2.call('order.complete', { orderId: team, note: '我负责递工具', hours: 1 })).toMatchObject({ code: 'ORDER.PHOTO_REQUIRED' });
  const mine = await upload('member2');
  const part = await w.member2.ok('order.complete', { orderId: team, note: '我负责递工具', hours: 1, photos: [mine] });
  const shown = part.holders.find((h) => h.name === '党员member2')!.part!;
  expect(shown.photos).toEqual([mine]);
  expect(shown.photoUrls).toHaveLength(1);
  // The resident sees each part and its photo too.
  expect((await w.resident.ok('order.detail', { orderId: team })).holders.map((h) => h.part?.photos ?? [])).toEqual([[], [mine], []]);
});
