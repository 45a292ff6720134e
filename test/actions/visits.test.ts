/**
 * 民情日记 over HTTP: a grid worker logs visits to the records of their grid (photos theirs, attached to the visit),
 * reads a record's diary, lists who is due or overdue in their grids (staff: the community) most overdue first in
 * pages, and links the 代点单 order a visit led to. Outside their grids, or with bad input: a typed Chinese error and
 * nothing written.
 */
import type { ResidentRecord } from '../../types/residents';
import { seedVisits } from '../../cloud/seed/visits';
import { login, makeGridWorker, makePerson, makeRecord, placeForRecord, resetStore, startTestHost, type Client, type TestHost } from '../factories';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082',
  'hex',
);
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

let host: TestHost;
let gw: Client; // 网格员 of c1-g1
let gw2: Client; // 网格员 of c1-g2
let staff: Client;
let ids: Record<string, string>;

beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());

beforeEach(async () => {
  await resetStore(host.store);
  ids = {
    gw: await makeGridWorker(host.store, 'gw', 'c1', ['c1-g1']),
    gw2: await makeGridWorker(host.store, 'gw2', 'c1', ['c1-g2']),
    staff: await makePerson(host.store, 'staff', 'staff'),
    staff2: await makePerson(host.store, 'staff2', 'staff', 'c2'),
    resident: await makePerson(host.store, 'resident', 'resident'),
    member: await makePerson(host.store, 'member', 'member'),
  };
  [gw, gw2, staff] = await Promise.all([host.as('gw'), host.as('gw2'), host.as('staff')]);
});

async function upload(openid: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
  const res = await fetch(`${host.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await login(host.url, openid)}` } });
  return ((await res.json()) as { data: { fileId: string } }).data.fileId;
}

const visitRows = () => host.store.db.query('SELECT * FROM visits ORDER BY id');
const elderly = (over: Partial<ResidentRecord> = {}) => makeRecord(host.store, 'rec-li', { createdAt: daysAgo(30), ...over });

test('a grid worker logs a door visit with photos; the diary shows it, and the record is on schedule again', async () => {
  const record = await elderly();
  const photo = await upload('gw');
  const at = daysAgo(1);
  const visit = await gw.ok('visit.log', { residentId: record.id, at, way: 'door', found: '  身体还好，腿脚不便 ', needs: '想有人帮忙买菜', photos: [photo] });
  expect(visit).toMatchObject({
    recordId: record.id, communityId: 'c1', at, way: 'door', wayName: '上门走访', found: '身体还好，腿脚不便', needs: '想有人帮忙买菜',
    photos: [photo], loggedBy: ids.gw, loggedByName: 'gw', orderId: null,
  });
  expect(visit.photoUrls[0]).toMatch(/^\/files\/.+\?exp=\d+&sig=/);
  // The photo is the visit's now: the sweep of unattached uploads keeps it.
  expect(await host.store.db.query('SELECT order_id FROM uploads WHERE file_id = $1', [photo])).toEqual([{ order_id: visit.id }]);

  // Sent twice with one key (the reply was lost): logged once.
  const phoned = { residentId: record.id, at: daysAgo(9), way: 'phone', found: '电话联系，一切正常', idempotencyKey: 'visit-key-0001' } as const;
  const once = await gw.ok('visit.log', phoned);
  expect(await gw.ok('visit.log', phoned)).toEqual(once);
  const diary = await gw.ok('visit.list', { residentId: record.id });
  expect(diary.items.map((v) => [v.way, v.found])).toEqual([['door', '身体还好，腿脚不便'], ['phone', '电话联系，一切正常']]);
  expect(diary.resident).toMatchObject({ residentId: record.id, name: '李奶奶', gridName: '第1网格', tags: ['孤寡老人'], building: '5栋' });
  expect(diary.resident).not.toHaveProperty('phone');
  expect(diary.resident.schedule).toMatchObject({ intervalDays: 7, lastVisitAt: at, daysLeft: 6, status: 'ok' });
  // Staff of the community read the same diary; in pages, the schedule still counts from the latest visit.
  const first = await staff.ok('visit.list', { residentId: record.id, limit: 1 });
  const second = await staff.ok('visit.list', { residentId: record.id, limit: 1, cursor: first.nextCursor! });
  expect([first, second].map((p) => p.items[0].way)).toEqual(['door', 'phone']);
  expect(second.resident.schedule.lastVisitAt).toBe(at);
});

test('待走访 / 已逾期: my grids only (staff: the community, or one grid), most overdue first, in pages, with counts', async () => {
  await makeRecord(host.store, 'r-never', { createdAt: daysAgo(10) }); // g1, 孤寡老人, never visited: 10 days over
  await makeRecord(host.store, 'r-soon', { tags: ['高龄'], createdAt: daysAgo(60) }); // g1, visited 12 days ago: due in 2
  await makeRecord(host.store, 'r-g2', { gridId: 'c1-g2', tags: ['独居'], createdAt: daysAgo(3) }); // g2: 3 days over
  await makeRecord(host.store, 'r-fine', { tags: ['高龄'], createdAt: daysAgo(60) }); // visited yesterday
  await makeRecord(host.store, 'r-none', { tags: [], createdAt: daysAgo(60) }); // asks for no visits
  await makeRecord(host.store, 'r-c2', { communityId: 'c2', gridId: 'c2-g1', createdAt: daysAgo(60) });
  await gw.ok('visit.log', { residentId: 'r-soon', at: daysAgo(12), way: 'door', found: '老人独自在家' });
  await gw.ok('visit.log', { residentId: 'r-fine', at: daysAgo(1), way: 'phone', found: '一切正常' });

  const mine = await gw.ok('visit.due', { communityId: 'c1' });
  expect(mine.items.map((v) => [v.residentId, v.status, v.daysLeft])).toEqual([['r-never', 'overdue', -10], ['r-soon', 'due', 2]]);
  expect(mine.counts).toEqual({ overdue: 1, due: 1 });
  expect(mine.items[0]).toMatchObject({ name: '李奶奶', gridName: '第1网格', tags: ['孤寡老人'], intervalDays: 7, lastVisitAt: null });
  expect(mine.items[0]).not.toHaveProperty('phone');
  expect((await gw2.ok('visit.due', { communityId: 'c1' })).items.map((v) => v.residentId)).toEqual(['r-g2']);

  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await staff.ok('visit.due', { communityId: 'c1', limit: 2, ...(cursor ? { cursor } : {}) });
    pages.push(page.items.map((v) => v.residentId));
    expect(page.counts).toEqual({ overdue: 2, due: 1 });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  expect(pages).toEqual([['r-never', 'r-g2'], ['r-soon']]);
  expect((await staff.ok('visit.due', { communityId: 'c1', gridId: 'c1-g2' })).items.map((v) => v.residentId)).toEqual(['r-g2']);

  // Another grid, another community, a grid of elsewhere, people who keep no records: refused.
  expect(await gw.call('visit.due', { communityId: 'c1', gridId: 'c1-g2' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await gw.call('visit.due', { communityId: 'c2' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await staff.call('visit.due', { communityId: 'c1', gridId: 'c2-g1' })).toMatchObject({ code: 'GRID.NOT_FOUND' });
  for (const who of ['resident', 'member', 'staff2']) {
    expect(await (await host.as(who)).call('visit.due', { communityId: 'c1' })).toMatchObject({ code: 'AUTH.FORBIDDEN', message: '您没有权限进行此操作' });
  }
});

describe('refused in Chinese, nothing written', () => {
  test('outside my grids, another community, residents and members: the record is not found', async () => {
    const inG2 = await makeRecord(host.store, 'rec-g2', { gridId: 'c1-g2' });
    const noGrid = await makeRecord(host.store, 'rec-nogrid', { gridId: null });
    const log = { at: daysAgo(0), way: 'door', found: '上门看望' };
    for (const residentId of [inG2.id, noGrid.id, 'rec-none']) {
      expect(await gw.call('visit.log', { residentId, ...log })).toMatchObject({ code: 'RESIDENT.NOT_FOUND', message: '未找到该居民档案，可能不在您负责的网格' });
      expect(await gw.call('visit.list', { residentId })).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
    }
    for (const who of ['staff2', 'resident', 'member']) {
      const c = await host.as(who);
      expect(await c.call('visit.log', { residentId: inG2.id, ...log })).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
      expect(await c.call('visit.list', { residentId: inG2.id })).toMatchObject({ code: 'RESIDENT.NOT_FOUND' });
    }
    expect(await visitRows()).toEqual([]);
    // …while the grid's own worker and staff may.
    await gw2.ok('visit.log', { residentId: inG2.id, ...log });
    await staff.ok('visit.log', { residentId: noGrid.id, ...log });
  });

  test('bad input: a day after today, no way, nothing found, a photo not mine', async () => {
    const record = await elderly();
    const good = { residentId: record.id, at: daysAgo(0), way: 'door', found: '上门看望' };
    const tomorrow = new Date(Date.now() + 1.5 * DAY).toISOString();
    expect(await gw.call('visit.log', { ...good, at: tomorrow })).toMatchObject({
      code: 'VISIT.IN_FUTURE', message: '走访日期不能晚于今天', fields: { at: '走访日期不能晚于今天' },
    });
    expect(await gw.call('visit.log', { ...good, way: 'email' })).toMatchObject({ code: 'INPUT.INVALID', fields: { way: '请选择走访方式' } });
    expect(await gw.call('visit.log', { ...good, found: '   ' })).toMatchObject({ code: 'INPUT.INVALID', fields: { found: '请填写走访情况' } });
    expect(await gw.call('visit.log', { ...good, at: '昨天' })).toMatchObject({ code: 'INPUT.INVALID', fields: { at: '走访日期格式不正确' } });
    expect(await gw.call('visit.log', { ...good, needs: '需'.repeat(501) })).toMatchObject({ code: 'INPUT.INVALID', fields: { needs: '需求最多500个字' } });
    expect(await gw.call('visit.log', { ...good, photos: [await upload('gw2')] })).toMatchObject({
      code: 'INPUT.INVALID', fields: { photos: '图片无效：只能使用您自己上传的图片，请重新上传' },
    });
    expect(await gw.call('visit.due', { communityId: 'c1', cursor: 'not-a-cursor' })).toMatchObject({ code: 'INPUT.INVALID' });
    expect(await visitRows()).toEqual([]);
  });
});

test('the 代点单 order a visit led to is linked once; another record’s order, or a second order, is refused', async () => {
  const record = await elderly();
  const other = await makeRecord(host.store, 'rec-other');
  const visit = await gw.ok('visit.log', { residentId: record.id, at: daysAgo(0), way: 'door', found: '冰箱空了', needs: '需要有人帮忙买菜' });
  const orderId = await placeForRecord(host.store, record, ids.gw);
  const linked = await gw.ok('visit.linkOrder', { visitId: visit.id, orderId });
  expect(linked).toMatchObject({ id: visit.id, orderId, orderLinkedBy: ids.gw });
  expect(await gw.ok('visit.linkOrder', { visitId: visit.id, orderId })).toEqual(linked); // a retry
  expect((await gw.ok('visit.list', { residentId: record.id })).items[0].orderId).toBe(orderId);

  const before = await visitRows();
  const elsewhere = await placeForRecord(host.store, other, ids.gw);
  expect(await gw.call('visit.linkOrder', { visitId: visit.id, orderId: elsewhere })).toMatchObject({ code: 'VISIT.ORDER_MISMATCH' });
  expect(await gw.call('visit.linkOrder', { visitId: visit.id, orderId: 'no-such-order' })).toMatchObject({ code: 'VISIT.ORDER_MISMATCH' });
  const second = await placeForRecord(host.store, record, ids.gw);
  expect(await gw.call('visit.linkOrder', { visitId: visit.id, orderId: second })).toMatchObject({ code: 'VISIT.ALREADY_LINKED', message: '这次走访已关联了另一个代点单' });
  expect(await gw2.call('visit.linkOrder', { visitId: visit.id, orderId })).toMatchObject({ code: 'VISIT.NOT_FOUND' });
  expect(await gw.call('visit.linkOrder', { visitId: 'no-such-visit', orderId })).toMatchObject({ code: 'VISIT.NOT_FOUND' });
  expect(await visitRows()).toEqual(before);
});

test('the demo seed: of the records kept, some overdue, some due within days, one visited yesterday with a need', async () => {
  for (const [id, tags] of [['s1', ['孤寡老人']], ['s2', ['高龄', '残疾']], ['s3', ['独居']], ['s4', []]] as const) {
    await makeRecord(host.store, id, { tags: [...tags], createdBy: ids.gw, createdAt: daysAgo(90) });
  }
  expect(await seedVisits(host.store, 'c1', new Date())).toBe(5);
  const due = await staff.ok('visit.due', { communityId: 'c1' });
  expect(due.items.map((v) => [v.residentId, v.status, v.daysLeft])).toEqual([['s1', 'overdue', -3], ['s2', 'due', 2]]);
  const diary = await staff.ok('visit.list', { residentId: 's3' });
  expect(diary.items).toMatchObject([{ loggedBy: ids.gw, loggedByName: 'gw', needs: '希望每周有人帮忙买一次菜', orderId: null }]);
  expect(diary.resident.schedule).toMatchObject({ status: 'ok', daysLeft: 6 });
});
