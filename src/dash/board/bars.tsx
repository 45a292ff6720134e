import { Text, View } from '@tarojs/components';
import { role } from '../../utils/a11y';

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
  /** Opens the list behind one bar; without it the bars are plain. */
  onTap?: (bar: Bar) => void;
  testId?: string;
}

/**
 * A horizontal bar chart drawn with Views: every bar carries its label and number as text, so it reads the same to a
 * screen reader as on screen, renders alike in WeChat and the browser, and needs no canvas library.
 */
export default function Bars({ title, bars, onTap, testId }: BarsProps) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <View className="dash__chart" data-testid={testId}>
      <Text className="dash__chart-title">{title}</Text>
      <View {...role('list')} aria-label={title}>
        {bars.map((b) => (
          <View
            key={b.id}
            className={`dash__bar ${onTap ? 'dash__bar--link' : ''}`}
            {...role('listitem')}
          >
            <View className="dash__bar-row" data-testid="bar" {...(onTap ? role('link', true) : {})} onClick={onTap ? () => onTap(b) : undefined}>
              <Text className="dash__bar-label">{b.label}</Text>
              <View className="dash__bar-track">
                <View className="dash__bar-fill" style={{ width: `${(b.value / max) * 100}%` }} />
              </View>
              <Text className="dash__bar-value">{b.text ?? String(b.value)}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
