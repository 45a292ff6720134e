import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { SessionProvider } from './services/session';
import { explainOfflinePages } from './utils/offline-pages';
import './app.scss';

// A weapp built against a self-hosted host (TARO_APP_API_BASE) never calls the cloud.
if (process.env.TARO_ENV === 'weapp' && !process.env.TARO_APP_API_BASE) {
  // The environment is the one the mini-program runs in; no id in source.
  Taro.cloud.init({ env: (Taro.cloud as unknown as { DYNAMIC_CURRENT_ENV: string }).DYNAMIC_CURRENT_ENV, traceUser: true });
}
if (process.env.TARO_ENV === 'h5') explainOfflinePages();

/** The mini-program: every page sees the session. */
export default function App({ children }: PropsWithChildren) {
  return <SessionProvider>{children}</SessionProvider>;
}
