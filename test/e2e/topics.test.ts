/**
 * 议事 in real Chromium on the H5 build: a resident raises a topic from their home; nine neighbours co-sign over HTTP
 * and the tenth in the browser, which puts it on the agenda (staff are told); staff schedule the meeting and record
 * it, decide, place the order that does the work (代点单) and link it, publish the outcome; a co-signer rates it and
 * everyone sees the rating.
 */
import type { Page } from 'playwright-core';
import { clientFor, login } from '../factories';
import { describeInChromium, startWorld, type World } from './harness';

const C = 'dongtoucun';
const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first();
const button = (page: Page, text: string) => page.locator('.nut-button', { hasText: text }).first();
const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).first();
const settle = (page: Page) => page.waitForTimeout(400); // Taro's page transition
const state = (page: Page, label: string) => page.locator('[data-testid="topic-state"]', { hasText: label }).waitFor();

describeInChromium('议事 in Chromium', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 300_000);
  afterAll(() => w?.stop());

  test('问 → 联名 (the tenth in the browser) → 议 → 定 → 办 (an order) → 晒 → 评', async () => {
    // 问: 孙德福 raises it from his home.
    const raiser = await w.person('demo-resident-2');
    await byId(raiser, 'home-topic').click();
    await raiser.waitForURL(/topic\/list/);
    await byId(raiser, 'topic-raise').click();
    await raiser.waitForURL(/topic\/raise/);
    await settle(raiser);
    await field(raiser, 'topic-title').fill('五号楼门口路灯不亮');
    await field(raiser, 'topic-problem').fill('路灯坏了两个月，晚上老人孩子出门看不清台阶');
    await field(raiser, 'topic-place').fill('五号楼东门');
    await byId(raiser, 'topic-submit').click();
    await raiser.waitForURL(/topic\/detail/);
    await settle(raiser);
    const topicId = new URL(raiser.url().replace('#', '')).searchParams.get('id')!;
    await state(raiser, '联名中');
    expect(await byId(raiser, 'topic-progress').textContent()).toContain('已联名 0/10');

    // 联名: nine neighbours join the community and co-sign over HTTP.
    const as = async (openid: string) => clientFor(w.host.url, openid, await login(w.host.url, openid));
    for (let i = 1; i <= 9; i++) {
      const n = await as(`e2e-neighbour-${i}`);
      await n.ok('community.join', { communityId: C });
      expect(await n.ok('topic.cosign', { topicId })).toMatchObject({ status: 'collecting', cosigns: i });
    }

    // The tenth co-signs in the browser, from her home: it reaches the agenda, once.
    const signer = await w.person('demo-resident');
    await byId(signer, 'home-topic').click();
    await signer.waitForURL(/topic\/list/);
    await signer.locator(`[data-testid="topic-card"][data-topic-id="${topicId}"]`).click();
    await signer.waitForURL(/topic\/detail/);
    await state(signer, '联名中');
    expect(await byId(signer, 'topic-progress').textContent()).toContain('已联名 9/10');
    await w.shot(signer, 'topic-01-cosign');
    await byId(signer, 'topic-cosign').click();
    await state(signer, '待议事');
    expect(await byId(signer, 'topic-progress').textContent()).toContain('10 人联名');
    expect(await byId(signer, 'topic-cosign').count()).toBe(0);
    await w.shot(signer, 'topic-02-agenda');
    const staffNotices = await (await as('demo-staff')).ok('notice.list', {});
    expect(staffNotices.items.filter((n) => n.orderId === topicId).map((n) => n.kind)).toEqual(['topic_agenda']);

    // 议: staff open it from their home, schedule the meeting and record who came.
    const staff = await w.person('demo-staff');
    await byId(staff, 'home-topic').click();
    await staff.waitForURL(/topic\/list/);
    await staff.locator(`[data-testid="topic-card"][data-topic-id="${topicId}"]`).click();
    await byId(staff, 'schedule-form').waitFor();
    await staff.locator('[data-testid="schedule-at"] [data-testid="time-quick-tomorrow-pm"]').click();
    await field(staff, 'schedule-place').fill('东头村社区议事厅');
    await button(staff, '保存议事安排').click();
    await state(staff, '议事中');
    await field(staff, 'minutes-attendees').fill('居民代表6人、物业经理、网格员');
    await field(staff, 'minutes-notes').fill('物业同意更换路灯，社区协调电工');
    await button(staff, '保存议事记录').click();
    await staff.getByText('物业同意更换路灯，社区协调电工').first().waitFor();
    await w.shot(staff, 'topic-03-meeting');

    // 定: the decision.
    await field(staff, 'decide-text').fill('物业三天内更换五号楼东门路灯');
    await button(staff, '记录决定').click();
    await state(staff, '已决定');

    // 办: from the topic, staff pick the building's resident and place the order for the work (代点单); it comes back
    // to the topic linked.
    await byId(staff, 'topic-order-for').click();
    await staff.waitForURL(/staff\/residents/);
    await byId(staff, 'residents-for-topic').waitFor();
    await field(staff, 'residents-search').fill('周桂英');
    await staff.locator('[data-testid="resident-card"]', { hasText: '周桂英' }).first().click();
    await byId(staff, 'order-for-form').waitFor();
    // The topic's title prefills the need.
    expect(await field(staff, 'input-title').inputValue()).toBe('五号楼门口路灯不亮');
    await field(staff, 'input-title').fill('更换五号楼东门路灯');
    await staff.locator('[data-testid="category-option"]').first().click();
    await byId(staff, 'order-for-submit').click();
    await staff.waitForURL(/topic\/detail/);
    await settle(staff);
    // Back on the topic it came from, not a second copy of it.
    expect(await staff.locator('[data-testid="topic-page"]').count()).toBe(1);
    await staff.getByText('更换五号楼东门路灯（待受理）').first().waitFor();

    // 晒: the outcome, published.
    await field(staff, 'publish-outcome').fill('五号楼东门路灯已更换，晚上亮堂了');
    await button(staff, '公开结果').click();
    await state(staff, '已公开');
    await w.shot(staff, 'topic-04-published');

    // 评: the co-signer rates it; the rating shows with the topic to everyone.
    await signer.reload();
    await state(signer, '已公开');
    expect(await signer.getByText('五号楼东门路灯已更换，晚上亮堂了').count()).toBe(1);
    await signer.getByRole('radio', { name: '4星' }).click();
    await button(signer, '提交评分').click();
    await signer.getByText('4 分（1 人评价）').first().waitFor();
    expect(await byId(signer, 'rate-form').count()).toBe(0);
    await w.shot(signer, 'topic-05-rated');
    await raiser.reload();
    await raiser.getByText('4 分（1 人评价）').first().waitFor();
    expect(await byId(raiser, 'rate-form').count()).toBe(0);

    const topic = (await w.host.store.getTopic(topicId))!;
    expect(topic).toMatchObject({ status: 'published', cosigns: 10, orderIds: [expect.any(String)] });
    expect(await w.host.store.getOrder(topic.orderIds[0])).toMatchObject({ title: '更换五号楼东门路灯', communityId: C });
  }, 240_000);
});
