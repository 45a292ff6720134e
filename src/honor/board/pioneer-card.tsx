import { Text, View } from '@tarojs/components';
import type { PioneerCard as Card } from '../../../types/points';
import './pioneer-card.scss';

export interface PioneerCardProps {
  card: Card;
  /** Above the name, e.g. the community on a street's board. */
  caption?: string;
}

/** 三亮: a member's identity (name, branch, work unit), service (skills) and pledge — what residents may see. */
export default function PioneerCard({ card, caption }: PioneerCardProps) {
  return (
    <View className="pioneer" data-testid="pioneer-card" data-member={card.memberId}>
      <View className="pioneer__head">
        <Text className="pioneer__badge">党员</Text>
        <Text className="pioneer__name">{card.name}</Text>
        {caption && <Text className="pioneer__caption">{caption}</Text>}
      </View>
      <Line label="亮身份" value={`${card.branch} · ${card.workUnit}`} />
      <Line label="亮服务" value={card.skills.join('、') || '热心服务'} />
      <Line label="亮承诺" value={card.pledge} testId="pioneer-pledge" />
    </View>
  );
}

function Line({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="pioneer__line">
      <Text className="pioneer__label">{label}</Text>
      <Text className="pioneer__value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}
