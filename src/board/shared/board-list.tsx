import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import EmptyState from '../../components/empty-state';
import ListSkeleton from '../../components/list-skeleton';
import type { BoardList as List } from './useBoardList';
import './board-list.scss';

export interface BoardListProps<T> {
  list: List<T>;
  render: (item: T) => ReactNode;
}

/** The board's items: skeleton first, then the items with 加载更多 or 没有更多了; an error offers 重新加载. */
export default function BoardList<T>({ list, render }: BoardListProps<T>) {
  if (list.initial) return <ListSkeleton />;
  if (list.items.length === 0 && list.error) return <EmptyState title={list.error} actionText="重新加载" onAction={list.refresh} />;
  if (list.items.length === 0) return <EmptyState title="还没有可以晒的成绩" hint="办结的服务、实现的心愿和议事结果会出现在这里" />;
  return (
    <View className="board-list">
      {list.items.map(render)}
      <View className="board-list__foot">
        {list.error && <Text className="board-list__error">{list.error}</Text>}
        {list.hasMore ? (
          <Button size="large" loading={list.loading} onClick={list.loadMore}>
            {list.loading ? '加载中…' : '加载更多'}
          </Button>
        ) : (
          <Text className="board-list__end">没有更多了</Text>
        )}
      </View>
    </View>
  );
}
