import { Text, View } from '@tarojs/components';
import { role } from '../../utils/a11y';
import Chart, { type ChartType } from './chart';

export interface Bar {
  id: string;
  label: string;
  value: number;
  /** The number as shown beside the bar (e.g. 98.9%); the value itself when absent. */
  text?: string;
}

export interface BarsProps {
  /** What the chart shows, read aloud before its bars. */
  title: string;
  bars: Bar[];
  /** How the canvas draws them: vertical bars (default), horizontal bars (a ranking) or a line (a trend). */
  type?: ChartType;
  /** What one value counts, for the chart (e.g. 受理数). */
  unit: string;
  /** Opens the list behind one bar; without it the bars are plain. */
  onTap?: (bar: Bar) => void;
  testId?: string;
}

/**
 * A chart drawn on a canvas, for staff who would rather look than read, and below it every bar as a row of text
 * with its label and number (a link when `onTap` is given), for those who read or use a screen reader. Tapping a
 * bar in the drawing or its row does the same.
 */
export default function Bars({ title, bars, type = 'column', unit, onTap, testId }: BarsProps) {
  const summary = `${title}：${bars.map((b) => `${b.label} ${b.text ?? b.value}`).join('，')}`;
  return (
    <View className="dash__chart" data-testid={testId}>
      <Text className="dash__chart-title">{title}</Text>
      {bars.length > 0 && (
        <Chart
          type={type}
          label={summary}
          name={unit}
          categories={bars.map((b) => b.label)}
          values={bars.map((b) => b.value)}
          onTap={onTap ? (i) => onTap(bars[i]) : undefined}
        />
      )}
      <View {...role('list')} aria-label={title}>
        {bars.map((b) => (
          <View
            key={b.id}
            className={`dash__bar ${onTap ? 'dash__bar--link' : ''}`}
            {...role('listitem')}
          >
            <View className="dash__bar-row" data-testid="bar" {...(onTap ? role('link', true) : {})} onClick={onTap ? () => onTap(b) : undefined}>
              <Text className="dash__bar-label">{b.label}</Text>
              <Text className="dash__bar-value">{b.text ?? String(b.value)}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
