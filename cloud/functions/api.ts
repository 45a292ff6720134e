/**
 * The `api` cloud function: every user action. The caller is who WeChat says called (OPENID from the cloud
 * context), never anything in the event.
 */
import { createApi, type ApiHandler } from '../actions/shared/api';
import { cloud, cloudDeps } from './deps';

let handle: ApiHandler | undefined;

export async function main(event: { action?: unknown; data?: unknown }) {
  handle ??= createApi(cloudDeps());
  const { OPENID } = cloud.getWXContext();
  return handle({ action: event?.action, data: event?.data }, OPENID ? { openid: String(OPENID) } : null);
}
