/**
 * Wires a paged list to the page: pull down to refresh, reach the bottom to load more, refresh on return.
 * Pages that use it set `enablePullDownRefresh: true` in their config.
 */
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useRef } from 'react';
import type { Paged } from './usePaged';

export function usePageList<T>(list: Paged<T>): void {
  const shown = useRef(false);
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  // Coming back from a detail page: the order may have moved on.
  useDidShow(() => {
    if (shown.current) void list.refresh();
    shown.current = true;
  });
}
