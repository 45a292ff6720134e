/**
 * Signals in Chromium on the H5 build: a resident submits a 紧急 order; a staff member sees the unread count on the
 * home page and on the 我的 tab, opens 消息中心, finds the urgent order's notice first and unread, taps through to
 * the order, and on return the notice is read and the count one less. Offline, a page not loaded yet says so.
 */
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition
const count = async (page: Page, id: string) => Number(/\d+/.exec((await byId(page, id).textContent()) ?? '')?.[0]);

describeInChromium('notices in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('an urgent order reaches staff: unread count and tab badge, 消息中心 first, tap through to the order', async () => {
    const resident = await w.person('demo-resident');
    await resident.locator('.nut-button', { hasText: '我要点单' }).click();
    await resident.waitForURL(/resident\/submit/);
    await settle(resident);
    await resident.locator('[data-testid="category-option"]', { hasText: '水电维修' }).first().click();
    // 水电维修 asks where the fault is (a required question of its own).
    await resident.locator('[data-testid="answer-spot-option"]', { hasText: '厨房' }).click();
    await field(resident, 'input-title').fill('家里水管爆了');
    await field(resident, 'input-description').fill('厨房水管破裂，水流不止，已关总阀');
    await byId(resident, 'urgency-urgent').click();
    await field(resident, 'input-building').fill('东头村3栋');
    await field(resident, 'input-unit').fill('2单元');
    await field(resident, 'input-room').fill('501');
    await field(resident, 'input-contact-phone').fill('13912345678');
    await byId(resident, 'submit-button').click();
    await byId(resident, 'privacy-agree').click();
    await resident.waitForURL(/order\/detail/);
    const orderId = new URL(resident.url().replace('#', '')).searchParams.get('id')!;

    // Staff: the count on the home page and the badge on the 我的 tab agree.
    const staff = await w.person('demo-staff');
    await byId(staff, 'home-unread').waitFor();
    const unread = await count(staff, 'home-unread');
    expect(unread).toBeGreaterThan(0);
    expect(await staff.locator('.taro-tabbar-badge').textContent()).toBe(unread > 99 ? '99+' : String(unread));
    await w.shot(staff, 'notices-01-staff-home');

    // 消息中心: the urgent order's notice is the newest, marked unread and 紧急.
    await byId(staff, 'home-notices').click();
    await staff.waitForURL(/notice\/list/);
    await settle(staff);
    const first = staff.locator('[data-testid="notice"]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('家里水管爆了');
    expect(await first.textContent()).toContain('【紧急】');
    expect(await first.locator('[data-testid="notice-unread"]').count()).toBe(1);
    expect(await count(staff, 'notices-unread')).toBe(unread);
    await w.shot(staff, 'notices-02-centre');

    // Tap through to the order; back in the centre it is read and the count is one less.
    await first.click();
    await staff.waitForURL(new RegExp(`order/detail/index\\?id=${orderId}`));
    await staff.locator('.order[data-status="submitted"]').waitFor();
    expect(await staff.locator('.order').textContent()).toContain('家里水管爆了');
    await w.shot(staff, 'notices-03-order');
    await staff.goBack();
    await settle(staff);
    await staff.locator('[data-testid="notice"]').first().waitFor();
    expect(await staff.locator('[data-testid="notice"]').first().locator('[data-testid="notice-unread"]').count()).toBe(0);
    expect(await count(staff, 'notices-unread')).toBe(unread - 1);
  }, 240_000);

  test('offline, a page not loaded yet says it cannot open rather than doing nothing', async () => {
    const member = await w.person('demo-member');
    await member.context().setOffline(true);
    await byId(member, 'home-notices').click();
    await member.getByText('网络不可用，请检查网络后再点一次').waitFor({ timeout: 10_000 });
    await w.shot(member, 'notices-04-offline');
    await member.context().setOffline(false);
  }, 120_000);
});
