/**
 * axe-core in Chromium on every page of every role, at ordinary text and at 大字模式 (×1.4): no serious or critical
 * violation anywhere. Each page is opened the way its users reach it, with real demo data behind it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { OrderQuery } from '../../cloud/store/store.port';
import { describeInChromium, startWorld, type World } from './harness';

const AXE = join(require.resolve('axe-core'), '..', 'axe.min.js');
const C = 'dongtoucun';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page shown now (pages below in Taro's stack are hidden and skipped by axe). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function firstOrder(w: World, query: OrderQuery): Promise<string> {
  const page = await w.host.store.listOrders(query, { cursor: null, limit: 1 });
  if (!page.items[0]) throw new Error(`the demo data has no order for ${JSON.stringify(query)}`);
  return page.items[0].id;
}

/** A record in the demo community, overdue, with one visit whose need can become a 代点单 (the diary's every part). */
async function diaryRecord(w: World): Promise<string> {
  const staff = (await w.host.store.findUserByOpenid('demo-staff'))!;
  const long = new Date(Date.now() - 40 * 86_400_000).toISOString();
  const record = await w.host.store.createResidentRecord({
    id: 'a11y-record', communityId: C, name: '周桂兰', phone: '13905190001', address: { building: '东头村5栋', unit: null, room: null },
    gridId: `${C}-g1`, tags: ['孤寡老人', '高龄'], linkedUserId: null, createdBy: staff.id, createdAt: long, updatedAt: long, version: 1,
  });
  await w.host.store.logVisit({
    id: 'a11y-visit', recordId: record.id, communityId: C, at: long, way: 'door', found: '老人腿脚不便', needs: '希望有人帮忙买菜', photos: [],
    loggedBy: staff.id, loggedAt: long, orderId: null, orderLinkedBy: null, orderLinkedAt: null,
  });
  return record.id;
}

describeInChromium('accessibility of every page (axe-core)', () => {
  let w: World;
  let pages: { who: string; name: string; hash: string; ready: string }[];

  beforeAll(async () => {
    w = await startWorld();
    const now = new Date();
    const submitted = await firstOrder(w, { kind: 'queue', communityId: C, tab: 'submitted', now });
    const open = await firstOrder(w, { kind: 'queue', communityId: C, tab: 'open', now });
    const closed = await firstOrder(w, { kind: 'queue', communityId: C, tab: 'closed', now });
    const escalated = await firstOrder(w, { kind: 'queue', communityId: C, tab: 'escalated', now });
    const resident = await w.host.store.findUserByOpenid('demo-resident');
    const own = await firstOrder(w, { kind: 'resident', residentId: resident!.id, statuses: ['awaiting_rating', 'in_progress', 'closed'] });
    // A team order with one part reported: its members' parts, 报告我的完成情况 and 代为结单.
    const busy = await w.host.store.listOrders({ kind: 'queue', communityId: C, tab: 'in_progress', now }, { cursor: null, limit: 20 });
    const team = busy.items.find((o) => o.headcount > 1 && o.holders.some((h) => h.part))?.id;
    if (!team) throw new Error('the demo data has no team order with a part reported');
    const [record] = (await w.host.store.listResidentRecords({ communityId: C, gridIds: [`${C}-g1`] }, { cursor: null, limit: 1 })).items;
    const residents = { name: '居民档案', hash: '#/app/staff/residents/index', ready: '[data-testid="resident-card"]' };
    const diary = await diaryRecord(w);
    const home = { name: '首页', hash: '#/pages/index/index', ready: '.home__greeting' };
    const wishes = (await w.host.store.listWishes({ kind: 'staff', communityId: C }, { cursor: null, limit: 50 })).items;
    const wishIn = (status: string) => wishes.find((x) => x.status === status)!.id;
    const wishPage = (status: string) => ({ name: `微心愿（${status}）`, hash: `#/app/wish/detail/index?id=${wishIn(status)}`, ready: '[data-testid="wish-page"]' });
    const wall = { name: '微心愿墙', hash: '#/app/wish/wall/index', ready: '[data-testid="wish-card"]' };
    const mine = { name: '我的', hash: '#/pages/mine/index', ready: '.mine__list' };
    const topics = (await w.host.store.listTopics({ communityId: C }, { cursor: null, limit: 50 })).items;
    const topicPage = (status: string) => ({ name: `议题（${status}）`, hash: `#/app/topic/detail/index?id=${topics.find((t) => t.status === status)!.id}`, ready: '[data-testid="topic-page"]' });
    const topicList = { name: '议事', hash: '#/app/topic/list/index', ready: '[data-testid="topic-card"]' };
    const detail = (id: string) => ({ name: '需求详情', hash: `#/app/order/detail/index?id=${id}`, ready: '.order' });
    pages = [
      ...[home, mine, { name: '我要点单', hash: '#/app/resident/submit/index', ready: '[data-testid="submit-button"]' },
        { name: '我的需求', hash: '#/app/resident/orders/index', ready: '.page-shell' },
        { name: '加入社区', hash: '#/app/resident/join/index', ready: '.page-shell' },
        { name: '消息中心', hash: '#/app/notice/list/index', ready: '.notices__bar' }, detail(own), wall,
        { name: '单位登记', hash: '#/app/wish/unit/index', ready: '[data-testid="unit-page"]' }, topicList, topicPage('collecting'),
        topicPage('published'), { name: '联名点题', hash: '#/app/topic/raise/index', ready: '[data-testid="topic-raise-form"]' },
        { name: '晒晒成绩单', hash: `#/board/view/index?c=${C}`, ready: '[data-testid="board-item"]' },
        { name: '先锋榜', hash: '#/honor/board/index', ready: '[data-testid="board-title"]' }].map((p) => ({ ...p, who: 'demo-resident' })),
      ...[home, { name: '接单大厅', hash: '#/app/member/pool/index', ready: '.page-shell' },
        { name: '我的任务', hash: '#/app/member/tasks/index', ready: '.page-shell' },
        { name: '我的积分', hash: '#/app/member/points/index', ready: '.page-shell' },
        { name: '党员报到', hash: '#/app/member/register/index', ready: '.page-shell' }, detail(open), wall, wishPage('open'),
        wishPage('claimed'),
        { ...detail(team), name: '需求详情（团队）' }].map((p) => ({ ...p, who: 'demo-member' })),
      ...[wall, wishPage('delivered')].map((p) => ({ ...p, who: 'demo-unit' })),
      { who: 'demo-member-pending', name: '党员报到（待审核）', hash: '#/app/member/register/index', ready: '.page-shell' },
      ...[home, { name: '待办', hash: '#/app/staff/queue/index?tab=submitted', ready: '[data-testid="order-card"]' },
        { name: '受理派单', hash: `#/app/staff/triage/index?id=${submitted}`, ready: '[data-testid="triage-form"]' },
        { name: '党员审核', hash: '#/app/staff/members/index', ready: '.page-shell' },
        residents,
        { name: '民情日记', hash: '#/app/staff/visits/index', ready: '[data-testid="due-card"]' },
        { name: '走访记录', hash: `#/app/staff/visits/diary/index?id=${diary}`, ready: '[data-testid="visit-card"]' },
        { name: '三本帐导出', hash: '#/app/staff/exports/index', ready: '[data-testid="export-create"]' },
        { name: '社区设置', hash: '#/app/staff/settings/index', ready: '[data-testid="settings-page"]' },
        { name: '服务菜单管理', hash: '#/manage/menu/index', ready: '[data-testid="category-row"]' },
        { name: '编辑服务', hash: `#/manage/category/index?id=${C}-c12`, ready: '[data-testid="field-editor"]' },
        { name: '网格管理', hash: '#/manage/grids/index', ready: '[data-testid="grid-row"]' },
        { name: '消息中心', hash: '#/app/notice/list/index', ready: '[data-testid="notice"]' },
        { name: '电脑登录', hash: '#/app/pc-code/index', ready: '[data-testid="pc-code"]' }, detail(closed),
        { ...detail(team), name: '需求详情（团队）' },
        { name: '社区数据看板', hash: '#/dash/board/index', ready: '[data-testid="table-member"]' },
        { name: '微心愿管理', hash: '#/app/wish/manage/index', ready: '[data-testid="wish-card"]' },
        { name: '发布微心愿', hash: '#/app/wish/post/index', ready: '[data-testid="wish-post"]' },
        { name: '单位审核', hash: '#/app/wish/units/index', ready: '[data-testid="unit-card"]' },
        wishPage('delivered'), wishPage('returned'), wishPage('realised'), topicList, topicPage('scheduled'),
        topicPage('decided'), { name: '晒板管理', hash: '#/board/manage/index', ready: '[data-testid="board-hide"]' },
        { name: '积分补录记录', hash: '#/honor/manual/index', ready: '.manual__head' }].map((p) => ({ ...p, who: 'demo-staff' })),

      ...[home, residents, { name: '我的网格待办', hash: '#/app/staff/queue/index?tab=submitted', ready: '[data-testid="order-card"]' },
        { name: '居民档案详情', hash: `#/app/staff/resident/index?id=${record.id}`, ready: '[data-testid="resident-record"]' },
        { name: '新建居民档案', hash: '#/app/staff/resident-new/index', ready: '[data-testid="resident-form"]' },
        { name: '代点单', hash: `#/app/staff/order-for/index?residentId=${record.id}`, ready: '[data-testid="order-for-form"]' }].map((p) => ({ ...p, who: 'demo-grid' })),
      ...[home, { name: '已上报', hash: '#/app/staff/queue/index?tab=escalated', ready: '[data-testid="order-card"]' }, detail(escalated),
        { name: '三本帐导出', hash: '#/app/staff/exports/index', ready: '[data-testid="export-create"]' },
        { name: '街道数据看板', hash: '#/dash/board/index', ready: '[data-testid="table-communities"]' },
        { name: '社区数据看板（街道）', hash: `#/dash/board/index?communityId=${C}`, ready: '[data-testid="table-member"]' },
        { name: '职能部门管理', hash: '#/dept/manage/index', ready: '[data-testid="dept-card"]' }].map((p) => ({
        ...p,
        who: 'demo-street',
      })),
      ...[{ ...home, ready: '[data-testid="home-dept-queue"]' }, { name: '部门待办', hash: '#/dept/queue/index', ready: '[data-testid="order-card"]' }].map((p) => ({
        ...p,
        who: 'demo-dept',
      })),
    ];
  }, 300_000);
  afterAll(() => w?.stop());

  test.each([1, 1.4])('no serious or critical violation on any page at ×%s text', async (scale) => {
    const found: string[] = [];
    const people = new Map<string, Page>();
    for (const p of pages) {
      let page = people.get(p.who);
      if (!page) {
        page = await w.person(p.who, scale > 1 ? { fontScale: scale } : {});
        people.set(p.who, page);
      }
      await page.evaluate((hash) => (location.hash = hash), p.hash);
      await page.waitForTimeout(400); // Taro's page transition
      await page.locator(`${p.ready}:visible`).first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300); // lists and skeletons settle
      for (const v of await seriousViolations(page)) found.push(`${p.who} · ${p.name}: ${v}`);
    }
    // The login page, before anyone signs in.
    const anon = await w.browser.newPage();
    await anon.goto(`${w.host.url}/#/pages/login/index`);
    await anon.locator('.nut-button').first().waitFor();
    for (const v of await seriousViolations(anon)) found.push(`登录: ${v}`);
    // The 晒 board, as a visitor who never signed in opens it (大字模式 is theirs to choose too).
    if (scale > 1) await anon.evaluate(() => localStorage.setItem('sandan.largeText', JSON.stringify('1')));
    await anon.goto(`${w.host.url}/#/board/view/index?c=${C}`);
    await anon.reload();
    await anon.locator('[data-testid="board-item"]:visible').first().waitFor({ timeout: 15_000 });
    await anon.waitForTimeout(300);
    for (const v of await seriousViolations(anon)) found.push(`晒晒成绩单（未登录）: ${v}`);
    await anon.close();
    expect(found).toEqual([]);
  }, 600_000);
});
