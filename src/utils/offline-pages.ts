/**
 * Browser build only: a page's code is fetched when it is first opened, and offline that fails inside Taro's router
 * with nothing shown. Say so, so the tap does not seem ignored; tapping again once online opens the page.
 */
import Taro from '@tarojs/taro';

const failedChunk = (reason: unknown): boolean => {
  const e = reason as { name?: string; code?: string } | null;
  return e?.name === 'ChunkLoadError' || e?.code === 'CSS_CHUNK_LOAD_FAILED';
};

/** Shows a message whenever a page could not be loaded for want of a network. */
export function explainOfflinePages(): void {
  window.addEventListener('unhandledrejection', (event) => {
    if (!failedChunk(event.reason)) return;
    event.preventDefault();
    void Taro.showModal({ title: '页面未能打开', content: '网络不可用，请检查网络后再点一次', showCancel: false, confirmText: '知道了' });
  });
}
