import { Picker, Text, View } from '@tarojs/components';
import Chips from '../../components/chips';
import { local } from '../../utils/time';
import { customSpan, PERIODS, spanOf, type PeriodKey, type Span } from './period';

export interface PeriodChoice {
  key: PeriodKey;
  span: Span;
  /** The custom days (YYYY-MM-DD, Beijing), kept so the pickers show them. */
  fromDay: string;
  toDay: string;
}

export interface PeriodPickerProps {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
}

const today = () => local(new Date().toISOString()).format('YYYY-MM-DD');

/** 本月 as the dashboard opens. */
export function initialPeriod(): PeriodChoice {
  const day = today();
  return { key: 'month', span: spanOf('month'), fromDay: `${day.slice(0, 8)}01`, toDay: day };
}

/** 本月 · 上月 · 本季度 · 本年 · 自定义 (two days, both counted), all in Beijing time. */
export default function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const choose = (key: PeriodKey) =>
    onChange(key === 'custom' ? { ...value, key, span: customSpan(value.fromDay, value.toDay) } : { ...value, key, span: spanOf(key) });
  const pick = (fromDay: string, toDay: string) => onChange({ key: 'custom', span: customSpan(fromDay, toDay), fromDay, toDay });
  return (
    <View className="dash__period">
      <Chips label="统计时段" testId="period" options={PERIODS.map((p) => ({ value: p.key, label: p.label, testId: `period-${p.key}` }))} value={value.key} onChange={choose} />
      {value.key === 'custom' && (
        <View className="dash__custom">
          <Picker mode="date" value={value.fromDay} end={today()} onChange={(e) => pick(e.detail.value, value.toDay)}>
            <View className="dash__day" data-testid="period-from">
              <Text>从 {value.fromDay}</Text>
            </View>
          </Picker>
          <Picker mode="date" value={value.toDay} end={today()} onChange={(e) => pick(value.fromDay, e.detail.value)}>
            <View className="dash__day" data-testid="period-to">
              <Text>到 {value.toDay}</Text>
            </View>
          </Picker>
        </View>
      )}
    </View>
  );
}
