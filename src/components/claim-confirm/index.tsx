import { Button, Popup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OrderView } from '../../../types/views';
import { formatTime, remaining } from '../../utils/time';
import FactList, { Fact } from '../fact-list';
import { role } from '../../utils/a11y';
import './index.scss';

export interface ClaimConfirmProps {
  /** The order the member is about to claim; null hides the sheet. */
  order: OrderView | null;
  onClose: () => void;
  /** Sends the claim; the sheet shows a spinner until it settles. Errors are the caller's to show. */
  onConfirm: (order: OrderView) => Promise<void>;
}

/** 认领确认: what the member is taking on (the need, the time limit, the points) before the claim is sent. */
export default function ClaimConfirm({ order, onClose, onConfirm }: ClaimConfirmProps) {
  const [busy, setBusy] = useState(false);
  if (!order) return null;

  async function confirm() {
    if (busy) return;
    setBusy(true);
    try {
      await onConfirm(order!);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible position="bottom" round closeable onClose={busy ? undefined : onClose} title="确认认领这个需求？">
      <View className="claim-confirm" data-testid="claim-confirm" data-order-id={order.id} {...role('region', true)} aria-label="认领确认">
        <Text className="claim-confirm__title">{order.title}</Text>
        <FactList>
          <Fact label="服务类别" value={order.categoryName} />
          {order.address && <Fact label="地点" value={order.address} />}
          {!order.address && order.gridName && <Fact label="网格" value={order.gridName} />}
          {order.deadline && <Fact label="办结时限" value={`${formatTime(order.deadline)}（${remaining(order.deadline)}）`} />}
          {order.preferredTime && <Fact label="期望时间" value={formatTime(order.preferredTime)} />}
          <Fact label="可得积分" value={`${order.points} 分`} strong />
          {order.headcount > 1 && <Fact label="需要人数" value={`${order.headcount} 人，已有 ${order.holders.length} 人认领`} />}
        </FactList>
        <Text className="claim-confirm__hint">认领后请尽快联系居民，按时上门服务；确实无法完成的，请在任务详情里退回并说明原因。</Text>
        <View className="claim-confirm__buttons">
          <Button size="large" data-testid="claim-confirm-cancel" disabled={busy} onClick={onClose}>
            再想想
          </Button>
          <Button size="large" type="primary" data-testid="claim-confirm-ok" loading={busy} disabled={busy} onClick={confirm}>
            确认认领
          </Button>
        </View>
      </View>
    </Popup>
  );
}
