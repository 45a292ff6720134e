/**
 * The dashboards over HTTP, through the real host: a small history (test/stats-history.ts) folded by the job with
 * an injected clock, then read by staff of the community and by the street, figure by figure as worked out by hand;
 * bad periods and callers of another community or street are refused.
 */
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
