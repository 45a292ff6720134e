/**
 * 先锋榜 in real Chromium on the H5 build: a resident opens it from 首页 and sees the members ranked, each with their
 * 三亮 card and never a phone, manual points apart; on their finished order the member who served it shows the same
 * card. Staff record a 第三方测评 on a finished order.
 */
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]:visible`).first();

describeInChromium('先锋榜 and 测评 in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('a resident: 首页 → 先锋榜 → 本年: members ranked with their 三亮 cards, manual points apart', async () => {
    const resident = await w.person('demo-resident');
    await resident.evaluate(() => (location.hash = '#/pages/index/index'));
    await byId(resident, 'home-leaderboard').click();
    await resident.waitForURL(/honor\/board/);
    await byId(resident, 'period-year').click();
    await resident.locator('[data-testid="board-title"]:visible', { hasText: /东头村社区 · \d{4}年 先锋榜/ }).waitFor();
    const entries = resident.locator('[data-testid="board-entry"]:visible');
    await entries.first().waitFor();
    const ranks = await entries.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rank'))));
    expect(ranks[0]).toBe(1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const first = entries.first();
    expect(await first.locator('[data-testid="pioneer-card"]').count()).toBe(1);
    const text = (await entries.allTextContents()).join('\n');
    for (const line of ['亮身份', '亮服务', '亮承诺', '党支部']) expect(text).toContain(line);
    expect(text).toMatch(/\d+ 分 · [\d.]+ 小时/);
    expect(text).toContain('家里水电有问题，随叫随到，修好为止');
    expect(text).not.toMatch(/1[3-9]\d{9}|\*{4}/);
    expect(await byId(resident, 'board-manual').textContent()).toContain('不计入排名');
    await w.shot(resident, 'honor-01-board');

    await byId(resident, 'reach-street').click();
    await resident.locator('[data-testid="board-title"]:visible', { hasText: '全街道' }).waitFor();
    await entries.first().waitFor();
  });

  test('the resident sees the 三亮 card of the member who served their order', async () => {
    const resident = await w.person('demo-resident');
    const me = (await w.host.store.findUserByOpenid('demo-resident'))!;
    const { items } = await w.host.store.listOrders({ kind: 'resident', residentId: me.id, statuses: ['closed'] }, { cursor: null, limit: 20 });
    const served = items.find((o) => o.holders.length === 1)!;
    await resident.evaluate((id) => (location.hash = `#/app/order/detail/index?id=${id}`), served.id);
    const cards = byId(resident, 'holder-cards');
    await cards.waitFor();
    expect(await cards.textContent()).toContain(served.holders[0].name);
    expect(await cards.textContent()).toContain('亮承诺');
  });

  test('staff: a finished order → 第三方测评 → saved, in the timeline', async () => {
    const staff = await w.person('demo-staff');
    const me = (await w.host.store.findUserByOpenid('demo-resident'))!;
    const { items } = await w.host.store.listOrders({ kind: 'resident', residentId: me.id, statuses: ['closed'] }, { cursor: null, limit: 20 });
    await staff.evaluate((id) => (location.hash = `#/app/order/detail/index?id=${id}`), items[0].id);
    await staff.locator('[data-command="survey"]:visible').click();
    await staff.getByRole('radio', { name: '已接通' }).click();
    await staff.getByRole('radio', { name: '4星' }).click();
    await staff.locator('.command-sheet__text--note textarea').fill('老人说问题已解决');
    await staff.locator('.command-sheet .nut-button', { hasText: '保存测评' }).click();
    await staff.locator('.order:visible', { hasText: '测评·满意（4星）：老人说问题已解决' }).waitFor();
  });
});
