import { Text, View } from '@tarojs/components';
import type { NoticeView } from '../../../types/notices';
import { NOTICE_LABEL } from '../../../types/notices';
import { role } from '../../utils/a11y';
import { formatTime } from '../../utils/time';
import './index.scss';

export interface NoticeCardProps {
  notice: NoticeView;
  /** Opens the order the notice is about. */
  onOpen: (notice: NoticeView) => void;
}

/** One notice in the message centre: what kind, which order, what happened, when; unread ones marked in words too. */
export default function NoticeCard({ notice, onOpen }: NoticeCardProps) {
  const urgent = notice.kind === 'new_order' && /^【(紧急|危及生命)】/.test(notice.text);
  return (
    <View
      className={`notice-card ${notice.read ? '' : 'notice-card--unread'}`}
      data-testid="notice"
      data-notice-id={notice.id}
      {...role('button', true)}
      onClick={() => onOpen(notice)}
    >
      <View className="notice-card__head">
        <Text className={`notice-card__kind ${urgent ? 'notice-card__kind--urgent' : ''}`}>{NOTICE_LABEL[notice.kind]}</Text>
        {!notice.read && (
          <Text className="notice-card__unread" data-testid="notice-unread">
            未读
          </Text>
        )}
        <Text className="notice-card__at">{formatTime(notice.at)}</Text>
      </View>
      <Text className="notice-card__title">{notice.title}</Text>
      <Text className="notice-card__text">{notice.text}</Text>
    </View>
  );
}
