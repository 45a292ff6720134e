import { Text } from '@tarojs/components';
import type { OrderStatus } from '../../../types/domain';
import { STATUS_COLOR, STATUS_LABEL } from '../../utils/labels';
import './index.scss';

export interface StatusTagProps {
  status: OrderStatus;
  /** Adds 已超期 beside the status. */
  overdue?: boolean;
}

/** The order's status in words and colour (white on a colour with at least 4.5:1 contrast). */
export default function StatusTag({ status, overdue }: StatusTagProps) {
  return (
    <Text className="status-tag-wrap">
      <Text className="status-tag" style={{ backgroundColor: STATUS_COLOR[status] }}>
        {STATUS_LABEL[status]}
      </Text>
      {overdue && <Text className="status-tag status-tag--overdue">已超期</Text>}
    </Text>
  );
}
