/**
 * The `api` cloud function: every user action but the exports (export.ts). The caller is who WeChat says called (OPENID from the cloud
 * context), never anything in the event. It also takes WeChat's message push of photo check results
 * (`wxa_media_check`), which a mini-program cannot send: calls from a client are never read as one.
 */
import { createHandler, type ApiHandler } from '../actions/shared/handler';
import { API_ACTIONS } from '../actions/shared/registry';
import { isMediaCheckEvent, recordMediaResult } from '../platform/media-result';
import { cloud, cloudDeps } from './deps';

let handle: ApiHandler | undefined;

/** Where a call came from, as WeChat sets it (wx_client, wx_devtools, …; chained with commas). */
const fromClient = (source: unknown) => /wx_client|wx_devtools|wx_localdebug/.test(String(source ?? ''));

export async function main(event: { action?: unknown; data?: unknown }) {
  const { OPENID, SOURCE } = cloud.getWXContext() as { OPENID?: string; SOURCE?: string };
  if (isMediaCheckEvent(event) && !fromClient(SOURCE)) {
    await recordMediaResult(cloudDeps().store, event);
    return 'success';
  }
  handle ??= createHandler(cloudDeps(), API_ACTIONS);
  return handle({ action: event?.action, data: event?.data }, OPENID ? { openid: String(OPENID) } : null);
}
