import { Text, View } from '@tarojs/components';
import type { OrderStatus } from '../../../types/domain';
import { STATUS_LABEL, STEPS } from '../../utils/labels';
import './index.scss';

export interface OrderStepsProps {
  status: OrderStatus;
}

type Step = { title: string; statuses: OrderStatus[] };

/** The way this order goes: stopped early (未受理, 已取消), through the street (已上报), or the usual way. */
export function stepsFor(status: OrderStatus): Step[] {
  if (status === 'rejected' || status === 'cancelled') return [STEPS[0], { title: STATUS_LABEL[status], statuses: [status] }];
  // The street resolves an escalated order straight to 待评价.
  if (status === 'escalated') return [STEPS[0], { title: STATUS_LABEL.escalated, statuses: ['escalated'] }, ...STEPS.slice(3)];
  return STEPS;
}

/**
 * Where the order is on its way: 已点单 → 已派单 → 办理中 → 待评价 → 已办结 (or where it stopped, or 已上报).
 * The steps wrap onto a second line rather than being cut off at large text sizes.
 */
export default function OrderSteps({ status }: OrderStepsProps) {
  const steps = stepsFor(status);
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
