/**
 * WeChat's asynchronous answer to security.mediaCheckAsync, delivered by message push (event `wxa_media_check`) to
 * the `api` function (docs/deploy.md): the photo its trace id names is marked passed or flagged, with WeChat's label
 * in Chinese for staff. A flagged photo is then shown to staff only (cloud/views/order.view.ts).
 */
import type { Store } from '../store/store.port';

export interface MediaCheckEvent {
  Event: 'wxa_media_check';
  trace_id?: unknown;
  result?: { suggest?: unknown; label?: unknown };
}

const LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
};

export const isMediaCheckEvent = (event: unknown): event is MediaCheckEvent => (event as { Event?: unknown })?.Event === 'wxa_media_check';

/** Records the verdict; 'review' (WeChat unsure) leaves the photo shown. Unknown trace ids change nothing. */
export async function recordMediaResult(store: Store, event: MediaCheckEvent): Promise<void> {
  if (typeof event.trace_id !== 'string' || !event.trace_id) return;
  const risky = event.result?.suggest === 'risky';
  const label = LABELS[Number(event.result?.label)] ?? '其他';
  await store.setMediaCheck({ trace: event.trace_id }, risky ? { media: 'risky', reason: `图片未通过微信内容安全检测（${label}）` } : { media: 'pass' });
}
