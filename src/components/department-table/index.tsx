import { Text, View } from '@tarojs/components';
import type { DepartmentFiguresRow } from '../../../types/stats';
import { role } from '../../utils/a11y';

export interface DepartmentTableProps {
  /** The street's departments with their 部门考核 figures (stats.street `byDepartment`). */
  rows: DepartmentFiguresRow[];
}

const HEAD = ['职能部门', '转派数', '办结数', '按时办结率', '满意率'];
const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 部门考核: how each department of the street did with the orders sent to it, as a real table for screen readers. */
export default function DepartmentTable({ rows }: DepartmentTableProps) {
  if (rows.length === 0) return null;
  return (
    <View className="dash__table-wrap" data-testid="table-departments">
      <Text className="dash__chart-title">部门考核</Text>
      <View className="dash__table" {...role('table')} aria-label="部门考核">
        <View className="dash__tr dash__tr--head" {...role('row')}>
          {HEAD.map((h) => (
            <View key={h} className="dash__td" {...role('columnheader')}>
              <Text>{h}</Text>
            </View>
          ))}
        </View>
        {rows.map((d) => (
          <View key={d.departmentId} className="dash__tr" {...role('row')} data-testid="table-row">
            {[d.name, String(d.received), String(d.resolved), pct(d.onTimeRate), pct(d.satisfaction)].map((cell, i) => (
              <View key={i} className="dash__td" {...role('cell')}>
                <Text>{cell}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
