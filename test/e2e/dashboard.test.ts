/**
 * The dashboards in real Chromium on the H5 build, on the demo street's history: staff open 数据看板 from 我的, see
 * the figures and the category chart drawn, and tap a bar in it to the queue filtered by that category; street staff
 * compare their communities ranked, in the ranking chart too, and open one community's board.
 */
import type { Page } from 'playwright-core';
import { foldStats } from '../../cloud/jobs/stats.fold';
import { join } from 'node:path';
import { ARTIFACTS, describeInChromium, startWorld, type World } from './harness';

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

/** The theme's red (#c8161d), the bars' fill. */
const RED = [200, 22, 29];

/**
 * What a chart's canvas holds: its size in device and CSS pixels, how many pixels are not white, and where (CSS
 * pixels from its top left) the first pixel of the bars' red is, reading rows from the top: the tallest bar's top.
 */
function canvasInk(page: Page, chart: string) {
  return page.locator(`[data-testid="${chart}"] canvas`).first().evaluate((c: HTMLCanvasElement, red: number[]) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let [ink, first] = [0, -1];
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) ink++;
      if (first < 0 && d[i] === red[0] && d[i + 1] === red[1] && d[i + 2] === red[2]) first = i / 4;
    }
    const cssWidth = c.getBoundingClientRect().width;
    const scale = c.width / cssWidth;
    const at = first < 0 ? null : { x: (first % c.width) / scale, y: Math.floor(first / c.width) / scale };
    return { width: c.width, cssWidth, ink, share: ink / (c.width * c.height), at };
  }, RED);
}

describeInChromium('the dashboards in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    // The figures come from aggregates the host's timer keeps; fold the demo orders now rather than wait for it.
    await foldStats(w.host.store, new Date(), { maxBatches: 1000 });
  }, 300_000);
  afterAll(() => w?.stop());

  test('staff: 我的 → 数据看板 → 本年 → a category bar → the queue filtered by it', async () => {
    const staff = await w.person('demo-staff', { deviceScaleFactor: 2 });
    await staff.evaluate(() => (location.hash = '#/pages/mine/index'));
    await staff.locator('.mine__row:visible', { hasText: '数据看板' }).click();
    await staff.waitForURL(/dash\/board/);
    await byId(staff, 'period-year').click();
    await staff.locator('[data-testid="dash-span"]', { hasText: /1月1日 – 12月31日 收到的需求$/ }).waitFor();
    expect(Number((await byId(staff, 'figure-received').textContent())!.replace(/\D+/g, ' ').trim().split(' ')[0])).toBeGreaterThan(0);
    expect(await byId(staff, 'figure-satisfaction').textContent()).toMatch(/满意率\d+\.\d%/);
    await w.shot(staff, 'dashboard-01-community');

    // The category chart is drawn at the device's pixel ratio, named for screen readers with its figures.
    const chart = byId(staff, 'chart-category');
    const drawn = await canvasInk(staff, 'chart-category');
    expect(drawn.width).toBe(Math.round(drawn.cssWidth * 2)); // a phone of pixel ratio 2
    expect(drawn.share).toBeGreaterThan(0.01);
    expect(drawn.at).not.toBeNull();
    const first = (await chart.locator('[data-testid="bar"] .dash__bar-label').first().textContent())!;
    await chart.screenshot({ path: join(ARTIFACTS, 'dashboard-01-category-chart.png') });
    expect(await chart.locator('[role="img"]').getAttribute('aria-label')).toMatch(new RegExp(`^各类别受理数：${first} \\d+`));

    // The tallest bar is the first category (most received); tapping it in the drawing opens the queue filtered by it.
    await chart.locator('canvas').first().click({ position: { x: drawn.at!.x + 2, y: drawn.at!.y + 4 } });
    await staff.waitForURL(/staff\/queue/);
    await settle(staff);
    expect(await byId(staff, 'filter-category').textContent()).toContain(first);
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
    await settle(street); // still drawn once the page has rendered again
    const ranking = await canvasInk(street, 'chart-ranking');
    await byId(street, 'chart-ranking').screenshot({ path: join(ARTIFACTS, 'dashboard-02-ranking-chart.png') });
    expect(ranking.share).toBeGreaterThan(0.01);
    expect(await street.locator('[data-testid="chart-ranking"] [role="img"]').getAttribute('aria-label')).toMatch(/^各社区综合得分排名.*：1\. \S+社区 [\d.—]+，2\. \S+社区/);
    await w.shot(street, 'dashboard-02-street');

    await street.locator('[data-testid="table-communities"] .dash__row-link', { hasText: '西瀛里社区' }).click();
    await street.waitForURL(/communityId=/);
    await street.locator('[data-testid="dash-title"]:visible', { hasText: '西瀛里社区数据看板' }).waitFor();
    await byId(street, 'table-member').waitFor();
  });
});
