/**
 * The `community` cloud function: the modules around the order loop (微心愿 and partner units, 议事, the 晒 board,
 * 先锋榜), apart from `api` so each function stays small. The caller is who WeChat says called, as in `api`.
 */
import { createHandler, type ApiHandler } from '../actions/shared/handler';
import { COMMUNITY_ACTIONS } from '../actions/shared/registry.community';
import { cloud, cloudDeps } from './deps';

let handle: ApiHandler | undefined;

export async function main(event: { action?: unknown; data?: unknown }) {
  const { OPENID } = cloud.getWXContext() as { OPENID?: string };
  handle ??= createHandler(cloudDeps(), COMMUNITY_ACTIONS);
  return handle({ action: event?.action, data: event?.data }, OPENID ? { openid: String(OPENID) } : null);
}
