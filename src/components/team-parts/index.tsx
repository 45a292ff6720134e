import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { OrderView } from '../../../types/views';
import { photoUrl } from '../../utils/photos';
import { formatTime } from '../../utils/time';
import './index.scss';

export interface TeamPartsProps {
  /** The order's holders, each with their part once reported. */
  holders: OrderView['holders'];
}

/** "2/3 已报告" for a team order's holders as they stand now. */
export function partsSummary(holders: OrderView['holders']): string {
  return `${holders.filter((h) => h.part).length}/${holders.length} 已报告`;
}

/** A team order's members and what each reported of their own part: hours, note and photos; or 待报告. */
export default function TeamParts({ holders }: TeamPartsProps) {
  return (
    <View className="team-parts" data-testid="team-parts">
      <View className="team-parts__head">
        <Text className="team-parts__title">队员完成情况</Text>
        <Text className="team-parts__count" data-testid="team-parts-count">
          {partsSummary(holders)}
        </Text>
      </View>
      {holders.map((h) => (
        <View key={h.memberId} className="team-parts__item" data-member-id={h.memberId} data-reported={!!h.part}>
          <View className="team-parts__who">
            <Text className="team-parts__name">{h.name}</Text>
            <Text className={`team-parts__state ${h.part ? 'team-parts__state--done' : ''}`}>
              {h.part ? `已报告 · ${h.part.hours}小时 · ${formatTime(h.part.at)}` : '待报告'}
            </Text>
          </View>
          {h.part && <Text className="team-parts__note">{h.part.note}</Text>}
          {h.part && h.part.photoUrls.length > 0 && (
            <View className="team-parts__photos">
              {h.part.photoUrls.map((u) => (
                <Image
                  key={u}
                  className="team-parts__photo"
                  src={photoUrl(u)}
                  mode="aspectFill"
                  nativeProps={{ alt: `${h.name}的完成照片` }}
                  onClick={() => Taro.previewImage({ urls: h.part!.photoUrls.map(photoUrl), current: photoUrl(u) })}
                />
              ))}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
