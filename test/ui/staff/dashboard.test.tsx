/**
 * 数据看板: staff see their community's figures named plainly, with 自动办结, 代评 and 未评价 counted apart from 满意率;
 * the period chips send Beijing calendar spans; 当前超期 and a category open the queue filtered; street staff see
 * every community ranked and open one community's board from it.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ORDER_STATUSES } from '../../../types/domain';
import { DEFAULT_GRID_THRESHOLDS } from '../../../cloud/domain/grid.colors';
import type { CommunityStats, CoreFigures, GridColors, RankedCommunity, StreetStats } from '../../../types/stats';
import DashboardPage from '../../../src/dash/board';
import { customSpan, spanOf } from '../../../src/dash/board/period';
import { ROUTES } from '../../../src/utils/routes';
import { me } from '../builders';
import { api } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const core = (over: Partial<CoreFigures> = {}): CoreFigures => ({
  received: 42,
  byStatus: Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as CoreFigures['byStatus'],
  responseRate: 0.95,
  resolutionRate: 0.8,
  satisfaction: 0.9,
  ratings: { own: 10, satisfied: 9, proxyRated: 2, autoClosed: 3, unrated: 4 },
  onTimeRate: 0.75,
  visitReachRate: 0.5,
  acceptP50Minutes: 30,
  acceptP90Minutes: 240,
  autoClosed: 3,
  reopenRate: 0.1,
  counts: { acceptDue: 40, acceptInTime: 38, resolved: 34, completed: 40, onTime: 30, reopened: 4, visits: 6, visitsReached: 3, visitsUnsatisfied: 1, overdue: 2 },
  ...over,
});

const topics = { topicsPublished: 3, topicsRated: 2, topicRatings: 8, topicSatisfaction: 0.75 };

const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', fromDay: '2026-11-01', toDay: '2026-11-30', foldedAt: null };

const gridColors = (withC2 = false): GridColors => ({
  quarter: '2026年第4季度',
  fromDay: '2026-10-01',
  toDay: '2026-12-31',
  thresholds: DEFAULT_GRID_THRESHOLDS,
  grids: [
    { gridId: 'c1-g2', name: '第二网格', communityId: 'c1', communityName: '东头村社区', color: 'yellow', received: 9, onTimeRate: 0.5, satisfaction: 1, visitReachRate: null },
    { gridId: 'c1-g1', name: '第一网格', communityId: 'c1', communityName: '东头村社区', color: 'red', received: 20, onTimeRate: 1, satisfaction: 1, visitReachRate: 0.95 },
    ...(withC2 ? [{ gridId: 'c2-g1', name: '第一网格', communityId: 'c2', communityName: '西瀛里社区', color: 'blue' as const, received: 3, onTimeRate: 0.9, satisfaction: null, visitReachRate: null }] : []),
  ],
});

const community = (): CommunityStats => ({
  ...core(),
  ...period,
  ...topics,
  communityId: 'c1',
  name: '东头村社区',
  overdueNow: 5,
  byCategory: [{ ...core({ received: 30 }), id: 'c1-k1', name: '水电维修' }, { ...core({ received: 12 }), id: 'c1-k2', name: '法律咨询' }],
  byGrid: [{ ...core(), id: 'c1-g1', name: '第一网格' }],
  byMember: [{ memberId: 'm1', name: '张建国', served: 7, completed: 6, onTimeRate: 1, satisfaction: 1, ownRatings: 5, autoClosed: 1, reopened: 0 }],
  trend: { bucket: 'week', points: [{ ...core({ received: 11 }), start: '2026-11-02' }] },
  gridColors: gridColors(),
});

const ranked = (communityId: string, name: string, rank: number, score: number): RankedCommunity => ({
  ...core(),
  ...topics,
  communityId,
  name,
  rank,
  score,
  overdueNow: rank,
});

const street = (): StreetStats => ({
  ...core(),
  ...period,
  ...topics,
  streetId: 'st1',
  overdueNow: 3,
  communities: [ranked('c2', '西瀛里社区', 1, 96.5), ranked('c1', '东头村社区', 2, 88.1)],
  byDepartment: [
    { departmentId: 'd1', name: '城管中队', received: 8, resolved: 4, onTimeRate: 0.75, satisfaction: 0.5 },
    { departmentId: 'd2', name: '住建办', received: 0, resolved: 0, onTimeRate: null, satisfaction: null },
  ],
  trend: { bucket: 'month', points: [] },
  gridColors: gridColors(true),
});

beforeEach(() => (Taro.navigateTo as jest.Mock).mockClear());

test('periods are Beijing calendar spans, the custom one counting both its days', () => {
  const now = new Date('2025-12-31T16:30:00.000Z'); // 2026-01-01 00:30 in Beijing
  expect(spanOf('month', now)).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-01-31T16:00:00.000Z' });
  expect(spanOf('lastMonth', now)).toEqual({ from: '2025-11-30T16:00:00.000Z', to: '2025-12-31T16:00:00.000Z' });
  expect(spanOf('quarter', now)).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' });
  expect(spanOf('year', now)).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
  expect(customSpan('2026-03-10', '2026-03-01')).toEqual({ from: '2026-02-28T16:00:00.000Z', to: '2026-03-10T16:00:00.000Z' });
});

test('staff see the figures named plainly, ratings counted apart from 满意率, and switch the period', async () => {
  api.on('stats.community', () => community());
  await renderAs(me(['staff']), <DashboardPage />);
  expect(await screen.findByText('东头村社区数据看板')).toBeInTheDocument();
  expect(api.callsOf('stats.community')[0]).toEqual({ communityId: 'c1', ...spanOf('month') });

  const figure = (key: string) => screen.getByTestId(`figure-${key}`).textContent;
  expect(figure('received')).toContain('受理数42');
  expect(figure('response')).toContain('响应率95.0%');
  expect(figure('resolution')).toContain('解决率80.0%');
  expect(figure('satisfaction')).toBe('满意率90.0%居民自评满意 9/10');
  expect(figure('autoClosed')).toContain('自动办结3');
  expect(figure('proxyRated')).toContain('代评2');
  expect(figure('unrated')).toContain('未评价4');
  // 议事 ratings are their own figure: 满意率 above stays the orders' 90.0%.
  expect(figure('topicSatisfaction')).toBe('议事满意率75.0%已评议题 2/3，评价 8 条');
  expect(figure('onTime')).toContain('按时办结率75.0%');
  expect(figure('visitReach')).toContain('有效回访率50.0%');
  expect(figure('accept')).toContain('受理用时30分钟');
  expect(figure('accept')).toContain('4小时');
  expect(figure('reopen')).toContain('重新办理率10.0%');
  expect(figure('overdueNow')).toContain('当前超期5');
  expect(screen.getByTestId('dash-span')).toHaveTextContent('2026年11月1日 – 11月30日');

  const members = within(screen.getByTestId('table-member')).getAllByTestId('table-row');
  expect(members.map((r) => r.textContent)).toEqual(['张建国76100.0%100.0%10']);
  const bars = within(screen.getByTestId('chart-category')).getAllByTestId('bar');
  expect(bars.map((b) => b.textContent)).toEqual(['水电维修30', '法律咨询12']);

  fireEvent.click(screen.getByTestId('period-lastMonth'));
  await waitFor(() => expect(api.callsOf('stats.community')).toHaveLength(2));
  expect(api.callsOf('stats.community')[1]).toEqual({ communityId: 'c1', ...spanOf('lastMonth') });
  fireEvent.click(screen.getByTestId('trend-month'));
  await waitFor(() => expect(api.callsOf('stats.community').at(-1)).toEqual({ communityId: 'c1', ...spanOf('lastMonth'), trend: 'month' }));
});

test('当前超期 and a category open the queue filtered', async () => {
  api.on('stats.community', () => community());
  await renderAs(me(['staff']), <DashboardPage />);
  fireEvent.click(await screen.findByTestId('figure-overdueNow'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.queue}?tab=overdue` });
  fireEvent.click(within(screen.getByTestId('chart-category')).getAllByTestId('bar')[1]);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.queue}?category=c1-k2` });
});

test('street staff see every community side by side, ranked, and open one', async () => {
  api.on('stats.street', () => street());
  await renderAs(me(['street_staff'], '周明'), <DashboardPage />);
  const rows = within(await screen.findByTestId('table-communities')).getAllByTestId('table-row');
  expect(api.callsOf('stats.street')[0]).toEqual({ streetId: 'st1', ...spanOf('month') });
  const lead = (row: HTMLElement) => within(row).getAllByRole('cell').slice(0, 4).map((c) => c.textContent);
  expect(rows.map(lead)).toEqual([['西瀛里社区', '第1名', '96.5', '42'], ['东头村社区', '第2名', '88.1', '42']]);
  expect(within(screen.getByTestId('chart-ranking')).getAllByTestId('bar').map((b) => b.textContent)).toEqual(['1. 西瀛里社区96.5', '2. 东头村社区88.1']);
  // The street's own figures do not lead to a queue it cannot see.
  fireEvent.click(screen.getByTestId('figure-overdueNow'));
  expect(Taro.navigateTo).not.toHaveBeenCalled();
  fireEvent.click(within(rows[0]).getByText('西瀛里社区'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.dashboard}?communityId=c2` });
});

test('三色网格: each grid’s colour said in words, with its figures and the street’s standards', async () => {
  api.on('stats.community', () => community());
  await renderAs(me(['staff']), <DashboardPage />);
  const board = await screen.findByTestId('grid-colors');
  expect(board).toHaveTextContent('三色网格（2026年第4季度）');
  expect(board).toHaveTextContent('红：按时办结率95%、满意率95%、有效回访率90%均达到；黄：任一低于按时办结率80%、满意率80%、有效回访率60%');
  const rows = within(board).getAllByTestId('grid-color');
  expect(rows.map((r) => r.textContent)).toEqual([
    '黄第二网格受理9件 · 按时办结率50% · 满意率100% · 有效回访率—',
    '红第一网格受理20件 · 按时办结率100% · 满意率100% · 有效回访率95%',
  ]);
});

test('the street’s 三色网格 name each grid’s community', async () => {
  api.on('stats.street', () => street());
  await renderAs(me(['street_staff'], '周明'), <DashboardPage />);
  const rows = within(await screen.findByTestId('grid-colors')).getAllByTestId('grid-color');
  expect(rows.map((r) => r.textContent?.slice(0, 13))).toEqual(['黄东头村社区 · 第二网格', '红东头村社区 · 第一网格', '蓝西瀛里社区 · 第一网格']);
});

test('the street sees its departments\' 部门考核: received, resolved, on-time rate and satisfaction', async () => {
  api.on('stats.street', () => street());
  await renderAs(me(['street_staff'], '周明'), <DashboardPage />);
  const rows = within(await screen.findByTestId('table-departments')).getAllByTestId('table-row');
  const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
  expect(rows.map(cells)).toEqual([
    ['城管中队', '8', '4', '75.0%', '50.0%'],
    ['住建办', '0', '0', '—', '—'],
  ]);
});

test('the street\'s admin sets the 三色网格 standards in %; plain street staff only read them', async () => {
  api.on('stats.street', () => street());
  api.on('stats.setGridThresholds', (input) => input.thresholds);
  const admin = me(['street_staff'], '周明');
  admin.roles.push({ role: 'admin', communityId: null, streetId: 'st1', memberStatus: null });
  await renderAs(admin, <DashboardPage />);
  const form = await screen.findByTestId('thresholds-form');
  const box = (id: string) => within(form).getByTestId(id);
  expect(box('threshold-red-onTimeRate')).toHaveValue(DEFAULT_GRID_THRESHOLDS.red.onTimeRate * 100);
  fireEvent.change(box('threshold-yellow-visitReachRate'), { target: { value: '55' } });
  const loads = api.callsOf('stats.street').length;
  fireEvent.click(within(form).getByTestId('thresholds-save'));
  await waitFor(() => expect(api.callsOf('stats.setGridThresholds')).toHaveLength(1));
  expect(api.callsOf('stats.setGridThresholds')[0]).toEqual({
    streetId: 'st1',
    thresholds: { red: DEFAULT_GRID_THRESHOLDS.red, yellow: { ...DEFAULT_GRID_THRESHOLDS.yellow, visitReachRate: 0.55 } },
  });
  // The grids are rated again against the new lines.
  await waitFor(() => expect(api.callsOf('stats.street').length).toBe(loads + 1));
});

test('plain street staff see the 三色网格 standards but no form to change them', async () => {
  api.on('stats.street', () => street());
  await renderAs(me(['street_staff'], '周明'), <DashboardPage />);
  await screen.findByTestId('grid-colors');
  expect(screen.queryByTestId('thresholds-form')).not.toBeInTheDocument();
});

test('a resident is told the board is for staff, and nothing is asked of the server', async () => {
  await renderAs(me(['resident']), <DashboardPage />);
  expect(await screen.findByText('数据看板仅对社区和街道工作人员开放')).toBeInTheDocument();
  expect(api.callsOf('stats.community')).toHaveLength(0);
  expect(api.callsOf('stats.street')).toHaveLength(0);
});
