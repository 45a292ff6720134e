import { Text, View } from '@tarojs/components';
import type { WishView } from '../../../../types/wishes';
import { role } from '../../../utils/a11y';
import { formatTime } from '../../../utils/time';
import { wishStateLabel } from './labels';
import './wish-card.scss';

export interface WishCardProps {
  wish: WishView;
  onOpen: (wish: WishView) => void;
}

/** One wish on the wall: what is wished for, for whom (by label only), its value and who took it. */
export default function WishCard({ wish, onOpen }: WishCardProps) {
  return (
    <View className="wish-card" data-testid="wish-card" data-wish-id={wish.id} {...role('link', true)} onClick={() => onOpen(wish)}>
      <View className="wish-card__head">
        <Text className="wish-card__title">{wish.title}</Text>
        <Text className={`wish-card__state wish-card__state--${wish.status}`}>{wishStateLabel(wish)}</Text>
      </View>
      <Text className="wish-card__who">{wish.beneficiary}</Text>
      <View className="wish-card__foot">
        <Text>约 {wish.value} 元</Text>
        <Text>{wish.claimer ? `${wish.claimer.name} 认领` : wish.released ? `截止 ${formatTime(wish.deadline)}` : `${formatTime(wish.releaseAt)} 发布`}</Text>
      </View>
    </View>
  );
}
