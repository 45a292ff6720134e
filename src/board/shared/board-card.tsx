import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { BoardItem } from '../../../types/board';
import { role } from '../../utils/a11y';
import { formatDate } from './format';
import './board-card.scss';

export interface BoardCardProps {
  item: BoardItem;
  /** Under the card's own lines: staff's moderation buttons. */
  children?: ReactNode;
  /** Greyed out with a 已隐藏 tag (staff's view). */
  hidden?: boolean;
}

const KIND_LABEL = { order: '服务办结', wish: '心愿实现', topic: '议事结果' } as const;

/** One item of the 晒 board in large, plain text: what was done, and how residents rated it. */
export default function BoardCard({ item, children, hidden }: BoardCardProps) {
  return (
    // Focusable, so keyboard and switch users can move through (and scroll) a board that has nothing else to press.
    <View className={`board-card ${hidden ? 'board-card--hidden' : ''}`} {...role('article', true)} data-testid="board-item" data-kind={item.kind} data-id={item.id}>
      <View className="board-card__head">
        <Text className={`board-card__kind board-card__kind--${item.kind}`}>{KIND_LABEL[item.kind]}</Text>
        {hidden && <Text className="board-card__hidden">已隐藏</Text>}
        <Text className="board-card__date">{formatDate(item.at)}</Text>
      </View>
      {item.kind === 'order' && (
        <>
          <Text className="board-card__title">{item.category}</Text>
          <Text className="board-card__line">{`${item.grid} · ${item.days} 天办结`}</Text>
          <Text className="board-card__line">{item.stars ? `居民评价 ${'★'.repeat(item.stars)}${'☆'.repeat(5 - item.stars)}` : '居民未评星'}</Text>
          {item.comment && <Text className="board-card__quote">{`“${item.comment}”`}</Text>}
        </>
      )}
      {item.kind === 'wish' && (
        <>
          <Text className="board-card__title">{item.title}</Text>
          <Text className="board-card__line">{`为 ${item.beneficiary} 圆梦`}</Text>
          <Text className="board-card__line">{`认领：${item.claimer}`}</Text>
        </>
      )}
      {item.kind === 'topic' && (
        <>
          <Text className="board-card__title">{item.title}</Text>
          <Text className="board-card__line">{`${item.adopted ? '决定' : '未采纳'}：${item.decision}`}</Text>
          {item.outcome && <Text className="board-card__line">{`结果：${item.outcome}`}</Text>}
          <Text className="board-card__line">{item.rating === null ? '联名居民还未评价' : `联名居民评分 ${item.rating} 分（${item.ratings} 人）`}</Text>
        </>
      )}
      {children}
    </View>
  );
}
