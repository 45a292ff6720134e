/**
 * The department rung in real Chromium on the H5 build, against the demo street: street staff send the escalated
 * 下水道 order on to 城管中队 (转派职能部门) with a deadline and a note, the department's staff find it in 部门待办 and
 * resolve it (部门办结), and the resident sees it 待评价.
 */
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const button = (page: Page, text: string) => page.locator('.nut-button', { hasText: text }).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

async function openPage(page: Page, url: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), url);
  await settle(page);
}

describeInChromium('the department rung in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('the street sends an escalated order to 城管中队, whose staff resolve it; the resident sees it 待评价', async () => {
    const queue = await w.host.store.listOrders({ kind: 'queue', communityId: 'dongtoucun', tab: 'escalated', now: new Date() }, { cursor: null, limit: 50 });
    const id = queue.items.find((o) => o.title === '小区门口下水道堵塞')!.id;

    const street = await w.person('demo-street');
    await openPage(street, `#/app/order/detail/index?id=${id}`);
    await street.locator('.order[data-status="escalated"]').waitFor();
    await button(street, '转派职能部门').click();
    await street.locator('[data-testid="to_department-department"] .chip', { hasText: '城管中队' }).click();
    await street.locator('.command-sheet__text--note textarea').fill('市政管网堵塞，请城管中队协调疏通');
    await w.shot(street, 'departments-01-send');
    await button(street, '确认转派').click();
    await street.getByText('已转派职能部门').first().waitFor();
    expect((await w.host.store.getOrder(id))!.department).toMatchObject({ name: '城管中队', outcome: null });

    const dept = await w.person('demo-dept');
    await openPage(dept, '#/dept/queue/index');
    const card = dept.locator(`[data-testid="order-card"][data-order-id="${id}"]`);
    await card.waitFor();
    await w.shot(dept, 'departments-02-queue');
    await card.locator('.order-card__body').click();
    await dept.locator('.order[data-status="escalated"]').waitFor();
    await button(dept, '部门办结').click();
    await dept.locator('.command-sheet__text--note textarea').fill('已协调市政疏通管网，积水已排除');
    await button(dept, '确认办结').click();
    await dept.getByText('已办结，等待居民评价').first().waitFor();
    await w.shot(dept, 'departments-03-resolved');

    const resident = await w.person('demo-resident');
    await openPage(resident, `#/app/order/detail/index?id=${id}`);
    await resident.locator('.order[data-status="awaiting_rating"]').waitFor();
    await resident.getByText('部门办结').first().waitFor();
    await w.shot(resident, 'departments-04-resident');
  });
});
