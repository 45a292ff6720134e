import { Text } from '@tarojs/components';
import type { OrderStatus } from '../../../types/domain';
import { STATUS_COLOR, STATUS_LABEL } from '../../utils/labels';
import { isActive } from '../../utils/status';
import './index.scss';

export interface StatusTagProps {
  status: OrderStatus;
  /** Adds 已超期 beside the status while the order is still active (a finished order says how it finished instead). */
  overdue?: boolean;
}

/** The order's status in words and colour (white on a colour with at least 4.5:1 contrast). */
export default function StatusTag({ status, overdue }: StatusTagProps) {
  return (
    <Text className="status-tag-wrap">
      <Text className="status-tag" style={{ backgroundColor: STATUS_COLOR[status] }}>
        {STATUS_LABEL[status]}
      </Text>
      {overdue && isActive({ status }) && <Text className="status-tag status-tag--overdue">已超期</Text>}
    </Text>
  );
}
