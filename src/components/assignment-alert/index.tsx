import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { OrderView } from '../../../types/views';
import { remaining } from '../../utils/time';
import './index.scss';

export interface AssignmentAlertProps {
  /** Orders the community assigned to this member, waiting for their answer. */
  orders: OrderView[];
  /** The time to count down from (renewed by the page). */
  now: Date;
  onOpen: (order: OrderView) => void;
}

/** 待您响应: each assignment with the time left before it goes back to the community. Nothing when none wait. */
export default function AssignmentAlert({ orders, now, onOpen }: AssignmentAlertProps) {
  if (orders.length === 0) return null;
  return (
    <View className="assignment-alert" data-testid="assignments">
      <Text className="assignment-alert__head">社区指派给您 {orders.length} 个需求，待您响应</Text>
      {orders.map((o) => (
        <View key={o.id} className="assignment-alert__item" data-testid="assignment" data-order-id={o.id}>
          <View className="assignment-alert__what">
            <Text className="assignment-alert__title">{o.title}</Text>
            {o.answerBy && (
              <Text className="assignment-alert__left" data-testid="assignment-left">
                {Date.parse(o.answerBy) > now.getTime() ? `${remaining(o.answerBy, now)}，请及时接受或说明原因` : '响应时间已到，即将退回社区'}
              </Text>
            )}
          </View>
          <Button type="primary" size="large" onClick={() => onOpen(o)}>
            去响应
          </Button>
        </View>
      ))}
    </View>
  );
}
