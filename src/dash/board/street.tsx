import type { StreetStats } from '../../../types/stats';
import GridColors from '../../components/grid-colors';
import DepartmentTable from '../../components/department-table';
import Bars from './bars';
import Figures from './figures';
import { pct } from './format';
import Table from './table';
import ThresholdsForm from './thresholds';
import Trend from './trend';

export interface StreetBoardProps {
  stats: StreetStats;
  /** Opens one community's own dashboard. */
  onCommunity: (communityId: string) => void;
  /** The street's admin may change the 三色网格 standards; the figures are reloaded after. */
  mayEditThresholds: boolean;
  onReload: () => void;
}

/** 街道数据看板: the street's figures, every community side by side ranked by 综合得分, and the trend. */
export default function StreetBoard({ stats: s, onCommunity, mayEditThresholds, onReload }: StreetBoardProps) {
  return (
    <>
      <Figures figures={s} topics={s} overdueNow={s.overdueNow} />
      <Bars
        title="各社区综合得分排名（响应率、解决率、满意率的平均）"
        testId="chart-ranking"
        type="bar"
        unit="综合得分"
        bars={s.communities.map((c) => ({ id: c.communityId, label: `${c.rank}. ${c.name}`, value: c.score ?? 0, text: c.score === null ? '—' : String(c.score) }))}
        onTap={(b) => onCommunity(b.id)}
      />
      <Table
        caption="各社区对比"
        testId="table-communities"
        head={['社区', '排名', '综合得分', '受理数', '响应率', '解决率', '满意率', '按时办结率', '自动办结', '代评', '未评价', '当前超期']}
        rows={s.communities.map((c) => ({
          id: c.communityId,
          cells: [
            c.name,
            `第${c.rank}名`,
            c.score === null ? '—' : String(c.score),
            String(c.received),
            pct(c.responseRate),
            pct(c.resolutionRate),
            pct(c.satisfaction),
            pct(c.onTimeRate),
            String(c.ratings.autoClosed),
            String(c.ratings.proxyRated),
            String(c.ratings.unrated),
            String(c.overdueNow),
          ],
        }))}
        onRow={onCommunity}
      />
      <GridColors colors={s.gridColors} withCommunity />
      {mayEditThresholds && <ThresholdsForm streetId={s.streetId} value={s.gridColors.thresholds} onSaved={onReload} />}
      <DepartmentTable rows={s.byDepartment} />
      <Trend trend={s.trend} />
    </>
  );
}
