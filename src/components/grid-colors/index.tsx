import { Text, View } from '@tarojs/components';
import { GRID_COLOR_LABEL, type GridColorFigures, type GridColors as Colors } from '../../../types/stats';
import { role } from '../../utils/a11y';
import './index.scss';

export interface GridColorsProps {
  colors: Colors;
  /** Names each grid's community too (the street's board). */
  withCommunity?: boolean;
}

const FIGURE_LABEL: Record<keyof GridColorFigures, string> = { onTimeRate: '按时办结率', satisfaction: '满意率', visitReachRate: '有效回访率' };
const KEYS = Object.keys(FIGURE_LABEL) as (keyof GridColorFigures)[];
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
const line = (t: Record<keyof GridColorFigures, number>) => KEYS.map((k) => `${FIGURE_LABEL[k]}${pct(t[k])}`).join('、');

/**
 * 三色网格: each grid's colour for the quarter, said in words (红 / 蓝 / 黄) on a badge as well as by its colour, with
 * the figures it was rated on and the street's standards.
 */
export default function GridColors({ colors: c, withCommunity }: GridColorsProps) {
  return (
    <View className="grid-colors" data-testid="grid-colors">
      <Text className="grid-colors__title">三色网格（{c.quarter}）</Text>
      <Text className="grid-colors__rule">
        红：{line(c.thresholds.red)}均达到；黄：任一低于{line(c.thresholds.yellow)}；其余为蓝
      </Text>
      {c.grids.length === 0 ? (
        <Text className="grid-colors__rule">还没有网格</Text>
      ) : (
        <View {...role('list')} aria-label="三色网格">
          {c.grids.map((g) => (
            <View key={g.gridId} className="grid-colors__row" {...role('listitem')} data-testid="grid-color" data-color={g.color}>
              <Text className={`grid-colors__badge grid-colors__badge--${g.color}`}>{GRID_COLOR_LABEL[g.color]}</Text>
              <View className="grid-colors__body">
                <Text className="grid-colors__name">{withCommunity ? `${g.communityName} · ${g.name}` : g.name}</Text>
                <Text className="grid-colors__figures">
                  受理{g.received}件 · {KEYS.map((k) => `${FIGURE_LABEL[k]}${pct(g[k])}`).join(' · ')}
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
