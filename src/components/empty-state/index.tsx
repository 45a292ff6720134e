import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import './index.scss';

export interface EmptyStateProps {
  title: string;
  /** One line on what happens next or what to do. */
  hint?: string;
  /** A next step, e.g. 去点单. */
  actionText?: string;
  onAction?: () => void;
}

/** An empty list that says why and offers the next step. */
export default function EmptyState({ title, hint, actionText, onAction }: EmptyStateProps) {
  return (
    <View className="empty-state">
      <Text className="empty-state__title">{title}</Text>
      {hint && <Text className="empty-state__hint">{hint}</Text>}
      {actionText && onAction && (
        <Button type="primary" size="large" onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  );
}
