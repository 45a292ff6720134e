/**
 * The 晒 board over HTTP as an anonymous visitor sees it, on the demo street: every string of every page is scanned
 * for phone numbers, door numbers and the names of the people the seed made; hidden items and unapproved comments
 * stay off it; the month's figures come from the aggregates; an approved comment never carries a phone or a door.
 */
import { foldStats } from '../../cloud/jobs/stats.fold';
import { localPlatform } from '../../cloud/platform/platform.local';
import { seedDemo } from '../../cloud/seed/demo';
import type { ActionInput, ActionName } from '../../types/actions';
import type { BoardItem, BoardPage } from '../../types/board';
import type { Envelope } from '../../types/errors';
import { startTestHost, type TestHost } from '../factories';

let host: TestHost;
const COMMUNITIES = ['dongtoucun', 'xiyingli'];

beforeAll(async () => {
  host = await startTestHost();
  const now = new Date();
  await seedDemo(host.store, localPlatform(), now);
  await foldStats(host.store, now, { maxBatches: 1000 });
}, 120_000);
afterAll(() => host.stop());

/** A call with no Authorization header at all. */
async function anonymous<A extends ActionName>(action: A, data: ActionInput<A>): Promise<Envelope<unknown>> {
  const res = await fetch(`${host.url}/api`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, data }) });
  return (await res.json()) as Envelope<unknown>;
}

async function board(communityId: string, extra: Partial<ActionInput<'board.get'>> = {}): Promise<BoardPage> {
  const res = await anonymous('board.get', { communityId, ...extra });
  if (res.code !== 0) throw new Error(`${res.code} ${res.message}`);
  return res.data as BoardPage;
}

/** Every page of a community's board, as an anonymous visitor reads it. */
async function wholeBoard(communityId: string): Promise<{ pages: BoardPage[]; items: BoardItem[] }> {
  const pages: BoardPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await board(communityId, { cursor, limit: 7 });
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { pages, items: pages.flatMap((p) => p.items) };
}

/** Every string of a response, with the key it is under (ids, instants and cursors are not text anyone wrote). */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}
// Ids, instants and days (2026-10-01 reads like a door number to the patterns below).
const NOT_TEXT = new Set(['id', 'at', 'nextCursor', 'month', 'fromDay', 'toDay', 'gridId', 'communityId']);

const PATTERNS = [/1[3-9]\d{9}/, /0\d{2,3}-?\d{7,8}/, /\d+\s*室/, /\d+-\d+/, /\d+栋/, /\d+单元/];

/** What the seed knows of people: names, phones, doors (every person, record, member, unit and order contact). */
async function personalData(): Promise<string[]> {
  const q = (sql: string) => host.store.db.query<{ v: string | null }>(sql).then((rows) => rows.map((r) => r.v ?? ''));
  const values = [
    ...(await q(`SELECT name AS v FROM users`)),
    ...(await q(`SELECT real_name AS v FROM members UNION SELECT phone FROM members`)),
    ...(await q(`SELECT name AS v FROM resident_records UNION SELECT phone FROM resident_records UNION SELECT address->>'room' FROM resident_records`)),
    ...(await q(`SELECT contact_name AS v FROM orders UNION SELECT contact_phone FROM orders UNION SELECT address->>'room' FROM orders`)),
    ...(await q(`SELECT address->>'building' AS v FROM orders UNION SELECT contact_name FROM units UNION SELECT phone FROM units`)),
  ];
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= 2 && !v.startsWith('demo')))];
}

test('read anonymously, no string of any page carries a phone, a door or the name of anyone the seed made', async () => {
  const personal = await personalData();
  expect(personal).toEqual(expect.arrayContaining(['王秀英', '13912345678', '501', '周桂英']));
  for (const communityId of COMMUNITIES) {
    const { pages, items } = await wholeBoard(communityId);
    expect(items.length).toBeGreaterThan(10);
    // The first page carries the quarter's 三色网格: every grid of the community, each with its colour.
    const menu = await host.store.getMenu(communityId);
    expect(pages[0].gridColors?.grids.map((g) => g.gridId).sort()).toEqual(menu.grids.map((g) => g.id).sort());
    expect(pages.slice(1).every((p) => p.gridColors === null)).toBe(true);
    for (const [key, text] of strings(pages)) {
      if (NOT_TEXT.has(key)) continue;
      for (const p of PATTERNS) expect({ key, text, match: p.test(text) }).toEqual({ key, text, match: false });
      for (const secret of personal) expect({ key, text, secret, found: text.includes(secret) }).toEqual({ key, text, secret, found: false });
    }
  }
});

test('the board has finished orders, the realised wish and the published outcome, newest first, and the month’s figures', async () => {
  const { pages, items } = await wholeBoard('dongtoucun');
  expect(pages[0].community).toEqual({ id: 'dongtoucun', name: expect.stringContaining('东头村') });
  expect(pages[0].figures).toMatchObject({ month: expect.stringMatching(/^\d{4}-\d{2}$/), received: expect.any(Number) });
  expect(pages[0].figures!.received).toBeGreaterThan(0);
  expect(pages.slice(1).every((p) => p.figures === null)).toBe(true);
  expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort().reverse());
  expect(new Set(items.map((i) => `${i.kind}:${i.id}`)).size).toBe(items.length);
  expect(items.find((i) => i.kind === 'wish')).toMatchObject({ title: '想要一台收音机听戏曲', beneficiary: expect.stringContaining('独居老人'), claimer: '社区党员' });
  expect(items.find((i) => i.kind === 'topic')).toMatchObject({ title: '小区雨水井经常堵塞', adopted: true, outcome: expect.stringContaining('雨水井已疏通'), rating: 4.7, ratings: 3 });
  const orders = items.filter((i) => i.kind === 'order');
  expect(orders.every((o) => o.days >= 1 && o.category && o.grid)).toBe(true);
  expect(orders.some((o) => o.comment === '服务很周到，谢谢！')).toBe(true);
});

test('hidden items and unapproved comments stay off the board, also when asked for by id', async () => {
  const staff = await host.as('demo-staff');
  const review = await staff.ok('board.review', { communityId: 'dongtoucun', limit: 50 });
  const hidden = review.items.find((i) => i.hidden)!;
  expect(hidden).toBeDefined();
  const { items } = await wholeBoard('dongtoucun');
  expect(items.map((i) => i.id)).not.toContain(hidden.id);
  expect((await board('dongtoucun', { item: { kind: hidden.kind, id: hidden.id } })).items).toEqual([]);

  // The demo's own rated order: its comment names a member, and staff never approved it.
  const unapproved = review.items.find((i) => i.kind === 'order' && i.pendingComment && !i.commentApproved && !i.hidden)!;
  expect(unapproved).toBeDefined();
  const shown = await board('dongtoucun', { item: { kind: 'order', id: unapproved.id } });
  expect(shown.items).toEqual([expect.objectContaining({ id: unapproved.id, comment: null })]);
  expect(JSON.stringify(shown)).not.toContain(unapproved.pendingComment!);

  // Staff show it again: it is back, for everyone.
  await staff.ok('board.hide', { communityId: 'dongtoucun', kind: hidden.kind, id: hidden.id, hidden: false });
  expect((await board('dongtoucun', { item: { kind: hidden.kind, id: hidden.id } })).items).toHaveLength(1);
  await staff.ok('board.hide', { communityId: 'dongtoucun', kind: hidden.kind, id: hidden.id, hidden: true });
});

test('an approved comment with a phone or door number in it shows without them', async () => {
  const [row] = await host.store.db.query<{ id: string; openid: string }>(
    `SELECT o.id, u.openid FROM orders o JOIN users u ON u.id = o.resident_id WHERE o.status = 'awaiting_rating' AND o.community_id = 'dongtoucun' LIMIT 1`,
  );
  const resident = await host.as(row.openid);
  await resident.ok('order.confirm', { orderId: row.id, stars: 5, comment: '很满意，下次还找你们，电话13912345678，我住5栋302室，座机0519-88881234' });
  const staff = await host.as('demo-staff');
  expect(await anonymous('board.approveComment', { orderId: row.id, approved: true })).toMatchObject({ code: 'AUTH.REQUIRED' });
  await staff.ok('board.approveComment', { orderId: row.id, approved: true });
  const [item] = (await board('dongtoucun', { item: { kind: 'order', id: row.id } })).items;
  expect(item).toMatchObject({ kind: 'order', stars: 5, comment: expect.stringContaining('很满意') });
  const comment = (item as { comment: string }).comment;
  for (const p of [/1[3-9]\d{9}/, /\d+室/, /0\d{2,3}-?\d{7,8}/, /302/]) expect(comment).not.toMatch(p);
});

test('a community that does not exist, or a cursor nobody wrote, gets a typed error', async () => {
  expect(await anonymous('board.get', { communityId: 'nowhere' })).toMatchObject({ code: 'COMMUNITY.NOT_FOUND', message: '未找到该社区' });
  expect(await anonymous('board.get', { communityId: 'dongtoucun', cursor: 'garbage' })).toMatchObject({ code: 'INPUT.INVALID' });
  expect(await anonymous('board.review', { communityId: 'dongtoucun' })).toMatchObject({ code: 'AUTH.REQUIRED' });
});

test('the plain link /board/<community> opens the board page of the H5 app', async () => {
  const res = await fetch(`${host.url}/board/dongtoucun`, { redirect: 'manual' });
  expect(res.status).toBe(302);
  expect(res.headers.get('location')).toBe('/#/board/view/index?c=dongtoucun');
  expect((await fetch(`${host.url}/board/a%22b`, { redirect: 'manual' })).status).not.toBe(302);
});
