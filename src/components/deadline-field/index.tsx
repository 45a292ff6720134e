import { Picker, Text, View } from '@tarojs/components';
import { deadlineOf, today, type DeadlineChoice } from '../../utils/deadline';
import { formatTime, local, remaining } from '../../utils/time';
import Chips from '../chips';
import { role } from '../../utils/a11y';
import './index.scss';

export interface DeadlineFieldProps {
  value: DeadlineChoice | null;
  onChange: (choice: DeadlineChoice) => void;
  /** Quick choices in days. */
  days: number[];
  /** The time limit the order already has, offered to keep. */
  current?: string | null;
  /** What the limit is for, read before the choices. */
  label: string;
  testId: string;
}

/** 办结时限: a quick number of days, the order's current limit, or a day from the date picker; shows what it means. */
export default function DeadlineField({ value, onChange, days, current, label, testId }: DeadlineFieldProps) {
  const now = new Date();
  const key = !value ? '' : 'days' in value ? `d${value.days}` : 'iso' in value ? 'iso' : 'date';
  const keepCurrent = current && Date.parse(current) > now.getTime();
  const options = [
    ...days.map((d) => ({ value: `d${d}`, label: `${d}天` })),
    ...(keepCurrent ? [{ value: 'iso', label: `保持原时限（${formatTime(current)}）` }] : []),
  ];
  const picked = value && 'date' in value ? value.date : '';
  return (
    <View data-testid={testId}>
      <View className="deadline-field">
        <Chips label={label} options={options} value={key} onChange={(k) => onChange(k === 'iso' ? { iso: current! } : { days: Number(k.slice(1)) })} />
        <Picker mode="date" value={picked || today(now)} start={today(now)} onChange={(e) => onChange({ date: String(e.detail.value) })}>
          <View {...role('button', true)} className={`chip ${picked ? 'chip--on' : ''}`} data-testid={`${testId}-date`}>
            <Text>{picked ? local(`${picked}T12:00:00+08:00`).format('M月D日') : '选择日期'}</Text>
          </View>
        </Picker>
      </View>
      {value && (
        <Text className="deadline-field__result" data-testid={`${testId}-result`}>
          {formatTime(deadlineOf(value, now))} 前办结（{remaining(deadlineOf(value, now), now)}）
        </Text>
      )}
    </View>
  );
}
