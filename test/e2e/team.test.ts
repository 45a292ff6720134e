/**
 * A team order in Chromium on the H5 build, on the demo street: 张建国 reports his own part of 陪同去医院复查 from
 * 我的任务 (陈静 reported hers already), with the photo 助老服务 asks for, and the order goes to 待评价; staff close
 * the three-person order for the team (代为结单) once 刘洋 has reported his part.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const PNG = join(tmpdir(), 'sandan-e2e-team-photo.png');
writeFileSync(PNG, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082', 'hex'));

const button = (page: Page, text: string) => page.locator('.nut-button', { hasText: text }).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition
const open = async (page: Page, hash: string) => (await page.evaluate((h) => (location.hash = h), hash), settle(page));

/** Reports the signed-in member's part in the open sheet, with a photo. */
async function reportPart(page: Page, note: string) {
  await page.locator('.command-sheet__text--note textarea').fill(note);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.command-sheet .photo-picker__add').click();
  await (await chooser).setFiles(PNG);
  await page.locator('.command-sheet .photo-picker__img').first().waitFor();
  await button(page, '提交').click();
}

describeInChromium('team orders in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('each member reports their own part; the last part sends it to 待评价; staff 代为结单 another', async () => {
    const orders = (await w.host.store.listOrders({ kind: 'queue', communityId: 'dongtoucun', tab: 'in_progress', now: new Date() }, { cursor: null, limit: 20 })).items;
    const hospital = orders.find((o) => o.title === '陪同去医院复查')!;
    const moving = orders.find((o) => o.title === '帮独居老人把旧家具搬下楼')!;

    // 我的任务: 1/2 reported, and 张建国's own part still to come.
    const zhang = await w.person('demo-member');
    await open(zhang, '#/app/member/tasks/index');
    const card = zhang.locator(`[data-testid="order-card"][data-order-id="${hospital.id}"]`);
    await card.waitFor();
    expect(await card.locator('[data-testid="task-team"]').textContent()).toContain('1/2 已报告');
    await card.locator('[data-testid="task-report-part"]').click();
    await zhang.waitForURL(/order\/detail/);
    await byId(zhang, 'command-sheet').waitFor();
    await w.shot(zhang, 'team-01-report-part');
    await reportPart(zhang, '陪老人做完了检查，送回家');
    await zhang.locator('.order[data-status="awaiting_rating"]').waitFor();
    expect(await byId(zhang, 'team-parts-count').textContent()).toBe('2/2 已报告');
    await w.shot(zhang, 'team-02-all-parts-in');

    // 刘洋 reports his part of the move; the other two never do: staff close it for the team.
    const liu = await w.person('demo-member-3');
    await open(liu, `#/app/order/detail/index?id=${moving.id}&do=report_part`);
    await byId(liu, 'command-sheet').waitFor();
    await reportPart(liu, '搬走了旧衣柜');
    await liu.locator('[data-testid="team-parts-count"]', { hasText: '1/3 已报告' }).waitFor();

    const staff = await w.person('demo-staff');
    await open(staff, `#/app/order/detail/index?id=${moving.id}`);
    await button(staff, '代为结单').click();
    await staff.locator('.command-sheet__text--reason textarea').fill('其余两位队员临时有事，由社区代为结单');
    await w.shot(staff, 'team-03-close-for-team');
    await button(staff, '确认代为结单').click();
    await staff.locator('.order[data-status="awaiting_rating"]').waitFor();
    const steps = await staff.locator('[data-testid="timeline"] [data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(steps.slice(0, 2)).toEqual(['close_team', 'report_part']);
  }, 240_000);
});
