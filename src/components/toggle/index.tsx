import { View } from '@tarojs/components';
import { role } from '../../utils/a11y';
import './index.scss';

export interface ToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What it switches, read by screen readers (the visible label sits beside it in its row). */
  label: string;
  testId?: string;
}

/**
 * An on/off switch, read as a switch with its state in both builds (NutUI's Switch names itself with `aria-role`,
 * which browsers reject); a 44 pt target that grows with the text scale.
 */
export default function Toggle({ checked, onChange, label, testId }: ToggleProps) {
  return (
    <View
      className={`toggle ${checked ? 'toggle--on' : ''}`}
      {...role('switch', true)}
      aria-checked={checked}
      aria-label={label}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <View className="toggle__knob" />
    </View>
  );
}
