import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { OrderView } from '../../../types/views';
import { URGENCY_LABEL, placedByLabel } from '../../utils/labels';
import { ago, deadlineNote } from '../../utils/time';
import StatusTag from '../status-tag';
import './index.scss';

export interface OrderCardProps {
  order: OrderView;
  /** Opens the detail page; children (buttons) do not trigger it. */
  onOpen?: (order: OrderView) => void;
  /** Show points and the time limit: time left while active, finished on time or late once done (pool, queue). */
  showDeadline?: boolean;
}

/**
 * One order in a list: what, where, how urgent, its status (已督办 while an urge waits for an answer) and, for members,
 * the points and the time left.
 */
export default function OrderCard({ order, onOpen, showDeadline, children }: PropsWithChildren<OrderCardProps>) {
  const due = deadlineNote(order);
  return (
    <View className="order-card" data-testid="order-card" data-order-id={order.id}>
      <View className="order-card__body" onClick={() => onOpen?.(order)}>
        <View className="order-card__head">
          <Text className="order-card__title">{order.title}</Text>
          <StatusTag status={order.status} overdue={order.overdue} />
        </View>
        <View className="order-card__meta">
          <Text className="order-card__category">{order.categoryName}</Text>
          {order.urgency !== 'normal' && <Text className="order-card__urgent">{URGENCY_LABEL[order.urgency]}</Text>}
          {order.urgedAt && (
            <Text className="order-card__urged" data-testid="urged">
              已督办
            </Text>
          )}
          {order.gridName && <Text>{order.gridName}</Text>}
          {order.placedBy && <Text data-testid="placed-by">{placedByLabel(order.placedBy)}</Text>}
          <Text>{ago(order.createdAt)}</Text>
        </View>
        {order.address && <Text className="order-card__address">{order.address}</Text>}
        {showDeadline && (
          <View className="order-card__meta">
            <Text className="order-card__points">{order.points} 积分</Text>
            {due && <Text className={due.late ? 'order-card__late' : ''}>{due.text}</Text>}
            {order.headcount > 1 && <Text>需 {order.headcount} 人 · 已接 {order.holders.length} 人</Text>}
          </View>
        )}
      </View>
      {children && <View className="order-card__actions">{children}</View>}
    </View>
  );
}
