import { Text, View } from '@tarojs/components';
import { LIMITS } from '../../../types/limits';
import { useSession } from '../../services/session';
import { role } from '../../utils/a11y';
import './index.scss';

/** A star's tap target in CSS px at ×1 (WCAG and Apple ask for at least 44); it grows with the text scale. */
export const STAR_PX = 48;

export interface StarsProps {
  /** 0 (none yet) to 5. */
  value: number;
  onChange: (stars: number) => void;
  /** What is being rated, read before the stars. */
  label: string;
  testId?: string;
}

/** 1–5 stars as a radio group: big, dark-outlined, each read as 1星…5星; the chosen count is said in words beside. */
export default function Stars({ value, onChange, label, testId }: StarsProps) {
  const { fontScale } = useSession();
  const size = `${STAR_PX * fontScale}px`;
  const stars = Array.from({ length: LIMITS.stars.max }, (_, i) => i + 1);
  return (
    <View className="stars" {...role('radiogroup')} aria-label={label} data-testid={testId}>
      {stars.map((n) => (
        <View
          key={n}
          className={`stars__item ${n <= value ? 'stars__item--on' : ''}`}
          style={{ width: size, height: size, fontSize: `${STAR_PX * 0.75 * fontScale}px` }}
          {...role('radio', true)}
          aria-checked={n === value}
          aria-label={`${n}星`}
          onClick={() => onChange(n)}
        >
          <Text aria-hidden="true">{n <= value ? '★' : '☆'}</Text>
        </View>
      ))}
      {value > 0 && <Text className="stars__said">{value}星</Text>}
    </View>
  );
}
