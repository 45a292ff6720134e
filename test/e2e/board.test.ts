/**
 * The 晒 board in real Chromium on the H5 build: a visitor who never signed in opens the board's plain link and sees
 * finished work and the month's figures (and is not sent to the login page); staff open 晒板管理 from the home page,
 * hide an item, and it is gone from the visitor's board.
 */
import type { Page } from 'playwright-core';
import { foldStats } from '../../cloud/jobs/stats.fold';
import { describeInChromium, startWorld, type World } from './harness';

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

describeInChromium('the 晒 board in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    await foldStats(w.host.store, new Date(), { maxBatches: 1000 });
  }, 300_000);
  afterAll(() => w?.stop());

  async function visitor(): Promise<Page> {
    const page = await w.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${w.host.url}/#/board/view/index?c=dongtoucun`);
    await byId(page, 'board-item').first().waitFor({ timeout: 15_000 });
    return page;
  }

  test('a visitor who never signed in reads the board at its plain link: finished work and the month’s figures', async () => {
    const page = await visitor();
    await page.waitForTimeout(1000);
    expect(page.url()).toContain('/board/view/index');
    expect(await page.evaluate(() => localStorage.getItem('sandan.token'))).toBeNull();
    expect(await byId(page, 'board-community').textContent()).toContain('东头村');
    const figures = (await byId(page, 'board-figures').textContent())!;
    expect(figures).toMatch(/\d+ 件本月受理/);
    expect(figures).toContain('满意率');
    const kinds = await byId(page, 'board-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(new Set(kinds)).toEqual(new Set(['order', 'wish', 'topic']));
    const text = (await page.locator('.board-list').textContent())!;
    expect(text).toContain('天办结');
    expect(text).toContain('想要一台收音机听戏曲');
    expect(text).toContain('小区雨水井经常堵塞');
    expect(text).not.toMatch(/1[3-9]\d{9}|\d+室|王秀英|张建国|张师傅/);
    await w.shot(page, 'board-01-visitor');
    await page.close();
  });

  test('staff hide an item from 晒板管理 and the visitor no longer sees it', async () => {
    const staff = await w.person('demo-staff');
    await byId(staff, 'home-board-manage').click();
    await staff.waitForURL(/board\/manage/);
    const card = staff.locator('[data-testid="board-item"][data-kind="order"]:visible').first();
    await card.waitFor();
    const id = (await card.getAttribute('data-id'))!;
    const before = await visitor();
    expect(await before.locator(`[data-testid="board-item"][data-id="${id}"]`).count()).toBe(1);
    await before.close();

    await card.locator('[data-testid="board-hide"]').click();
    await card.locator('text=已隐藏').first().waitFor();
    await w.shot(staff, 'board-02-manage');

    const after = await visitor();
    await after.waitForTimeout(500);
    expect(await after.locator(`[data-testid="board-item"][data-id="${id}"]`).count()).toBe(0);
    await after.close();
  });
});
