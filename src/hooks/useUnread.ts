/**
 * The caller's unread notices, for the tab pages: read when the page shows and when the network returns, and put
 * on the 我的 tab as a badge (a tab bar exists only while a tab page shows, so only tab pages use this).
 */
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../services/api';
import { useNetworkReturn } from './useNetworkReturn';

/** The 我的 tab in app.config.ts's tab bar. */
const MINE_TAB = 1;

/** Shows `count` on the 我的 tab, or nothing when it is 0. */
export function showUnreadBadge(count: number): void {
  const done = count > 0 ? Taro.setTabBarBadge({ index: MINE_TAB, text: count > 99 ? '99+' : String(count) }) : Taro.removeTabBarBadge({ index: MINE_TAB });
  void Promise.resolve(done).catch(() => undefined);
}

/** Unread count (null until known) while `signedIn`; refreshed on show and on network return. */
export function useUnread(signedIn: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  const reload = useCallback(async () => {
    if (!signedIn) return;
    try {
      const { unread } = await call('notice.list', { limit: 1 });
      setCount(unread);
      showUnreadBadge(unread);
    } catch {
      // The count is a hint: a failed read keeps the last one, and the next show tries again.
    }
  }, [signedIn]);
  // First read once signed in (the session may answer after the page showed); then on every return to the page.
  useEffect(() => void reload(), [reload]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
  useNetworkReturn(() => void reload());
  return count;
}
