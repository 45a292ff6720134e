/**
 * The `export` cloud function: export.create, export.list and export.url (三本帐 as .xlsx). Kept apart from `api`
 * because the spreadsheet writer (exceljs, installed by WeChat from this function's package.json) is far bigger
 * than every other action together. The caller is who WeChat says called, as in `api`.
 */
import { createHandler, type ApiHandler } from '../actions/shared/handler';
import { EXPORT_ACTIONS } from '../actions/shared/registry.export';
import { cloud, cloudDeps } from './deps';

let handle: ApiHandler | undefined;

export async function main(event: { action?: unknown; data?: unknown }) {
  const { OPENID } = cloud.getWXContext() as { OPENID?: string };
  handle ??= createHandler(cloudDeps(), EXPORT_ACTIONS);
  return handle({ action: event?.action, data: event?.data }, OPENID ? { openid: String(OPENID) } : null);
}
