import { Text, View } from '@tarojs/components';
import type { OrderStatus } from '../../../types/domain';
import { STATUS_LABEL, STEPS } from '../../utils/labels';
import './index.scss';

export interface OrderStepsProps {
  status: OrderStatus;
}

/**
 * Where the order is on its way: 已点单 → 已派单 → 办理中 → 待评价 → 已办结 (or where it stopped).
 * The steps wrap onto a second line rather than being cut off at large text sizes.
 */
export default function OrderSteps({ status }: OrderStepsProps) {
  const stopped = status === 'rejected' || status === 'cancelled';
  const steps = stopped ? [STEPS[0], { title: STATUS_LABEL[status], statuses: [status] }] : STEPS;
  // A closed order has passed every step.
  const at = status === 'closed' ? steps.length : steps.findIndex((s) => s.statuses.includes(status));
  return (
    <View className="order-steps" data-testid="order-steps">
      {steps.map((s, i) => (
        <View key={s.title} className={`order-steps__step order-steps__step--${i < at ? 'done' : i === at ? 'now' : 'todo'}`} aria-current={i === at ? 'step' : undefined}>
          <Text className="order-steps__n">{i < at ? '✓' : i + 1}</Text>
          <Text className="order-steps__title">{s.title}</Text>
        </View>
      ))}
    </View>
  );
}
