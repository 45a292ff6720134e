/**
 * Staff steering stuck work in real Chromium on the H5 build, against the demo street: the queue marks the urged
 * assignment 已督办, staff 改派 it to a member chosen by their load, 收回 one member of the team order, and the
 * resident sees the extension (延期) in the timeline.
 */
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const button = (page: Page, text: string) => page.locator('.nut-button', { hasText: text }).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

async function openPage(page: Page, url: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), url);
  await settle(page);
}

describeInChromium('steering in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  /** The demo order with this title, as stored. */
  async function demoOrder(tab: 'assigned' | 'in_progress', title: string): Promise<string> {
    const page = await w.host.store.listOrders({ kind: 'queue', communityId: 'dongtoucun', tab, now: new Date() }, { cursor: null, limit: 50 });
    return page.items.find((o) => o.title === title)!.id;
  }

  test('已督办 on the queue → 改派 by load; 收回 one of a team; the resident sees 延期', async () => {
    const staff = await w.person('demo-staff');
    const tv = await demoOrder('assigned', '电视机没有信号');

    // The queue marks the urged assignment.
    await openPage(staff, '#/app/staff/queue/index?tab=dispatched');
    const card = staff.locator(`[data-testid="order-card"][data-order-id="${tv}"]`);
    await card.waitFor();
    expect(await card.locator('[data-testid="urged"]').textContent()).toBe('已督办');
    await w.shot(staff, 'steering-01-queue-urged');

    // 改派: the picker shows each member's load; 陈静 takes it over.
    await openPage(staff, `#/app/order/detail/index?id=${tv}`);
    await staff.locator('.order[data-status="assigned"]').waitFor();
    await byId(staff, 'urged').waitFor();
    await button(staff, '改派').click();
    const chen = staff.locator('[data-testid="member-option"]', { hasText: '陈静' });
    await chen.waitFor();
    const chenId = (await w.host.store.findUserByOpenid('demo-member-2'))!.id;
    const [load] = await w.host.store.memberWorkload([chenId]);
    expect(await chen.locator('[data-testid="member-load"]').textContent()).toMatch(new RegExp(`^在办${load.activeOrders}件 · 最近活动`));
    await w.shot(staff, 'steering-02-reassign-picker');
    await chen.click();
    await button(staff, '确认改派').click();
    await staff.getByText('已改派，等待党员接受').first().waitFor();
    const moved = await w.host.store.getOrder(tv);
    expect(moved).toMatchObject({ status: 'assigned', urgedAt: null });
    expect(moved!.assigneeId).toBe((await w.host.store.findUserByOpenid('demo-member-2'))!.id);

    // 收回 one member of the team order: the one who has reported nothing.
    const busy = await demoOrder('in_progress', '陪同去医院复查');
    await openPage(staff, `#/app/order/detail/index?id=${busy}`);
    await staff.locator('.order[data-status="in_progress"]').waitFor();
    await button(staff, '收回').click();
    await byId(staff, 'recall-holder').locator('text=张建国').click();
    await staff.locator('.command-sheet__text--reason textarea').fill('多次联系不上，改由其他党员认领');
    await w.shot(staff, 'steering-03-recall');
    await button(staff, '确认收回').click();
    await staff.locator('.order[data-status="open"]').waitFor();
    expect((await w.host.store.getOrder(busy))!.holders.map((h) => h.name)).toEqual(['陈静']);

    // The resident sees the extension in the timeline, with its reason.
    const resident = await w.person('demo-resident');
    await openPage(resident, `#/app/order/detail/index?id=${busy}`);
    const step = resident.locator('[data-testid="timeline"] [data-event="extend"]');
    await step.waitFor();
    expect(await step.textContent()).toContain('医院复查改到下周一，陪同时间顺延');
    await w.shot(resident, 'steering-04-resident-extension');
  });
});
