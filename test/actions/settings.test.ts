/**
 * 社区设置 over HTTP: the admin changes settings and the change counts from the next call (the process's cache is
 * told); each change is in the audit list staff read; out-of-range values and stray 走访周期 are typed Chinese field
 * errors that change nothing.
 */
import { makePerson, resetStore, startTestHost, type Client, type TestHost } from '../factories';

let host: TestHost;
let admin: Client;
let staff: Client;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  await makePerson(host.store, 'admin', 'admin');
  await makePerson(host.store, 'staff', 'staff');
  [admin, staff] = await Promise.all([host.as('admin'), host.as('staff')]);
});

const stored = async () => JSON.stringify(await Promise.all(['communities', 'settings_audit'].map((t) => host.store.db.query(`SELECT * FROM ${t} ORDER BY 1`))));

test('the admin changes a setting; staff see it at once with the change in the audit list', async () => {
  const before = await staff.ok('settings.get', { communityId: 'c1' });
  expect(before.values.manualPointsCap).toBe(20);
  expect(before.mayEdit).toBe(false);
  await admin.ok('settings.update', { communityId: 'c1', patch: { manualPointsCap: 50 } });
  const after = await staff.ok('settings.get', { communityId: 'c1' });
  expect(after.values.manualPointsCap).toBe(50);
  expect(after.audit).toEqual([expect.objectContaining({ key: 'manualPointsCap', old: 20, new: 50, byName: 'admin' })]);
  // The new cap applies from the next call: the cached community was dropped.
  const member = await makePerson(host.store, 'member', 'member');
  const entry = await staff.call('ledger.addManual', { communityId: 'c1', memberId: member, points: 40, reason: '社区活动志愿服务' });
  expect(entry.code).toBe(0);
});

test('out of range, not whole, empty or a stray 走访周期: field errors in Chinese, nothing changed', async () => {
  const was = await stored();
  const bad = [
    [{ maxActiveClaims: 0 }, 'patch.maxActiveClaims', '党员同时承接上限须在1至20单之间'],
    [{ autoCloseDays: 2.5 }, 'patch.autoCloseDays', '未评价自动结单须为整数'],
    [{ acceptMinutes: { life_threatening: 1, urgent: 60, normal: 720 } }, 'patch.acceptMinutes.life_threatening', '受理时限须在5至4320分钟之间'],
    [{ residentTags: [] }, 'patch.residentTags', '居民档案标签须有1至20个'],
    [{ visitDays: { 独居: 400 } }, 'patch.visitDays.独居', '走访周期须在1至180天之间'],
    [{ visitDays: { 外星人: 7 } }, 'patch.visitDays', '走访周期中的“外星人”不是居民档案标签'],
    [{}, 'patch', '请至少修改一项设置'],
  ] as const;
  for (const [patch, field, message] of bad) {
    const res = await admin.call('settings.update', { communityId: 'c1', patch });
    expect(res).toMatchObject({ code: 'INPUT.INVALID', fields: { [field]: message } });
  }
  expect(await staff.call('settings.update', { communityId: 'c1', patch: { maxActiveClaims: 5 } })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await stored()).toBe(was);
});

test('taking a tag off 居民档案标签 takes its 走访周期 with it', async () => {
  const v = await admin.ok('settings.update', { communityId: 'c1', patch: { residentTags: ['独居', '高龄'] } });
  expect(v.values.visitDays).toEqual({ 高龄: 14, 独居: 7 });
  expect(v.audit.map((a) => a.key)).toEqual(['residentTags', 'visitDays']);
});
