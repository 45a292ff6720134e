import { Text, View } from '@tarojs/components';
import type { CoreFigures, TopicRatingFigures } from '../../../types/stats';
import { role } from '../../utils/a11y';
import { minutes, pct, ratio } from './format';

export interface FiguresProps {
  figures: CoreFigures;
  /** 议事 outcomes rated by their co-signers: a figure of its own beside 满意率. */
  topics: TopicRatingFigures;
  overdueNow: number;
  /** Opens the overdue orders (待办 · 已超期); without it 当前超期 is plain text. */
  onOverdue?: () => void;
}

interface Tile {
  key: string;
  label: string;
  value: string;
  note?: string;
  onTap?: () => void;
}

/**
 * The period's figures as tiles, each named plainly; 满意率 counts residents' own ratings only, and 自动办结, 代评 and
 * 未评价 stand beside it as counts of their own, never blended into it.
 */
export default function Figures({ figures: f, topics: t, overdueNow, onOverdue }: FiguresProps) {
  const c = f.counts;
  const tiles: Tile[] = [
    { key: 'received', label: '受理数', value: String(f.received), note: '期内收到的需求' },
    { key: 'response', label: '响应率', value: pct(f.responseRate), note: `按时受理 ${ratio(c.acceptInTime, c.acceptDue)}` },
    { key: 'resolution', label: '解决率', value: pct(f.resolutionRate), note: `已办结 ${ratio(c.resolved, f.received)}` },
    { key: 'satisfaction', label: '满意率', value: pct(f.satisfaction), note: `居民自评满意 ${ratio(f.ratings.satisfied, f.ratings.own)}` },
    { key: 'autoClosed', label: '自动办结', value: String(f.ratings.autoClosed), note: '超时未评价，系统办结' },
    { key: 'proxyRated', label: '代评', value: String(f.ratings.proxyRated), note: '工作人员代居民评价' },
    { key: 'unrated', label: '未评价', value: String(f.ratings.unrated), note: '等待居民评价' },
    { key: 'topicSatisfaction', label: '议事满意率', value: pct(t.topicSatisfaction), note: `已评议题 ${ratio(t.topicsRated, t.topicsPublished)}，评价 ${t.topicRatings} 条` },
    { key: 'onTime', label: '按时办结率', value: pct(f.onTimeRate), note: `按时 ${ratio(c.onTime, c.completed)}` },
    { key: 'visitReach', label: '有效回访率', value: pct(f.visitReachRate), note: `联系上 ${ratio(c.visitsReached, c.visits)}` },
    { key: 'accept', label: '受理用时', value: minutes(f.acceptP50Minutes), note: `中位数；九成在 ${minutes(f.acceptP90Minutes)} 内` },
    { key: 'reopen', label: '重新办理率', value: pct(f.reopenRate), note: `重新办理 ${ratio(c.reopened, c.completed)}` },
    { key: 'overdueNow', label: '当前超期', value: String(overdueNow), note: onOverdue ? '点此查看超期需求' : '此刻超过办结时限', onTap: onOverdue },
  ];
  return (
    <View className="dash__tiles" {...role('list')} aria-label="统计指标">
      {tiles.map((t) => (
        <View
          key={t.key}
          className={`dash__tile ${t.onTap ? 'dash__tile--link' : ''} ${t.key === 'overdueNow' && overdueNow > 0 ? 'dash__tile--alert' : ''}`}
          {...role('listitem')}
        >
          <View className="dash__tile-body" data-testid={`figure-${t.key}`} {...(t.onTap ? role('link', true) : {})} onClick={t.onTap}>
            <Text className="dash__tile-label">{t.label}</Text>
            <Text className="dash__tile-value">{t.value}</Text>
            {t.note && <Text className="dash__tile-note">{t.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
