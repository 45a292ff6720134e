import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import { role } from '../../utils/a11y';
import './index.scss';

export interface FactProps {
  label: string;
  /** The value as text; or pass children for richer content (tags, a link). */
  value?: ReactNode;
  /** Makes the value a link (call, open); the row is the tap target. */
  onTap?: () => void;
  /** Test id of the value. */
  testId?: string;
  /** Stands out (the points a member earns). */
  strong?: boolean;
}

/** Label–value rows about one thing (an order, a member); rows wrap under each other at large text. */
export default function FactList({ children }: PropsWithChildren) {
  return <View className="fact-list">{children}</View>;
}

/** One row of a FactList. */
export function Fact({ label, value, onTap, testId, strong, children }: PropsWithChildren<FactProps>) {
  const cls = `fact-list__value ${onTap ? 'fact-list__value--link' : ''} ${strong ? 'fact-list__value--strong' : ''}`;
  return (
    <View className="fact-list__row" onClick={onTap} {...(onTap ? role('button', true) : {})}>
      <Text className="fact-list__label">{label}</Text>
      {children ? (
        <View className={cls} data-testid={testId}>
          {children}
        </View>
      ) : (
        <Text className={cls} data-testid={testId}>
          {value}
        </Text>
      )}
    </View>
  );
}
