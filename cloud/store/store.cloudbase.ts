/**
 * The CloudBase adapter of the store port: wx-server-sdk's database (WeChat cloud), a Mongo-like document store.
 * Pass it `cloud.database()`; it never initialises the SDK itself. Collections and their indexes, for the
 * deployment guide to create, are in cloudbase/indexes.json; the document model is described in cloudbase/docs.ts.
 */
import { cachedStore, type CachedStore } from './cache';
import { openCb, type WxDatabase } from './cloudbase/db';
import { cbExports } from './cloudbase/exports';
import { cbLedger } from './cloudbase/ledger';
import { cbNotices } from './cloudbase/notices';
import { cbOrders } from './cloudbase/orders';
import { cbPeople } from './cloudbase/people';
import { cbPlaces } from './cloudbase/places';
import { cbResidents } from './cloudbase/residents';
import { cbStats } from './cloudbase/stats';
import { cbUploads } from './cloudbase/uploads';
import { cbWorkload } from './cloudbase/workload';
import { cbVisits } from './cloudbase/visits';
import { cbWishes } from './cloudbase/wishes';
import { cbBoard } from './cloudbase/board';
import { cbTopics } from './cloudbase/topics';
import { cbStreets } from './cloudbase/streets';
import { cbPoints } from './cloudbase/points';
import { cbDepartments } from './cloudbase/departments';

export type { WxDatabase } from './cloudbase/db';

/** The adapter over `db`, behind this instance's cache (cache.ts). */
export function cloudbaseStore(db: WxDatabase): CachedStore {
  const cb = openCb(db);
  const notices = cbNotices(cb);
  // The SDK holds no connection of ours: nothing to close.
  return cachedStore({ ...cbPeople(cb), ...cbPlaces(cb), ...cbOrders(cb, notices), ...cbWorkload(cb), ...cbLedger(cb), ...notices, ...cbUploads(cb), ...cbResidents(cb), ...cbVisits(cb), ...cbStats(cb), ...cbExports(cb), ...cbWishes(cb, notices), ...cbTopics(cb, notices), ...cbBoard(cb), ...cbStreets(cb), ...cbPoints(cb), ...cbDepartments(cb), close: async () => undefined });
}
