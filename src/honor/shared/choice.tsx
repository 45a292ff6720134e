import { Text, View } from '@tarojs/components';
import { role } from '../../utils/a11y';
import './choice.scss';

export interface ChoiceProps<T extends string> {
  /** What the group is, read before its choices. */
  label: string;
  options: { value: T; label: string; testId: string }[];
  value: T;
  onChange: (value: T) => void;
}

/**
 * One choice of a few, as pills read as a radio group. The board's own (the shared Chips live in the `app`
 * subpackage: using them here would copy them into this one too).
 */
export default function Choice<T extends string>({ label, options, value, onChange }: ChoiceProps<T>) {
  return (
    <View className="choice" {...role('radiogroup')} aria-label={label}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`choice__item ${o.value === value ? 'choice__item--on' : ''}`}
          {...role('radio', true)}
          aria-checked={o.value === value}
          data-testid={o.testId}
          onClick={() => onChange(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}
