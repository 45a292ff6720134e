/**
 * Delivery of stored notices as WeChat subscribe messages, run by the timer function (and the local host's
 * interval): each pending notice is sent once; a failure is tried again on later runs, a few times at most;
 * a refusal (the person did not allow the template) or a missing template is final, and recorded.
 */
import type { Platform } from '../platform/platform';
import type { PushState, Store } from '../store/store.port';
import { RECORD_OPENID_PREFIX } from '../../types/residents';

export type DeliveryReport = Record<Exclude<PushState, 'pending'> | 'retry', number>;

/** Tries per notice before it is given up as failed. */
export const MAX_ATTEMPTS = 5;

export async function deliver(store: Store, platform: Platform, limit = 100): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, refused: 0, failed: 0, skipped: 0, retry: 0 };
  const pending = await store.pendingPushes(limit);
  if (pending.length === 0) return report;
  const openids = new Map((await store.getUsers(pending.map((n) => n.userId))).map((u) => [u.id, u.openid]));
  for (const n of pending) {
    const openid = openids.get(n.userId);
    const outcome = !openid
      ? { state: 'skipped' as const, error: 'no such user' }
      : openid.startsWith(RECORD_OPENID_PREFIX)
        ? { state: 'skipped' as const, error: 'resident record without WeChat' }
        : await platform.sendSubscribe({ openid, kind: n.kind, orderId: n.orderId, title: n.title, text: n.text, at: n.at });
    const retry = outcome.state === 'failed' && n.attempts + 1 < MAX_ATTEMPTS;
    await store.markPush(n.id, retry ? 'pending' : outcome.state, outcome.error ?? null);
    report[retry ? 'retry' : outcome.state]++;
  }
  return report;
}
