import { Picker, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { atLocal, local } from '../../utils/time';
import './index.scss';

export interface DateTimeFieldProps {
  /** An ISO instant, or null for 尽快 / no preference. */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** How many days ahead may be chosen. */
  days?: number;
  /** For the e2e test and the page's scroll-to-error. */
  testId?: string;
}

const DEFAULT_TIME = '09:00';

const dayOf = (offset: number) => local(new Date().toISOString()).add(offset, 'day').format('YYYY-MM-DD');

const QUICK: { key: string; label: string; at: () => string | null }[] = [
  { key: 'asap', label: '尽快', at: () => null },
  { key: 'tomorrow-am', label: '明天上午', at: () => atLocal(dayOf(1), '09:00') },
  { key: 'tomorrow-pm', label: '明天下午', at: () => atLocal(dayOf(1), '14:00') },
];

function dayLabel(date: string): string {
  const prefix = date === dayOf(0) ? '今天 ' : date === dayOf(1) ? '明天 ' : date === dayOf(2) ? '后天 ' : '';
  return `${prefix}${dayjs(date).format('M月D日')}（${dayjs(date).format('ddd')}）`;
}

/**
 * A preferred day and time, as big buttons: 尽快 / 明天上午 / 明天下午 in one tap, or the system's own date and
 * time wheels (Taro Picker) for anything else. Times are Asia/Shanghai wall-clock, sent as instants.
 */
export default function DateTimeField({ value, onChange, days = 60, testId = 'date-time-field' }: DateTimeFieldProps) {
  const date = value ? local(value).format('YYYY-MM-DD') : '';
  const time = value ? local(value).format('HH:mm') : '';
  const today = dayOf(0);

  function pickDate(d: string) {
    onChange(atLocal(d, time || DEFAULT_TIME));
  }
  function pickTime(t: string) {
    // No day yet: today if that time is still ahead, else tomorrow.
    const d = date || (atLocal(today, t) > new Date().toISOString() ? today : dayOf(1));
    onChange(atLocal(d, t));
  }

  return (
    <View className="date-time-field" data-testid={testId}>
      <View className="date-time-field__quick">
        {QUICK.map((q) => {
          const on = q.key === 'asap' ? value === null : value === q.at();
          return (
            <Text
              key={q.key}
              className={`date-time-field__chip ${on ? 'date-time-field__chip--on' : ''}`}
              data-testid={`time-quick-${q.key}`}
              aria-pressed={on}
              onClick={() => onChange(q.at())}
            >
              {q.label}
            </Text>
          );
        })}
      </View>
      <View className="date-time-field__pickers">
        <Picker mode="date" value={date || today} start={today} end={dayOf(days)} onChange={(e) => pickDate(e.detail.value)}>
          <View className="date-time-field__box" data-testid="preferred-date">
            <Text className={date ? '' : 'date-time-field__placeholder'}>{date ? dayLabel(date) : '选择日期'}</Text>
            <Text className="date-time-field__caret">▾</Text>
          </View>
        </Picker>
        <Picker mode="time" value={time || DEFAULT_TIME} onChange={(e) => pickTime(e.detail.value)}>
          <View className="date-time-field__box" data-testid="preferred-clock">
            <Text className={time ? '' : 'date-time-field__placeholder'}>{time || '选择时间'}</Text>
            <Text className="date-time-field__caret">▾</Text>
          </View>
        </Picker>
      </View>
    </View>
  );
}
