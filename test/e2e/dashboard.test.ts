/**
 * The dashboards in real Chromium on the H5 build, on the demo street's history: staff open 数据看板 from 我的, see
 * the figures and the category chart, and tap a bar to the queue filtered by that category; street staff compare
 * their communities ranked and open one community's board.
 */
import type { Page } from 'playwright-core';
import { foldStats } from '../../cloud/jobs/stats.fold';
import { describeInChromium, startWorld, type World } from './harness';

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

describeInChromium('the dashboards in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    // The figures come from aggregates the host's timer keeps; fold the demo orders now rather than wait for it.
    await foldStats(w.host.store, new Date(), { maxBatches: 1000 });
  }, 300_000);
  afterAll(() => w?.stop());

  test('staff: 我的 → 数据看板 → 本年 → a category bar → the queue filtered by it', async () => {
    const staff = await w.person('demo-staff');
    await staff.evaluate(() => (location.hash = '#/pages/mine/index'));
    await staff.locator('.mine__row:visible', { hasText: '数据看板' }).click();
    await staff.waitForURL(/dash\/board/);
    await byId(staff, 'period-year').click();
    await staff.locator('[data-testid="dash-span"]', { hasText: /1月1日 – 12月31日 收到的需求$/ }).waitFor();
    expect(Number((await byId(staff, 'figure-received').textContent())!.replace(/\D+/g, ' ').trim().split(' ')[0])).toBeGreaterThan(0);
    expect(await byId(staff, 'figure-satisfaction').textContent()).toMatch(/满意率\d+\.\d%/);
    await w.shot(staff, 'dashboard-01-community');

    const bar = staff.locator('[data-testid="chart-category"] [data-testid="bar"]').first();
    const category = (await bar.locator('.dash__bar-label').textContent())!;
    await bar.click();
    await staff.waitForURL(/staff\/queue/);
    await settle(staff);
    expect(await byId(staff, 'filter-category').textContent()).toContain(category);
  });

  test('street: every community ranked side by side, and one community opened from it', async () => {
    const street = await w.person('demo-street');
    await street.evaluate(() => (location.hash = '#/dash/board/index'));
    await byId(street, 'period-year').click();
    await street.locator('[data-testid="dash-span"]', { hasText: /1月1日 – 12月31日 收到的需求$/ }).waitFor();
    const rows = street.locator('[data-testid="table-communities"] [data-testid="table-row"]');
    await rows.nth(1).waitFor();
    const texts = await rows.allTextContents();
    expect(texts.map((t) => t.match(/第\d名/)?.[0])).toEqual(['第1名', '第2名']);
    expect(texts.join()).toContain('东头村社区');
    expect(texts.join()).toContain('西瀛里社区');
    await w.shot(street, 'dashboard-02-street');

    await street.locator('[data-testid="table-communities"] .dash__row-link', { hasText: '西瀛里社区' }).click();
    await street.waitForURL(/communityId=/);
    await street.locator('[data-testid="dash-title"]:visible', { hasText: '西瀛里社区数据看板' }).waitFor();
    await byId(street, 'table-member').waitFor();
  });
});
