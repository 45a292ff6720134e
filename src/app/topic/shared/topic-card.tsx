import { Text, View } from '@tarojs/components';
import type { TopicView } from '../../../../types/topics';
import { role } from '../../../utils/a11y';
import { cosignText, TOPIC_STATUS_LABEL } from './labels';
import './topic-card.scss';

export interface TopicCardProps {
  topic: TopicView;
  onOpen: (topic: TopicView) => void;
}

/** One topic in the list: what is wrong, where, its step and its co-signs (or rating once published). */
export default function TopicCard({ topic, onOpen }: TopicCardProps) {
  return (
    <View className="topic-card" data-testid="topic-card" data-topic-id={topic.id} {...role('link', true)} onClick={() => onOpen(topic)}>
      <View className="topic-card__head">
        <Text className="topic-card__title">{topic.title}</Text>
        <Text className="topic-card__state">{TOPIC_STATUS_LABEL[topic.status]}</Text>
      </View>
      <Text className="topic-card__place">{topic.place}</Text>
      <View className="topic-card__foot">
        <Text>{topic.proposed ? '党组织提议' : cosignText(topic)}</Text>
        {topic.rating !== null && <Text>{`满意度 ${topic.rating} 分`}</Text>}
      </View>
    </View>
  );
}
