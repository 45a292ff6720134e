/**
 * A 网格员's day in real Chromium on the H5 build: their home shows 我的网格; they open an elderly resident's record,
 * reveal the phone (logged), log a door visit in 民情日记 whose need becomes a 代点单 that shows as theirs; a member claims and completes it; the grid
 * worker records the resident's rating after a door visit (代评), and the order closes marked so.
 */
import type { Page } from 'playwright-core';
import { clientFor, login, photoOf } from '../factories';
import { describeInChromium, startWorld, type World } from './harness';

const C = 'dongtoucun';
const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first();
const button = (page: Page, text: string) => page.locator('.nut-button', { hasText: text }).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

describeInChromium('a grid worker in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('record → reveal → 民情日记 visit → 代点单 → a member does it → 代评 after a visit', async () => {
    const grid = await w.person('demo-grid');
    await byId(grid, 'my-grids').waitFor();
    expect(await byId(grid, 'my-grids').textContent()).toContain('第一网格');

    // 居民档案: only the records of their grid.
    await button(grid, '居民档案').click();
    await grid.waitForURL(/staff\/residents/);
    await byId(grid, 'resident-card').waitFor();
    const names = await grid.locator('[data-testid="resident-card"] .residents__name').allTextContents();
    expect(names.sort()).toEqual(['吴德华', '周桂英', '郑小雨'].sort());
    await grid.locator('[data-testid="resident-card"]', { hasText: '周桂英' }).click();
    await grid.waitForURL(/staff\/resident\/index/);
    await byId(grid, 'resident-phone').waitFor();
    expect(await byId(grid, 'resident-phone').textContent()).toContain('139******01');
    await byId(grid, 'reveal-phone').click();
    await grid.locator('[data-testid="resident-phone"]', { hasText: '13961110001' }).waitFor();
    expect(await byId(grid, 'resident-audit').textContent()).toContain('查看完整号码');
    await w.shot(grid, 'grid-01-record');

    // 民情日记: she is due a visit; the grid worker logs a door visit with a need, and turns it into a 代点单.
    await grid.evaluate(() => (location.hash = '#/pages/mine/index'));
    await grid.getByText('民情日记').click();
    await grid.waitForURL(/staff\/visits\/index/);
    await grid.locator('[data-testid="due-card"]', { hasText: '周桂英' }).click();
    await grid.waitForURL(/staff\/visits\/diary/);
    await byId(grid, 'visit-new').click();
    await byId(grid, 'visit-form').waitFor();
    await byId(grid, 'visit-way-door').click();
    await field(grid, 'visit-found').fill('老人腿脚不便，厨房灯泡坏了');
    await field(grid, 'visit-needs').fill('帮忙换个灯泡');
    await byId(grid, 'visit-submit').click();
    await byId(grid, 'visit-submit-for').waitFor();
    await w.shot(grid, 'grid-02-visit');
    await byId(grid, 'visit-submit-for').click();
    await grid.waitForURL(/staff\/order-for/);
    await byId(grid, 'order-for-form').waitFor();
    expect(await field(grid, 'input-title').inputValue()).toBe('帮忙换个灯泡');
    await grid.locator('[data-testid="category-option"]').first().click();
    await byId(grid, 'order-for-submit').click();
    await grid.waitForURL(/order\/detail/);
    await settle(grid);
    const orderId = new URL(grid.url().replace('#', '')).searchParams.get('id')!;
    await byId(grid, 'placed-by').waitFor();
    expect(await byId(grid, 'placed-by').textContent()).toContain('代点单 · 网格员 钱丽');
    await w.shot(grid, 'grid-03-order-for');

    // The community dispatches it; a member claims and completes it (over the API: the loop test covers those pages).
    const as = async (openid: string) => clientFor(w.host.url, openid, await login(w.host.url, openid));
    await (await as('demo-staff')).ok('order.dispatch', { orderId, deadline: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    const member = await as('demo-member');
    await member.ok('order.claim', { orderId });
    const memberId = (await w.host.store.findUserByOpenid('demo-member'))!.id;
    await member.ok('order.complete', { orderId, note: '灯泡已换好', hours: 0.5, photos: [await photoOf(w.host.store, memberId)] });

    // 代评: after a door visit.
    await grid.reload();
    await grid.locator('.order[data-status="awaiting_rating"]').waitFor();
    await button(grid, '代居民评价').click();
    await grid.getByRole('radio', { name: '上门回访' }).click();
    await grid.getByRole('radio', { name: '4星' }).click();
    await grid.locator('.command-sheet__text--comment textarea').fill('老人说灯很亮，谢谢');
    await button(grid, '提交代评').click();
    await grid.locator('.order[data-status="closed"]').waitFor();
    expect(await byId(grid, 'rating').textContent()).toContain('代评 · 上门回访');
    const events = await grid.locator('[data-testid="timeline"] [data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(events.reverse()).toEqual(['submit', 'dispatch', 'claim', 'complete', 'rate_for']);
    await w.shot(grid, 'grid-04-rated-for');
    const order = await w.host.store.getOrder(orderId);
    expect(order).toMatchObject({ status: 'closed', placedBy: { name: '钱丽', role: 'grid_worker' }, rating: { stars: 4, proxy: { way: 'visit' } } });
    const [visit] = (await w.host.store.listVisits(order!.recordId!, { cursor: null, limit: 1 })).items;
    expect(visit).toMatchObject({ way: 'door', needs: '帮忙换个灯泡', orderId });
    expect(order!.recordId).toBe((await w.host.store.listResidentRecords({ communityId: C, name: '周桂英' }, { cursor: null, limit: 1 })).items[0].id);
  }, 240_000);
});
