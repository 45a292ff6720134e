/**
 * 三本帐 over HTTP on the local host: export.create writes a real .xlsx (read back here with exceljs), its rows and
 * headers in Chinese, contact data as the viewer may see it; the file is listed and downloadable only by whoever may
 * create it; bad periods and kinds are refused in Chinese.
 */
import ExcelJS from 'exceljs';
import { EXPORT_PAGE } from '../../cloud/exports/workbook';
import { newOrder } from '../../cloud/domain/order.create';
import { inDays, makePerson, resetStore, startTestHost, submission, testPlaces, type Client, type TestHost } from '../factories';
import { makeWorld, type World } from '../scenarios';

let host: TestHost;
let w: World;
let staff2: Client;
let street2: Client;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  w = await makeWorld(host);
  await makePerson(host.store, 'staff2', 'staff', 'c2');
  await makePerson(host.store, 'street2', 'street', 'c3');
  [staff2, street2] = await Promise.all([host.as('staff2'), host.as('street2')]);
});

const period = { from: inDays(-1), to: inDays(1) };
const c1 = { communityId: 'c1' };

/** Downloads an export through export.url as `who`, and opens it. */
async function open(who: Client, fileId: string): Promise<ExcelJS.Workbook> {
  const { url } = await who.ok('export.url', { fileId });
  const res = await fetch(host.url + url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return book;
}

/** A sheet's rows as objects keyed by its (Chinese) headers. */
function table(sheet: ExcelJS.Worksheet): { headers: string[]; rows: Record<string, unknown>[] } {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])));
  });
  return { headers, rows };
}

test('问题帐: every order of the period in a real xlsx, contact in full for the community’s staff', async () => {
  const closed = await w.orderAt('closed');
  const submitted = await w.orderAt('submitted');
  const out = await w.staff.ok('export.create', { scope: c1, kind: 'problems', ...period });
  expect(out).toMatchObject({ rows: 2, name: expect.stringMatching(/^一号社区-问题帐-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}\.xlsx$/) });
  const { headers, rows } = table((await open(w.staff, out.fileId)).getWorksheet('问题帐')!);
  expect(headers).toEqual(['编号', '社区', '提出时间', '提出人', '联系电话', '地址', '需求', '类别', '网格', '紧急程度', '状态', '受理时限', '办结时限', '办结时间', '是否按时', '办理党员', '服务问答']);
  expect(rows.map((r) => r['编号'])).toEqual([closed, submitted]);
  expect(rows[0]).toMatchObject({ 社区: '一号社区', 提出人: '王阿姨', 联系电话: '13912345678', 地址: '3栋 2单元 501', 状态: '已办结', 紧急程度: '一般', 是否按时: '按时办结', 办理党员: '党员member', 网格: '第1网格' });
  expect(rows[1]).toMatchObject({ 状态: '待受理', 是否按时: '' });
});

test('问题帐 writes each order’s answers under its category’s question labels', async () => {
  const category = {
    group: '生活服务', name: '管道疏通', basePoints: 6,
    fields: [
      { key: 'spot', label: '哪里漏水', type: 'single' as const, required: true, choices: ['厨房', '卫生间'] },
      { key: 'rooms', label: '涉及房间', type: 'multi' as const, required: false, choices: ['客厅', '卧室'] },
      { key: 'count', label: '几处', type: 'number' as const, required: false },
    ],
  };
  const saved = await w.staff.ok('menu.saveCategory', { communityId: 'c1', category });
  const order = await w.resident.ok('order.submit', { ...submission('pipes'), categoryId: saved.id, answers: { rooms: ['客厅', '卧室'], spot: '厨房', count: 2 } });
  const plain = await w.orderAt('submitted');
  const out = await w.staff.ok('export.create', { scope: c1, kind: 'problems', ...period });
  const byId = Object.fromEntries(table((await open(w.staff, out.fileId)).getWorksheet('问题帐')!).rows.map((r) => [r['编号'], r]));
  expect(byId[order.id]).toMatchObject({ 类别: '管道疏通', 服务问答: '哪里漏水：厨房；涉及房间：客厅、卧室；几处：2' });
  expect(byId[plain]).toMatchObject({ 服务问答: '' });
});

test('the street’s export masks contact data except on orders escalated to it', async () => {
  const escalated = await w.orderAt('escalated');
  const open_ = await w.orderAt('open');
  await makePerson(host.store, 'res2', 'resident', 'c2');
  const inC2 = await (await host.as('res2')).ok('order.submit', submission('c2', { communityId: 'c2', categoryId: 'c2-k1', gridId: 'c2-g1' }));
  const out = await w.street.ok('export.create', { scope: { streetId: 'st1' }, kind: 'problems', ...period });
  expect(out.name).toMatch(/^全街道-问题帐-/);
  const { rows } = table((await open(w.street, out.fileId)).getWorksheet('问题帐')!);
  const byId = Object.fromEntries(rows.map((r) => [r['编号'], r]));
  expect(Object.keys(byId).sort()).toEqual([escalated, open_, inC2.id].sort());
  expect(byId[inC2.id]).toMatchObject({ 社区: '二号社区', 联系电话: '139******78' });
  expect(byId[escalated]).toMatchObject({ 提出人: '王阿姨', 联系电话: '13912345678', 地址: '3栋 2单元 501' });
  expect(byId[open_]).toMatchObject({ 提出人: '王**', 联系电话: '139******78', 地址: '3栋（门牌号已隐藏）' });
  // No full phone anywhere but on the escalated order's row.
  for (const r of rows.filter((x) => x['编号'] !== escalated)) expect(JSON.stringify(r)).not.toContain('13912345678');
});

test('办法帐 lists each step with who, when, what and the note; 民意帐 ratings, 回访, 测评 and 未解决 reasons', async () => {
  const closed = await w.orderAt('closed');
  await w.staff.ok('order.visit', { orderId: closed, note: '电话回访，居民很满意', satisfied: true });
  await w.admin.ok('survey.record', { orderId: closed, reached: true, stars: 4, note: '第三方电话测评' });
  const reopened = await w.orderAt('awaiting_rating');
  await w.resident.ok('order.reopen', { orderId: reopened, reason: '水管还是漏水' });
  await w.orderAt('submitted');

  const steps = await w.staff.ok('export.create', { scope: c1, kind: 'steps', ...period });
  const s = table((await open(w.staff, steps.fileId)).getWorksheet('办法帐')!);
  expect(s.headers).toEqual(['需求编号', '社区', '需求', '时间', '办理人', '办理事项', '办理后状态', '说明']);
  const closedSteps = s.rows.filter((r) => r['需求编号'] === closed);
  expect(closedSteps.map((r) => r['办理事项'])).toEqual(['群众点单', '党组织下单', '党员接单', '报告完成', '居民评价', '记录回访', '第三方测评']);
  expect(closedSteps[3]).toMatchObject({ 办理人: '党员 党员member', 说明: '已完成', 办理后状态: '待评价' });
  expect(closedSteps[0]).toMatchObject({ 办理人: '居民 resident' });
  expect(steps.rows).toBe(s.rows.length);

  const opinions = await w.staff.ok('export.create', { scope: c1, kind: 'opinions', ...period });
  const o = table((await open(w.staff, opinions.fileId)).getWorksheet('民意帐')!);
  expect(o.rows.map((r) => r['需求编号'])).toEqual([closed, reopened]);
  expect(o.rows[0]).toMatchObject({ 评价方式: '居民评价', 星级: 5, 满意: '满意', 回访结果: expect.stringContaining('满意：电话回访，居民很满意') });
  expect(o.rows[0]['第三方测评']).toContain('测评·满意（4星）：第三方电话测评');
  expect(o.rows[1]).toMatchObject({ 评价方式: '未评价', 未解决原因: expect.stringContaining('水管还是漏水') });
});

test('members’ hours and points: verified awards apart from manual entries, with totals per member', async () => {
  await w.orderAt('closed');
  await w.staff.ok('ledger.addManual', { communityId: 'c1', memberId: w.ids.member, points: 5, hours: 2, reason: '参加社区义务劳动' });
  const out = await w.staff.ok('export.create', { scope: c1, kind: 'hours', ...period });
  const book = await open(w.staff, out.fileId);
  const entries = table(book.getWorksheet('服务时长与积分')!);
  expect(out.rows).toBe(2);
  expect(entries.rows.map((r) => [r['党员'], r['类型'], r['积分'], r['时长（小时）']])).toEqual([
    ['党员member', '核实（办结需求）', expect.any(Number), 1],
    ['党员member', '手动补录', 5, 2],
  ]);
  expect(entries.rows[1]).toMatchObject({ 原因: '参加社区义务劳动', 录入人: 'staff' });
  const verified = entries.rows[0]['积分'] as number;
  expect(table(book.getWorksheet('汇总')!).rows).toEqual([
    { 社区: '一号社区', 党员: '党员member', 核实积分: verified, '核实时长（小时）': 1, 手动积分: 5, '手动时长（小时）': 2, 合计积分: verified + 5, '合计时长（小时）': 3 },
  ]);
});

test('a long export is read in pages and its record shows the rows written; an empty period is a valid empty file', async () => {
  const places = testPlaces();
  const community = places.communities[0];
  const category = places.categories.find((c) => c.id === 'c1-k1');
  const base = Date.now() - 3_600_000;
  const n = EXPORT_PAGE * 2 + 7;
  for (let i = 0; i < n; i++) {
    const order = newOrder(
      {
        id: `bulk-${String(i).padStart(4, '0')}`, residentId: w.ids.resident, category, community, gridId: 'c1-g1', gridIds: ['c1-g1'],
        title: `批量 ${i}`, description: '', photos: [], address: null, preferredTime: null, contactName: '李大爷', contactPhone: '13800000000', urgency: 'normal',
      },
      new Date(base + i * 1000),
    );
    await host.store.createOrder(order, `bulk-${i}`);
  }
  const saved = jest.spyOn(host.store, 'saveExport');
  const out = await w.staff.ok('export.create', { scope: c1, kind: 'problems', ...period });
  expect(out.rows).toBe(n);
  // Progress after each page, as export.list shows it while the file is written.
  expect(saved.mock.calls.map(([r]) => [r.state, r.rows])).toEqual([
    ['running', 0], ['running', EXPORT_PAGE], ['running', 2 * EXPORT_PAGE], ['running', n], ['done', n],
  ]);
  saved.mockRestore();
  expect(table((await open(w.staff, out.fileId)).getWorksheet('问题帐')!).rows).toHaveLength(n);
  const [record] = await w.staff.ok('export.list', { scope: c1 });
  expect(record).toMatchObject({ kind: 'problems', state: 'done', rows: n, fileId: out.fileId, name: out.name, byName: 'staff' });

  const empty = await w.staff.ok('export.create', { scope: c1, kind: 'opinions', from: inDays(-400), to: inDays(-399) });
  expect(empty.rows).toBe(0);
  const sheet = (await open(w.staff, empty.fileId)).getWorksheet('民意帐')!;
  expect(table(sheet)).toEqual({ headers: expect.arrayContaining(['星级', '回访结果']), rows: [] });
});

test('only the community’s staff or its street may create, list or download; a URL works only as signed', async () => {
  await w.orderAt('submitted');
  const out = await w.staff.ok('export.create', { scope: c1, kind: 'problems', ...period });
  for (const who of [staff2, street2, w.member, w.resident, w.newcomer]) {
    expect(await who.call('export.create', { scope: c1, kind: 'problems', ...period })).toMatchObject({ code: 'AUTH.FORBIDDEN', message: '您没有权限进行此操作' });
    expect(await who.call('export.list', { scope: c1 })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await who.call('export.url', { fileId: out.fileId })).toMatchObject({ code: 'EXPORT.NOT_FOUND', message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
  }
  expect(await street2.call('export.create', { scope: { streetId: 'st1' }, kind: 'hours', ...period })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  // The street above c1 may read it too.
  await open(w.street, out.fileId);
  const { url } = await w.staff.ok('export.url', { fileId: out.fileId });
  const bare = url.split('?')[0];
  expect((await fetch(host.url + bare)).status).toBe(403);
  expect((await fetch(host.url + url.replace(/sig=[^&]+/, 'sig=' + 'A'.repeat(43)))).status).toBe(403);
});

test('bad input: a period that ends before it starts, longer than 3 years, an unknown kind or scope', async () => {
  const ask = (data: Record<string, unknown>) => w.staff.call('export.create', { scope: c1, kind: 'problems', ...period, ...data });
  expect(await ask({ from: inDays(1), to: inDays(-1) })).toMatchObject({ code: 'EXPORT.PERIOD_INVALID', message: '导出时段有误：开始时间必须早于结束时间' });
  expect(await ask({ from: inDays(0), to: inDays(0) })).toMatchObject({ code: 'EXPORT.PERIOD_INVALID' });
  expect(await ask({ from: inDays(-4 * 366), to: inDays(0) })).toMatchObject({ code: 'EXPORT.PERIOD_TOO_LONG', message: '导出时段最长 3 年，请缩短后再导出' });
  expect(await ask({ kind: 'secrets' })).toMatchObject({ code: 'INPUT.INVALID', fields: { kind: '请选择要导出的台账' } });
  expect(await ask({ scope: {} })).toMatchObject({ code: 'INPUT.INVALID', message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
  expect(await ask({ from: '昨天' })).toMatchObject({ code: 'INPUT.INVALID', fields: { from: '开始时间格式不正确' } });
  expect(await w.staff.ok('export.list', { scope: c1 })).toEqual([]);
});

test('a run cut off mid-file is listed as not done once it cannot still be running', async () => {
  const run = (id: string, minutesAgo: number) => ({
    id, scopeKey: 'community:c1', kind: 'steps' as const, from: period.from, to: period.to, state: 'running' as const, rows: 400,
    name: `${id}.xlsx`, fileId: null, createdBy: w.ids.staff, at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  });
  await host.store.saveExport(run('cut-off', 20));
  await host.store.saveExport(run('going', 1));
  const list = await w.staff.ok('export.list', { scope: c1 });
  expect(list.map((e) => [e.id, e.state, e.rows])).toEqual([['going', 'running', 400], ['cut-off', 'failed', 400]]);
});
