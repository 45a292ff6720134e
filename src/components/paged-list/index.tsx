import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Paged } from '../../hooks/usePaged';
import EmptyState, { type EmptyStateProps } from '../empty-state';
import ListSkeleton from '../list-skeleton';
import './index.scss';

export interface PagedListProps<T> {
  list: Paged<T>;
  render: (item: T) => ReactNode;
  /** What to say (and offer) when there is nothing. */
  empty: EmptyStateProps;
}

/**
 * A server-paged list: skeleton first, then items, an empty state with a next step, and at the end either
 * 加载更多 (scrolling to the bottom does the same) or 没有更多了. Errors keep the items already shown.
 */
export default function PagedList<T>({ list, render, empty }: PagedListProps<T>) {
  if (list.initial) return <ListSkeleton />;
  if (list.items.length === 0 && list.error) {
    return <EmptyState title={list.error} actionText="重新加载" onAction={list.refresh} />;
  }
  if (list.items.length === 0) return <EmptyState {...empty} />;
  return (
    <View className="paged-list">
      {list.items.map(render)}
      <View className="paged-list__foot">
        {list.error && <Text className="paged-list__error">{list.error}</Text>}
        {list.hasMore ? (
          <Button size="large" loading={list.loading} onClick={list.loadMore}>
            {list.loading ? '加载中…' : '加载更多'}
          </Button>
        ) : (
          <Text className="paged-list__end">没有更多了</Text>
        )}
      </View>
    </View>
  );
}
