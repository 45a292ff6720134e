import { Skeleton } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import './index.scss';

export interface ListSkeletonProps {
  /** How many placeholder cards. */
  rows?: number;
}

/** Grey cards in the shape of the list that is loading. */
export default function ListSkeleton({ rows = 3 }: ListSkeletonProps) {
  return (
    <View className="list-skeleton" aria-busy>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className="list-skeleton__card">
          <Skeleton rows={3} animated />
        </View>
      ))}
    </View>
  );
}
