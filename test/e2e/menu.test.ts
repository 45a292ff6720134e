/**
 * A community runs its own menu, in real Chromium on the H5 build: staff add a service with a required choice
 * question (a choice question without options is refused beside it first); a resident picks it, sees the question,
 * is told to answer it, answers, and the building typed suggests the grid; staff read the answer on the order.
 */
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

describeInChromium('the service menu in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('staff add a service with a required question; a resident answers it; staff read the answer', async () => {
    // 服务菜单管理: from 我的.
    const staff = await w.person('demo-staff');
    await staff.evaluate(() => (location.hash = '#/pages/mine/index'));
    await settle(staff);
    await staff.getByText('服务菜单管理').click();
    await staff.waitForURL(/manage\/menu/);
    await byId(staff, 'category-row').waitFor();
    await byId(staff, 'category-new').click();
    await staff.waitForURL(/manage\/category/);
    await byId(staff, 'category-form').waitFor();
    await field(staff, 'input-name').fill('管道疏通');
    await field(staff, 'input-points').fill('6');
    await byId(staff, 'field-add').click();
    await field(staff, 'field-label').fill('哪里堵了');
    await byId(staff, 'field-required').click();
    await byId(staff, 'category-save').click();
    await byId(staff, 'field-error-fields.0.choices').waitFor();
    expect(await byId(staff, 'field-error-fields.0.choices').textContent()).toBe('单选或多选题请至少给出2个选项');
    await field(staff, 'field-choices').fill('厨房、卫生间');
    await w.shot(staff, 'menu-01-category');
    await byId(staff, 'category-save').click();
    await staff.waitForURL(/manage\/menu/);
    await staff.locator('[data-testid="category-row"]', { hasText: '管道疏通' }).waitFor();
    await w.shot(staff, 'menu-02-list');

    // 点单: the new service asks its question; it must be answered.
    const resident = await w.person('demo-resident');
    await resident.evaluate(() => (location.hash = '#/app/resident/submit/index'));
    await settle(resident);
    await resident.locator('[data-testid="category-option"]', { hasText: '管道疏通' }).click();
    await resident.locator('[data-field="answers.q1"]').waitFor();
    expect(await resident.locator('[data-field="answers.q1"]').textContent()).toContain('哪里堵了');
    await field(resident, 'input-title').fill('厨房下水道堵了');
    await field(resident, 'input-building').fill('东头村8栋');
    // 8栋 is in 第二网格: the grid is suggested, and could still be changed.
    await resident.locator('[data-testid="grid-option"][aria-checked="true"]', { hasText: '第二网格' }).waitFor();
    await field(resident, 'input-contact-phone').fill('13912345678');
    await byId(resident, 'submit-button').click();
    await byId(resident, 'field-error-answers.q1').waitFor();
    expect(await byId(resident, 'field-error-answers.q1').textContent()).toBe('请填写“哪里堵了”');
    await resident.locator('[data-testid="answer-q1-option"]', { hasText: '厨房' }).click();
    await w.shot(resident, 'menu-03-resident-form');
    await byId(resident, 'submit-button').click();
    await byId(resident, 'privacy-consent').waitFor();
    await byId(resident, 'privacy-agree').click();
    await resident.waitForURL(/order\/detail/);
    await settle(resident);
    const orderId = new URL(resident.url().replace('#', '')).searchParams.get('id')!;
    await byId(resident, 'answer-q1').waitFor();
    expect(await byId(resident, 'answer-q1').textContent()).toContain('厨房');

    // Staff see the answer on the order, in the grid the building suggested.
    await staff.evaluate((id) => (location.hash = `#/app/order/detail/index?id=${id}`), orderId);
    await settle(staff);
    await byId(staff, 'answer-q1').waitFor();
    expect(await byId(staff, 'answer-q1').textContent()).toBe('厨房');
    const page = await staff.locator('.order').textContent();
    expect(page).toContain('哪里堵了');
    expect(page).toContain('第二网格');
    await w.shot(staff, 'menu-04-staff-order');
  });
});
