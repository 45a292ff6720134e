/**
 * The CloudBase adapter of the store port: wx-server-sdk's database (WeChat cloud), a Mongo-like document store.
 * Pass it `cloud.database()`; it never initialises the SDK itself. Collections and their indexes, for the
 * deployment guide to create, are in cloudbase/indexes.json; the document model is described in cloudbase/docs.ts.
 */
import type { Store } from './store.port';
import { openCb, type WxDatabase } from './cloudbase/db';
import { cbLedger } from './cloudbase/ledger';
import { cbNotices } from './cloudbase/notices';
import { cbOrders } from './cloudbase/orders';
import { cbPeople } from './cloudbase/people';
import { cbUploads } from './cloudbase/uploads';

export type { WxDatabase } from './cloudbase/db';

export function cloudbaseStore(db: WxDatabase): Store {
  const cb = openCb(db);
  const notices = cbNotices(cb);
  // The SDK holds no connection of ours: nothing to close.
  return { ...cbPeople(cb), ...cbOrders(cb, notices), ...cbLedger(cb), ...notices, ...cbUploads(cb), close: async () => undefined };
}
