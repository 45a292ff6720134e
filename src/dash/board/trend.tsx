import type { TrendPoint, TrendBucket } from '../../../types/stats';
import { local } from '../../utils/time';
import Bars from './bars';
import { pct } from './format';
import Table from './table';

export interface TrendProps {
  trend: { bucket: TrendBucket; points: TrendPoint[] };
}

const label = (start: string, bucket: TrendBucket) => local(`${start}T00:00:00+08:00`).format(bucket === 'week' ? 'M月D日起' : 'YYYY年M月');

/** The trend by week or month: received as a line, and the 三率 of each bucket in a table. */
export default function Trend({ trend }: TrendProps) {
  const unit = trend.bucket === 'week' ? '按周' : '按月';
  return (
    <>
      <Bars title={`受理数趋势（${unit}）`} testId="chart-trend" type="line" unit="受理数" bars={trend.points.map((p) => ({ id: p.start, label: label(p.start, trend.bucket), value: p.received }))} />
      <Table
        caption={`三率趋势（${unit}）`}
        testId="table-trend"
        head={['时段', '受理数', '响应率', '解决率', '满意率']}
        rows={trend.points.map((p) => ({
          id: p.start,
          cells: [label(p.start, trend.bucket), String(p.received), pct(p.responseRate), pct(p.resolutionRate), pct(p.satisfaction)],
        }))}
      />
    </>
  );
}
