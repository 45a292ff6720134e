import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { role } from '../../utils/a11y';
import './index.scss';

export interface LoadErrorProps {
  /** What went wrong, in words the person understands (e.g. 网络不太稳定，请检查网络后重试). */
  message: string;
  onRetry: () => void;
}

/** A part of a page that could not load: why, and 重试. */
export default function LoadError({ message, onRetry }: LoadErrorProps) {
  return (
    <View className="load-error" {...role('alert')}>
      <Text className="load-error__text">{message}</Text>
      <Button size="large" onClick={onRetry}>
        重试
      </Button>
    </View>
  );
}
