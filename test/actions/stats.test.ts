/**
 * The dashboards over HTTP, through the real host: a small history (test/stats-history.ts) folded by the job with
 * an injected clock, then read by staff of the community and by the street, figure by figure as worked out by hand;
 * bad periods and callers of another community or street are refused.
 */
import { DEFAULT_GRID_THRESHOLDS } from '../../cloud/domain/grid.colors';
import { foldStats } from '../../cloud/jobs/stats.fold';
import { makePerson, resetStore, startTestHost, type TestHost } from '../factories';
import { DAY, EXPECTED, History, min } from '../stats-history';

let host: TestHost;
let h: History;

// March 2026 at +08:00.
const MARCH = { from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' };

beforeAll(async () => {
  host = await startTestHost();
  await resetStore(host.store);
  h = await History.start(host.store);
  await h.phase1();
  await h.phase2();
  await foldStats(host.store, min(10 * DAY));
  await makePerson(host.store, 'street1', 'street', 'c1');
  await makePerson(host.store, 'street2', 'street', 'c3');
});
afterAll(() => host.stop());

test('the community dashboard names every figure, as worked out by hand', async () => {
  const staff = await host.as('h-staff');
  const s = await staff.ok('stats.community', { communityId: 'c1', ...MARCH });
  expect(s).toMatchObject({ communityId: 'c1', name: '一号社区', ...MARCH, fromDay: '2026-03-01', toDay: '2026-03-31', overdueNow: 1, ...EXPECTED });
  expect(s.foldedAt).toBe(min(9 * DAY).toISOString());
  expect(s.byCategory.map((c) => [c.name, c.received, c.resolutionRate])).toEqual([
    ['助老服务', 3, 2 / 3],
    // Most received first, then by name (法 before 水 in pinyin).
    ['法律援助', 1, 0],
    ['水电维修', 1, 1],
  ]);
  expect(s.byGrid.map((g) => [g.name, g.received])).toEqual([
    ['第1网格', 4],
    ['第2网格', 1],
  ]);
  expect(s.byMember).toEqual([
    { memberId: h.people.m1, name: '党员甲', served: 2, completed: 2, onTimeRate: 1, satisfaction: 1, ownRatings: 1, autoClosed: 1, reopened: 1 },
    { memberId: h.people.m2, name: '党员乙', served: 1, completed: 1, onTimeRate: 0, satisfaction: 0, ownRatings: 1, autoClosed: 0, reopened: 0 },
  ]);
  // 31 days: weekly, Mondays from the week holding Sunday 03-01; empty weeks are there with nothing received.
  expect(s.trend.bucket).toBe('week');
  expect(s.trend.points.map((p) => [p.start, p.received])).toEqual([
    ['2026-02-23', 4],
    ['2026-03-02', 1],
    ['2026-03-09', 0],
    ['2026-03-16', 0],
    ['2026-03-23', 0],
    ['2026-03-30', 0],
  ]);
  const monthly = await staff.ok('stats.community', { communityId: 'c1', ...MARCH, trend: 'month' });
  expect(monthly.trend.points.map((p) => [p.start, p.received, p.satisfaction])).toEqual([['2026-03-01', 5, 0.5]]);
  // The street above may look too.
  expect((await (await host.as('street1')).ok('stats.community', { communityId: 'c1', ...MARCH })).received).toBe(5);
});

test('the street dashboard ranks its communities side by side', async () => {
  const s = await (await host.as('street1')).ok('stats.street', { streetId: 'st1', ...MARCH });
  expect(s).toMatchObject({ streetId: 'st1', received: 6, overdueNow: 1 });
  // c1: (响应 0.8 + 解决 0.6 + 满意 0.5) / 3; c2: its one order refused in time, nothing solved, nothing rated.
  expect(s.communities.map((c) => [c.communityId, c.rank, c.score, c.received, c.responseRate, c.satisfaction])).toEqual([
    ['c1', 1, 63.3, 5, 0.8, 0.5],
    ['c2', 2, 50, 1, 1, null],
  ]);
});

test('refused: another community, another street, members and residents; periods backwards or over 3 years', async () => {
  const forbidden = { code: 'AUTH.FORBIDDEN', message: '您没有权限进行此操作' };
  expect(await (await host.as('h-staff2')).call('stats.community', { communityId: 'c1', ...MARCH })).toEqual(forbidden);
  expect(await (await host.as('h-m1')).call('stats.community', { communityId: 'c1', ...MARCH })).toEqual(forbidden);
  expect(await (await host.as('h-resident')).call('stats.community', { communityId: 'c1', ...MARCH })).toEqual(forbidden);
  expect(await (await host.as('street2')).call('stats.community', { communityId: 'c1', ...MARCH })).toEqual(forbidden);
  expect(await (await host.as('street2')).call('stats.street', { streetId: 'st1', ...MARCH })).toEqual(forbidden);
  expect(await (await host.as('h-staff')).call('stats.street', { streetId: 'st1', ...MARCH })).toEqual(forbidden);

  const staff = await host.as('h-staff');
  const bad = (from: string, to: string) => staff.call('stats.community', { communityId: 'c1', from, to });
  expect(await bad(MARCH.to, MARCH.from)).toMatchObject({ code: 'INPUT.INVALID', fields: { to: '结束时间须晚于开始时间' } });
  expect(await bad('2022-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toMatchObject({ code: 'INPUT.INVALID', fields: { to: '统计时段最长 3 年' } });
  expect(await bad('2026-03-01', MARCH.to)).toMatchObject({ code: 'INPUT.INVALID', fields: { from: '开始时间格式不正确' } });
});

test('三色网格: every grid of the quarter rated from its own figures, against the street’s standards its admin sets', async () => {
  const staff = await host.as('h-staff');
  // A March period is rated over its whole quarter.
  const s = await staff.ok('stats.community', { communityId: 'c1', ...MARCH });
  expect(s.gridColors).toMatchObject({ quarter: '2026年第1季度', fromDay: '2026-01-01', toDay: '2026-03-31', thresholds: DEFAULT_GRID_THRESHOLDS });
  // 第1网格: half on time, half satisfied, half the 回访 reached: below every 黄 line. 第2网格: one order on time, no
  // rating or 回访 yet: 蓝 (not every figure for 红). 黄 first.
  const c1 = [
    { name: '第1网格', communityName: '一号社区', received: 4, onTimeRate: 0.5, satisfaction: 0.5, visitReachRate: 0.5 },
    { name: '第2网格', communityName: '一号社区', received: 1, onTimeRate: 1, satisfaction: null, visitReachRate: null },
  ];
  expect(s.gridColors.grids).toEqual([expect.objectContaining({ ...c1[0], color: 'yellow' }), expect.objectContaining({ ...c1[1], color: 'blue' })]);

  // The street's admin lowers the lines: 第1网格 reaches every 红 line; the street's board and c1's both say so.
  const admin = await streetAdminOf('st1');
  const lenient = { red: { onTimeRate: 0.5, satisfaction: 0.5, visitReachRate: 0.5 }, yellow: { onTimeRate: 0.2, satisfaction: 0.2, visitReachRate: 0.2 } };
  expect(await admin.ok('stats.setGridThresholds', { streetId: 'st1', thresholds: lenient })).toEqual(lenient);
  const street = await (await host.as('street1')).ok('stats.street', { streetId: 'st1', ...MARCH });
  expect(street.gridColors.thresholds).toEqual(lenient);
  expect(street.gridColors.grids.filter((g) => g.communityId === 'c1').map((g) => [g.name, g.color])).toEqual([['第2网格', 'blue'], ['第1网格', 'red']]);
  expect(new Set(street.gridColors.grids.map((g) => g.communityId))).toEqual(new Set(['c1', 'c2']));
  expect((await staff.ok('stats.community', { communityId: 'c1', ...MARCH })).gridColors.grids.map((g) => g.color)).toEqual(['blue', 'red']);

  // Lines that make no sense, an admin of another street and street staff are refused; nothing changes.
  const bad = { ...lenient, red: { ...lenient.red, satisfaction: 0.1 } };
  expect(await admin.call('stats.setGridThresholds', { streetId: 'st1', thresholds: bad })).toMatchObject({ code: 'INPUT.INVALID', fields: { 'thresholds.red': '红色标准不能低于黄色标准' } });
  expect(await admin.call('stats.setGridThresholds', { streetId: 'st1', thresholds: { ...lenient, yellow: { ...lenient.yellow, onTimeRate: 1.5 } } })).toMatchObject({
    code: 'INPUT.INVALID',
    fields: { 'thresholds.yellow.onTimeRate': '须在0%至100%之间' },
  });
  expect(await admin.call('stats.setGridThresholds', { streetId: 'st2', thresholds: DEFAULT_GRID_THRESHOLDS })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await (await host.as('street1')).call('stats.setGridThresholds', { streetId: 'st1', thresholds: DEFAULT_GRID_THRESHOLDS })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect((await staff.ok('stats.community', { communityId: 'c1', ...MARCH })).gridColors.thresholds).toEqual(lenient);
  await admin.ok('stats.setGridThresholds', { streetId: 'st1', thresholds: DEFAULT_GRID_THRESHOLDS });
});

/** An admin of the street (who sets its standards). */
async function streetAdminOf(streetId: string) {
  const user = await host.store.ensureUser(`admin-${streetId}`, '街道管理员');
  await host.store.grantRole(user.id, 'admin', { streetId });
  return host.as(`admin-${streetId}`);
}
