import { Step, Steps } from '@nutui/nutui-react-taro';
import type { OrderStatus } from '../../../types/domain';
import { STATUS_LABEL, STEPS } from '../../utils/labels';

export interface OrderStepsProps {
  status: OrderStatus;
}

/** Where the order is on its way: 已点单 → 已派单 → 办理中 → 待评价 → 已办结 (or where it stopped). */
export default function OrderSteps({ status }: OrderStepsProps) {
  const stopped = status === 'rejected' || status === 'cancelled';
  const at = STEPS.findIndex((s) => s.statuses.includes(status));
  const steps = stopped ? [STEPS[0], { title: STATUS_LABEL[status], statuses: [status] }] : STEPS;
  return (
    <Steps value={stopped ? 2 : at + 1}>
      {steps.map((s, i) => (
        <Step key={s.title} value={i + 1} title={s.title} />
      ))}
    </Steps>
  );
}
