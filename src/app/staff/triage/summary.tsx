import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { OrderDetail } from '../../../../types/views';
import FactList, { Fact } from '../../../components/fact-list';
import StatusTag from '../../../components/status-tag';
import { URGENCY_LABEL } from '../../../utils/labels';
import { photoUrl } from '../../../utils/photos';
import { formatTime } from '../../../utils/time';

/** What was asked, by whom, where: contact exactly as the server's view gives it. */
export default function Summary({ order }: { order: OrderDetail }) {
  const dial = order.contactMasked ? undefined : () => void Taro.makePhoneCall({ phoneNumber: order.contactPhone }).catch(() => undefined);
  return (
    <View className="triage__card" data-testid="triage-summary">
      <View className="triage__head">
        <Text className="triage__title">{order.title}</Text>
        <StatusTag status={order.status} overdue={order.overdue} />
      </View>
      <Text className={`triage__category ${order.urgency !== 'normal' ? 'triage__category--urgent' : ''}`}>
        {order.categoryName} · {URGENCY_LABEL[order.urgency]}
      </Text>
      {order.description && <Text className="triage__desc">{order.description}</Text>}
      {order.photoUrls.length > 0 && (
        <View className="triage__photos">
          {order.photoUrls.map((u) => (
            <Image
              key={u}
              className="triage__photo"
              src={photoUrl(u)}
              mode="aspectFill"
              nativeProps={{ alt: '需求照片' }}
              onClick={() => Taro.previewImage({ urls: order.photoUrls.map(photoUrl), current: photoUrl(u) })}
            />
          ))}
        </View>
      )}
      <FactList>
        <Fact label="联系人" value={order.contactName} testId="triage-contact-name" />
        <Fact label="联系电话" value={order.contactPhone} testId="triage-contact-phone" onTap={dial} />
        {order.address && <Fact label="地址" value={order.address} testId="triage-address" />}
        {order.gridName && <Fact label="网格" value={order.gridName} />}
        {order.preferredTime && <Fact label="期望时间" value={formatTime(order.preferredTime)} />}
        <Fact label="点单时间" value={formatTime(order.createdAt)} />
        {order.escalationNote && <Fact label="上报说明" value={order.escalationNote} />}
      </FactList>
    </View>
  );
}
