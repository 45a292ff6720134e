/**
 * The loop in real Chromium on the H5 build, each person in their own browser context:
 * a resident places an order with a photo, staff dispatch it to the pool, two members race to claim it (one wins,
 * the other is told), the winner reports progress and completion, the resident rates it and sees it closed, and the
 * timeline shows every step. Also: the 危及生命 prompt, and a page at ×1.4 text.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const PNG = join(tmpdir(), 'sandan-e2e-photo.png');
writeFileSync(PNG, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082', 'hex'));

/** A text field by test id, whether the id sits on the input itself or on Taro's wrapper around it. */
const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first();
const button = (page: Page, text: string) => page.locator('.nut-button', { hasText: text }).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+/g)!.slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function openPage(page: Page, url: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), url);
  await settle(page);
}

describeInChromium('the loop in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('群众点单 → 党组织下单 → 党员接单 (a race) → progress → complete → 评, with the timeline', async () => {
    // 群众点单: a resident places an order with a photo.
    const resident = await w.person('demo-resident');
    await button(resident, '我要点单').click();
    await resident.waitForURL(/resident\/submit/);
    await settle(resident);
    await resident.locator('[data-testid="category-option"]', { hasText: '水电维修' }).first().click();
    // 水电维修 asks where (a required question of the demo menu).
    await resident.locator('[data-testid="answer-spot-option"]', { hasText: '卫生间' }).click();
    await field(resident, 'input-title').fill('卫生间灯不亮了');
    await field(resident, 'input-description').fill('开关按了没反应，晚上上厕所不方便');
    const chooser = resident.waitForEvent('filechooser');
    await resident.locator('.photo-picker__add').click();
    await (await chooser).setFiles(PNG);
    await resident.locator('.photo-picker__img').first().waitFor();
    await field(resident, 'input-building').fill('东头村5栋');
    await field(resident, 'input-unit').fill('1单元');
    await field(resident, 'input-room').fill('302');
    await field(resident, 'input-contact-phone').fill('13912345678');
    await w.shot(resident, '01-resident-form');
    await byId(resident, 'submit-button').click();
    await byId(resident, 'privacy-consent').waitFor();
    await w.shot(resident, '02-resident-privacy');
    await byId(resident, 'privacy-agree').click();
    await resident.waitForURL(/order\/detail/);
    await settle(resident);
    const orderId = new URL(resident.url().replace('#', '')).searchParams.get('id')!;
    await resident.locator('.order[data-status="submitted"]').waitFor();
    expect(await resident.locator('.order__photo').count()).toBe(1);
    await w.shot(resident, '03-resident-submitted');

    // 党组织下单: staff accept it and publish it to the pool.
    const staff = await w.person('demo-staff');
    await openPage(staff, '#/app/staff/queue/index?tab=submitted');
    const card = staff.locator(`[data-testid="order-card"][data-order-id="${orderId}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('卫生间灯不亮了');
    await w.shot(staff, '04-staff-queue');
    await card.locator('[data-testid="queue-triage"]').click();
    await staff.waitForURL(/staff\/triage/);
    await byId(staff, 'triage-form').waitFor();
    await settle(staff);
    expect(await byId(staff, 'triage-contact-phone').textContent()).toContain('13912345678');
    await w.shot(staff, '05-staff-triage');
    await byId(staff, 'triage-submit').click();
    await staff.waitForURL(/order\/detail/);
    await staff.locator('.order[data-status="open"]').waitFor();
    await w.shot(staff, '06-staff-dispatched');

    // 党员接单: two members race for the one slot.
    const [a, b] = [await w.person('demo-member'), await w.person('demo-member-2')];
    for (const m of [a, b]) {
      await openPage(m, '#/app/member/pool/index');
      await m.locator(`[data-testid="claim-button"][data-order-id="${orderId}"]`).click();
      await byId(m, 'claim-confirm-ok').waitFor();
    }
    // Masked until someone holds it.
    expect(await a.locator(`[data-testid="order-card"][data-order-id="${orderId}"]`).textContent()).not.toContain('302');
    await w.shot(a, '07-member-pool');
    await Promise.all([byId(a, 'claim-confirm-ok').click(), byId(b, 'claim-confirm-ok').click()]);
    const lost = (m: Page) => m.getByText('该需求已被其他党员认领').first().waitFor({ timeout: 8000 }).then(() => m, () => null);
    const loser = (await Promise.all([lost(a), lost(b)])).find(Boolean)!;
    expect(loser).toBeTruthy();
    const winner = loser === a ? b : a;
    await w.shot(loser, '08-member-lost-race');
    await winner.waitForURL(/order\/detail/);
    await winner.locator('.order[data-status="in_progress"]').waitFor();
    expect(await byId(winner, 'contact-phone').textContent()).toContain('13912345678');
    const order = await w.host.store.getOrder(orderId);
    expect(order!.holders).toHaveLength(1);
    await w.shot(winner, '09-member-won');

    // The winner reports progress, then completion.
    await button(winner, '反馈进展').click();
    await winner.locator('.command-sheet__text--note textarea').fill('已上门查看，是灯泡坏了');
    await button(winner, '提交').click();
    await winner.getByText('进展已反馈').first().waitFor();
    await settle(winner);
    await button(winner, '报告完成').click();
    await winner.locator('.command-sheet__text--note textarea').fill('已更换灯泡，开关正常');
    // 水电维修 needs a photo of the work done.
    const donePhoto = winner.waitForEvent('filechooser');
    await winner.locator('.command-sheet .photo-picker__add').click();
    await (await donePhoto).setFiles(PNG);
    await winner.locator('.command-sheet .photo-picker__img').first().waitFor();
    await w.shot(winner, '10-member-complete');
    await button(winner, '提交').click();
    await winner.locator('.order[data-status="awaiting_rating"]').waitFor();

    // 评: the resident rates it and sees it closed.
    await openPage(resident, `#/app/order/detail/index?id=${orderId}`);
    await resident.reload();
    await resident.locator('.order[data-status="awaiting_rating"]').waitFor();
    await button(resident, '确认解决并评价').click();
    await resident.getByRole('radio', { name: '5星' }).click();
    await resident.locator('.command-sheet__text--comment textarea').fill('师傅来得很快，谢谢！');
    await button(resident, '提交评价').click();
    await resident.locator('.order[data-status="closed"]').waitFor();
    const events = await resident.locator('[data-testid="timeline"] [data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(events.reverse()).toEqual(['submit', 'dispatch', 'claim', 'progress', 'complete', 'confirm']);
    expect(await resident.locator('.order__head').textContent()).toContain('已办结');
    await w.shot(resident, '11-resident-closed');
  }, 240_000);

  test('choosing 危及生命 first shows the prompt to call 110 / 120 and the duty phone', async () => {
    const resident = await w.person('demo-resident-2');
    await openPage(resident, '#/app/resident/submit/index');
    await byId(resident, 'urgency-life_threatening').click();
    const prompt = byId(resident, 'urgency-prompt');
    await prompt.waitFor();
    const text = await prompt.textContent();
    expect(text).toContain('120');
    expect(text).toContain('110');
    expect(text).toContain('0519-86601234');
    await w.shot(resident, '12-life-threatening');
  }, 120_000);

  test('at ×1.4 text (大字模式) the home page grows, nothing overflows sideways, buttons stay ≥ 44 px and ≥ 4.5:1', async () => {
    const resident = await w.person('demo-resident-2');
    const size = () => resident.locator('.home__greeting').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const normal = await size();
    await openPage(resident, '#/pages/mine/index');
    await resident.getByRole('switch', { name: '大字模式' }).click();
    await w.shot(resident, '13-mine-large-text');
    await openPage(resident, '#/pages/index/index');
    const large = await size();
    expect(large / normal).toBeCloseTo(1.4, 1);
    const overflow = await resident.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Buttons stay big enough to hit and readable: ≥ 44 px tall, white on red at ≥ 4.5:1.
    const buttons = await resident.locator('.nut-button').evaluateAll((els) =>
      els.map((e) => {
        const s = getComputedStyle(e);
        return { height: e.getBoundingClientRect().height, color: s.color, background: s.backgroundImage !== 'none' ? s.backgroundImage : s.backgroundColor };
      }),
    );
    const shown = buttons.filter((b) => b.height > 0); // pages below in the stack are hidden
    expect(shown.length).toBeGreaterThan(0);
    expect(Math.min(...shown.map((b) => b.height))).toBeGreaterThanOrEqual(44);
    const primary = shown.find((b) => b.background.includes('gradient'))!;
    for (const stop of primary.background.match(/rgb\([^)]+\)/g)!) expect(contrast(primary.color, stop)).toBeGreaterThanOrEqual(4.5);
    await w.shot(resident, '14-home-large-text');
  }, 120_000);
});
