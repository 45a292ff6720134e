import type { CommunityStats } from '../../../types/stats';
import GridColors from '../../components/grid-colors';
import { go, ROUTES } from '../../utils/routes';
import Bars from './bars';
import Figures from './figures';
import { pct } from './format';
import Table from './table';
import Trend from './trend';

export interface CommunityBoardProps {
  stats: CommunityStats;
  /** The figures lead to the staff's own queue only for their own community (street staff's queue is 已上报 only). */
  linksToQueue: boolean;
}

const SLICE_HEAD = ['名称', '受理数', '解决率', '满意率', '按时办结率', '曾超期'];

/** 社区数据看板: the figures, the trend, and the breakdowns by category, grid and member. */
export default function CommunityBoard({ stats: s, linksToQueue }: CommunityBoardProps) {
  const toQueue = (query: Record<string, string>) => (linksToQueue ? () => go(ROUTES.queue, query) : undefined);
  const sliceRows = (slices: CommunityStats['byCategory']) =>
    slices.map((c) => ({ id: c.id, cells: [c.name, String(c.received), pct(c.resolutionRate), pct(c.satisfaction), pct(c.onTimeRate), String(c.counts.overdue)] }));
  return (
    <>
      <Figures figures={s} topics={s} overdueNow={s.overdueNow} onOverdue={toQueue({ tab: 'overdue' })} />
      <Trend trend={s.trend} />
      <Bars
        title="各类别受理数"
        testId="chart-category"
        unit="受理数"
        bars={s.byCategory.map((c) => ({ id: c.id, label: c.name, value: c.received }))}
        onTap={linksToQueue ? (b) => go(ROUTES.queue, { category: b.id }) : undefined}
      />
      <Table
        caption="按服务类别"
        testId="table-category"
        head={SLICE_HEAD}
        rows={sliceRows(s.byCategory)}
        onRow={linksToQueue ? (id) => go(ROUTES.queue, { category: id }) : undefined}
      />
      <Bars
        title="各网格受理数"
        testId="chart-grid"
        unit="受理数"
        bars={s.byGrid.map((g) => ({ id: g.id, label: g.name, value: g.received }))}
        onTap={linksToQueue ? (b) => go(ROUTES.queue, { grid: b.id }) : undefined}
      />
      <Table
        caption="按网格"
        testId="table-grid"
        head={SLICE_HEAD}
        rows={sliceRows(s.byGrid)}
        onRow={linksToQueue ? (id) => go(ROUTES.queue, { grid: id }) : undefined}
      />
      <GridColors colors={s.gridColors} />
      <Table
        caption="按党员"
        testId="table-member"
        head={['党员', '承办', '办结', '按时办结率', '满意率', '自动办结', '重新办理']}
        rows={s.byMember.map((m) => ({
          id: m.memberId,
          cells: [m.name, String(m.served), String(m.completed), pct(m.onTimeRate), pct(m.satisfaction), String(m.autoClosed), String(m.reopened)],
        }))}
      />
    </>
  );
}
