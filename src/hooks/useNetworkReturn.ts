/**
 * Runs `onReturn` when the phone gets a network again (WeChat's onNetworkStatusChange; in a browser also its
 * `online` event, which fires where the Network Information API does not), so a screen that failed to load
 * loads by itself.
 */
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';

export function useNetworkReturn(onReturn: () => void): void {
  const latest = useRef(onReturn);
  latest.current = onReturn;
  useEffect(() => {
    const onChange = (res: { isConnected: boolean }) => {
      if (res.isConnected) latest.current();
    };
    const online = () => latest.current();
    Taro.onNetworkStatusChange(onChange);
    if (process.env.TARO_ENV === 'h5') window.addEventListener('online', online);
    return () => {
      Taro.offNetworkStatusChange?.(onChange);
      if (process.env.TARO_ENV === 'h5') window.removeEventListener('online', online);
    };
  }, []);
}
