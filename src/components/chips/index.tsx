import { Text, View } from '@tarojs/components';
import { role as a11y } from '../../utils/a11y';
import './index.scss';

export interface ChipOption<T> {
  value: T;
  label: string;
  /** Test id of this one choice (e.g. `urgency-urgent`, `category-option`). */
  testId?: string;
  /** Put on the chip as `data-id`, for tests that pick by id. */
  dataId?: string;
  /** A colour dot before the label (a team's colour). */
  dot?: string;
  /** A look of its own: `chip--<tone>` (危及生命 in red). */
  tone?: string;
}

export interface ChipsProps<T> {
  /** What the group is, read aloud before its choices. */
  label: string;
  options: ChipOption<T>[];
  /** One value, or several when `multiple`. */
  value: T | T[];
  /** The value tapped (for `multiple`, the caller toggles it). */
  onChange: (value: T) => void;
  /** Several may be chosen: a group of checkboxes instead of radio buttons. */
  multiple?: boolean;
  /** Tapping the chosen one again chooses nothing (`null`), for an optional single choice. */
  clearable?: boolean;
  testId?: string;
}

/**
 * Choices as pills that wrap (nothing clips in 大字模式), read by screen readers as what they are: a radio group
 * (one) or a group of checkboxes (several), each saying whether it is chosen.
 */
export default function Chips<T extends string | number | boolean | null>({ label, options, value, onChange, multiple, clearable, testId }: ChipsProps<T>) {
  const on = (v: T) => (multiple ? (value as T[]).includes(v) : value === v);
  const tap = (v: T) => onChange(clearable && !multiple && on(v) ? (null as T) : v);
  return (
    <View className="chips" {...a11y(multiple ? 'group' : 'radiogroup')} aria-label={label} data-testid={testId}>
      {options.map((o) => (
        <View
          key={String(o.value)}
          className={`chip ${o.tone ? `chip--${o.tone}` : ''} ${on(o.value) ? 'chip--on' : ''}`}
          {...a11y(multiple ? 'checkbox' : 'radio', true)}
          aria-checked={on(o.value)}
          data-testid={o.testId}
          data-id={o.dataId}
          onClick={() => tap(o.value)}
        >
          {o.dot && <View className="chip__dot" style={{ backgroundColor: o.dot }} />}
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}
