import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import type { BoardFigures, BoardItem, BoardPage } from '../../../types/board';
import type { GridColors as GridColorsOf } from '../../../types/stats';
import EmptyState from '../../components/empty-state';
import GridColors from '../../components/grid-colors';
import PageShell from '../../components/page-shell';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import { queryValue } from '../../utils/routes';
import { boardShare } from '../../utils/share';
import BoardCard from '../shared/board-card';
import BoardList from '../shared/board-list';
import Figures from '../shared/figures';
import { useBoardList } from '../shared/useBoardList';
import './index.scss';

/**
 * 晒晒成绩单: a community's public board — open to anyone, signed in or not, from a shared card or a plain link
 * (`?c=<community>`); signed-in people without a link see their own community's.
 */
export default function BoardViewPage() {
  const { c = '' } = useRouter().params;
  const session = useSession();
  const communityId = queryValue(c) || session.communityId || '';
  if (!communityId) {
    if (session.loading) return <PageShell loading />;
    return (
      <PageShell>
        <EmptyState title="请从社区分享的链接打开" hint="社区分享的成绩单链接里带着是哪个社区" />
      </PageShell>
    );
  }
  return <Board communityId={communityId} />;
}

function Board({ communityId }: { communityId: string }) {
  const [head, setHead] = useState<{ name: string; figures: BoardFigures | null; gridColors: GridColorsOf | null } | null>(null);
  const list = useBoardList<BoardItem, BoardPage>(
    (cursor) => call('board.get', { communityId, cursor }),
    [communityId],
    // Only first pages carry the figures (and a refresh brings new ones).
    (page) => page.figures && setHead({ name: page.community.name, figures: page.figures, gridColors: page.gridColors }),
  );
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());
  useShareAppMessage(() => boardShare(communityId, head?.name));
  return (
    <PageShell>
      <View className="board-view__hero">
        <Text className="board-view__name" data-testid="board-community">{head?.name ?? ' '}</Text>
        <Text className="board-view__hint">社区为民服务，办得怎么样，晒给大家看</Text>
      </View>
      {head?.figures && <Figures figures={head.figures} />}
      {head?.gridColors && <GridColors colors={head.gridColors} />}
      <BoardList list={list} render={(item) => <BoardCard key={`${item.kind}:${item.id}`} item={item} />} />
    </PageShell>
  );
}
