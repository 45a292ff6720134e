/**
 * 数据看板 in the compiled WeChat build: the page of the `dash` subpackage loads with its chart library, asks for
 * the canvas node (Canvas type="2d") and draws on it at the device's pixel ratio — bars in the theme's red and the
 * categories' names — while the figures stay text on the page.
 */
import { DEFAULT_GRID_THRESHOLDS } from '../../cloud/domain/grid.colors';
import { ORDER_STATUSES } from '../../types/domain';
import type { CommunityStats, CoreFigures } from '../../types/stats';
import { fixtures } from './fixtures';
import { launch, open, sleep } from './simulate';

const core = (received: number): CoreFigures => ({
  received,
  byStatus: Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as CoreFigures['byStatus'],
  responseRate: 1, resolutionRate: 0.5, satisfaction: 1, onTimeRate: 1, visitReachRate: null, acceptP50Minutes: 15, acceptP90Minutes: 60, autoClosed: 0, reopenRate: 0,
  ratings: { own: 1, satisfied: 1, proxyRated: 0, autoClosed: 0, unrated: 0 },
  counts: { acceptDue: 1, acceptInTime: 1, resolved: 1, completed: 1, onTime: 1, reopened: 0, visits: 0, visitsReached: 0, visitsUnsatisfied: 0, overdue: 0 },
});

const stats: CommunityStats = {
  ...core(9), communityId: 'c1', name: '东头村社区', from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', fromDay: '2026-11-01', toDay: '2026-11-30',
  foldedAt: null, overdueNow: 0, topicsPublished: 0, topicsRated: 0, topicRatings: 0, topicSatisfaction: null,
  byCategory: [{ ...core(6), id: 'k2', name: '水电维修' }, { ...core(3), id: 'k1', name: '邻里守望' }],
  byGrid: [], byMember: [], trend: { bucket: 'week', points: [{ ...core(9), start: '2026-11-02' }] },
  gridColors: { quarter: '2026年第4季度', fromDay: '2026-10-01', toDay: '2026-12-31', thresholds: DEFAULT_GRID_THRESHOLDS, grids: [] },
};

/**
 * A 2D context like a canvas node's (properties, no WeChat-style setters: uCharts adds its own) that records what is
 * drawn: the fill style in use when a shape is filled, and the text written.
 */
function recordingCanvas() {
  const drawn = { fills: [] as string[], texts: [] as string[] };
  const ctx: Record<string, unknown> = { fillStyle: '#000000' };
  const canvas = { width: 300, height: 150, getContext: () => proxy };
  const proxy: any = new Proxy(ctx, {
    get: (t, k: string) =>
      k in t ? t[k]
        : k.startsWith('set') && k !== 'setLineDash' ? undefined
        : k === 'measureText' ? (s: string) => ({ width: String(s).length * 12 })
        : k === 'createLinearGradient' ? () => ({ addColorStop() {} })
        : k === 'fill' || k === 'fillRect' ? () => drawn.fills.push(String(t.fillStyle))
        : k === 'fillText' ? (s: string) => drawn.texts.push(String(s))
        : () => undefined,
    set: (t, k: string, v) => ((t[k] = v), true),
  });
  return { canvas, drawn };
}

beforeAll(() => {
  fixtures['session.me'] = () => ({
    userId: 'u9', name: '李娟', roles: [{ role: 'staff', communityId: 'c1', streetId: null, memberStatus: null }],
    communities: [{ id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' }], grids: [], unread: 0,
  });
  fixtures['stats.community'] = () => stats;
  launch();
}, 240_000);

test('the dashboard draws its charts on the 2D canvas node at pixel ratio 2', async () => {
  const charts: ReturnType<typeof recordingCanvas>[] = [];
  (globalThis as any).wx.createSelectorQuery = () => {
    const chart = recordingCanvas();
    charts.push(chart);
    const query: Record<string, any> = {};
    for (const k of ['select', 'selectAll', 'boundingClientRect', 'fields', 'in']) query[k] = () => query;
    query.exec = (cb: (r: unknown[]) => void) => cb([{ node: chart.canvas }, { width: 343, height: 220 }]);
    return query;
  };
  const page = await open('dash/board/index');
  await sleep(300);
  expect(page.dom.textContent).toContain('东头村社区数据看板');
  expect(page.dom.textContent).toContain('水电维修');
  const category = charts.find((c) => c.drawn.texts.includes('水电维修'));
  expect(category).toBeDefined();
  expect(category!.canvas.width).toBe(686);
  expect(category!.drawn.texts).toEqual(expect.arrayContaining(['邻里守望', '6', '3']));
  expect(category!.drawn.fills.some((f) => /c8161d|200,\s*22,\s*29/i.test(f))).toBe(true);
});
