/**
 * 微心愿 in real Chromium on the H5 build, on a host clock the test moves: staff post a wish from their home, released
 * a minute ahead of the host's time; until then it is not on the wall and cannot be claimed; at the release time two
 * members race for it in their own browser contexts — one wins, the other is told in Chinese; the winner delivers
 * with a photo and a note, staff confirm it with the beneficiary's thanks, and everyone sees it realised.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeInChromium, startWorld, type World } from './harness';

const PNG = join(tmpdir(), 'sandan-e2e-wish.png');
writeFileSync(PNG, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082', 'hex'));

const MINUTE = 60_000;
const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition
const wishIdOf = (page: Page) => new URL(page.url().replace('#', '')).searchParams.get('id')!;

describeInChromium('微心愿 in Chromium', () => {
  let w: World;
  // The host's clock runs `offset` ahead of the real one; the test moves it to the release time.
  let offset = 0;
  beforeAll(async () => {
    w = await startWorld({ clock: () => new Date(Date.now() + offset) });
  }, 300_000);
  afterAll(() => w?.stop());

  test('posted a minute ahead → not yet claimable → two members race, one wins → delivered with a photo → confirmed → realised', async () => {
    // Staff post it from their home: released 明天上午, due 明天下午.
    const staff = await w.person('demo-staff');
    await byId(staff, 'home-wish').click();
    await staff.waitForURL(/wish\/manage/);
    await byId(staff, 'wish-new').click();
    await staff.waitForURL(/wish\/post/);
    await settle(staff);
    await field(staff, 'wish-tag').fill('独居老人');
    await field(staff, 'wish-title').fill('想要一个暖手宝');
    await field(staff, 'wish-story').fill('老人冬天手脚冰凉，想要一个暖手宝');
    await field(staff, 'wish-value').fill('60');
    await staff.locator('[data-testid="wish-release"] [data-testid="time-quick-tomorrow-am"]').click();
    await staff.locator('[data-testid="wish-deadline"] [data-testid="time-quick-tomorrow-pm"]').click();
    await w.shot(staff, 'wish-01-post');
    await byId(staff, 'wish-post-button').click();
    await staff.waitForURL(/wish\/detail/);
    await settle(staff);
    const wishId = wishIdOf(staff);
    expect(await byId(staff, 'wish-state').textContent()).toBe('即将发布');
    const posted = (await w.host.store.getWish(wishId))!;
    expect(posted).toMatchObject({ status: 'open', beneficiaryLabel: '东头村社区 · 独居老人', value: 60 });

    // A minute before the release time (the host's clock): not on the wall, and no way to claim it.
    offset = new Date(posted.releaseAt).getTime() - MINUTE - Date.now();
    const [a, b] = [await w.person('demo-member-2'), await w.person('demo-member-3')];
    for (const m of [a, b]) {
      await byId(m, 'home-wish').click();
      await m.waitForURL(/wish\/wall/);
      await byId(m, 'wish-card').waitFor();
      expect(await m.locator(`[data-testid="wish-card"][data-wish-id="${wishId}"]`).count()).toBe(0);
    }
    await a.evaluate((id) => (location.hash = `#/app/wish/detail/index?id=${id}`), wishId);
    await byId(a, 'wish-page').waitFor();
    expect(await byId(a, 'wish-state').textContent()).toBe('即将发布');
    expect(await byId(a, 'wish-claim').count()).toBe(0);
    await w.shot(a, 'wish-02-before-release');

    // The release time comes: both see it on the wall and race for it.
    offset += MINUTE;
    for (const m of [a, b]) {
      await m.evaluate(() => (location.hash = '#/app/wish/wall/index'));
      await m.reload();
      await m.locator(`[data-testid="wish-card"][data-wish-id="${wishId}"]`).click();
      await m.waitForURL(/wish\/detail/);
      await byId(m, 'wish-claim').waitFor();
      expect(await byId(m, 'wish-page').textContent()).toContain('东头村社区 · 独居老人');
    }
    await w.shot(a, 'wish-03-released');
    await Promise.all([byId(a, 'wish-claim').click(), byId(b, 'wish-claim').click()]);
    const lost = (m: Page) => m.getByText('手慢了，该微心愿已被认领').first().waitFor({ timeout: 8000 }).then(() => m, () => null);
    const loser = (await Promise.all([lost(a), lost(b)])).find(Boolean)!;
    expect(loser).toBeTruthy();
    const winner = loser === a ? b : a;
    await byId(winner, 'deliver-form').waitFor();
    expect(await byId(winner, 'wish-state').textContent()).toBe('已认领');
    await loser.locator('[data-testid="wish-state"]', { hasText: '已认领' }).waitFor();
    expect(await byId(loser, 'wish-claim').count()).toBe(0);
    await w.shot(loser, 'wish-04-lost-race');
    const claimed = (await w.host.store.getWish(wishId))!;
    const winnerId = (await w.host.store.findUserByOpenid(winner === a ? 'demo-member-2' : 'demo-member-3'))!.id;
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: winnerId, version: 2 });

    // The winner delivers with a photo and a note.
    await field(winner, 'deliver-note').fill('暖手宝已送到老人家中，教会了老人使用');
    const chooser = winner.waitForEvent('filechooser');
    await winner.locator('[data-testid="deliver-form"] .photo-picker__add').click();
    await (await chooser).setFiles(PNG);
    await winner.locator('[data-testid="deliver-form"] .photo-picker__img').first().waitFor();
    await byId(winner, 'deliver-button').click();
    await winner.locator('[data-testid="wish-state"]', { hasText: '待确认' }).waitFor();
    await w.shot(winner, 'wish-05-delivered');

    // Staff confirm it, with the beneficiary's thanks; it shows as realised to everyone, the delivery photo with it.
    await staff.reload();
    await byId(staff, 'confirm-form').waitFor();
    expect(await staff.getByText('暖手宝已送到老人家中，教会了老人使用').count()).toBe(1);
    await field(staff, 'wish-thanks').fill('老人说：谢谢党员同志');
    await byId(staff, 'confirm-button').click();
    await staff.locator('[data-testid="wish-state"]', { hasText: '已实现' }).waitFor();
    await w.shot(staff, 'wish-06-realised');
    await loser.reload();
    await loser.locator('[data-testid="wish-state"]', { hasText: '已实现' }).waitFor();
    expect(await loser.getByText('老人说：谢谢党员同志').count()).toBe(1);
    expect(await loser.locator('.wish__photo').count()).toBe(1);
    await loser.evaluate(() => (location.hash = '#/app/wish/wall/index'));
    await loser.reload();
    const card = loser.locator(`[data-testid="wish-card"][data-wish-id="${wishId}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('已实现');
    await w.shot(loser, 'wish-07-wall');
    expect(await w.host.store.getWish(wishId)).toMatchObject({ status: 'realised', claimedBy: winnerId, thanks: '老人说：谢谢党员同志', deliveryPhotos: [expect.any(String)] });
  }, 240_000);
});
