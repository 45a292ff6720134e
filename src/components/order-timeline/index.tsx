import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { OrderDetail } from '../../../types/views';
import { EVENT_LABEL, STATUS_LABEL } from '../../utils/labels';
import { photoUrl } from '../../utils/photos';
import { formatTime } from '../../utils/time';
import './index.scss';

export interface OrderTimelineProps {
  timeline: OrderDetail['timeline'];
}

const ROLE: Record<string, string> = { resident: '居民', member: '党员', staff: '社区', street_staff: '街道', grid_worker: '网格员', grid_leader: '网格长', system: '' };

/** Every step the order took: who, when, what, with their note and photos; newest first. */
export default function OrderTimeline({ timeline }: OrderTimelineProps) {
  return (
    <View className="order-timeline" data-testid="timeline">
      {[...timeline].reverse().map((e) => (
        <View key={e.id} className="order-timeline__item" data-event={e.type}>
          <View className="order-timeline__dot" />
          <View className="order-timeline__body">
            <View className="order-timeline__head">
              <Text className="order-timeline__what">{EVENT_LABEL[e.type] ?? e.type}</Text>
              {e.from !== e.to && <Text className="order-timeline__status">{STATUS_LABEL[e.to]}</Text>}
            </View>
            <Text className="order-timeline__who">
              {[ROLE[e.actorRole], e.actorName].filter(Boolean).join(' · ')} {formatTime(e.at)}
            </Text>
            {e.note && <Text className="order-timeline__note">{e.note}</Text>}
            {e.photoUrls.length > 0 && (
              <View className="order-timeline__photos">
                {e.photoUrls.map((u) => (
                  <Image key={u} className="order-timeline__photo" src={photoUrl(u)} mode="aspectFill" nativeProps={{ alt: `${EVENT_LABEL[e.type] ?? ''}照片` }} onClick={() => Taro.previewImage({ urls: e.photoUrls.map(photoUrl), current: photoUrl(u) })} />
                ))}
              </View>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
