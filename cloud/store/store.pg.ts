/**
 * The PostgreSQL adapter of the store port: embedded PGlite by default, a PostgreSQL server when DATABASE_URL is set.
 */
import { cachedStore, type CacheOptions, type CachedStore } from './cache';
import type { Store } from './store.port';
import { openPglite, openPostgres, type Db } from './pg/db';
import { pgExports } from './pg/exports';
import { pgLedger } from './pg/ledger';
import { migrate } from './pg/migrate';
import { pgNotices } from './pg/notices';
import { pgOrders } from './pg/orders';
import { pgPeople } from './pg/people';
import { pgPlaces } from './pg/places';
import { pgResidents } from './pg/residents';
import { pgStats } from './pg/stats';
import { pgUploads } from './pg/uploads';
import { pgVisits } from './pg/visits';
import { pgWishes } from './pg/wishes';
import { pgBoard } from './pg/board';
import { pgTopics } from './pg/topics';
import { pgStreets } from './pg/streets';
import { pgPoints } from './pg/points';
import { pgDepartments } from './pg/departments';

export type PgStore = CachedStore<Store & { readonly db: Db }>;

/** The adapter over `db`, behind this process's cache (cache.ts). */
export function pgStore(db: Db, cache?: CacheOptions): PgStore {
  return cachedStore({ db, ...pgPeople(db), ...pgPlaces(db), ...pgOrders(db), ...pgLedger(db), ...pgNotices(db), ...pgUploads(db), ...pgResidents(db), ...pgVisits(db), ...pgStats(db), ...pgExports(db), ...pgWishes(db), ...pgTopics(db), ...pgBoard(db), ...pgStreets(db), ...pgPoints(db), ...pgDepartments(db), close: () => db.close() }, cache);
}

/** Opens and migrates: a server when `databaseUrl` is given, else PGlite in `dataDir` (or memory). */
export async function openPgStore(opts: { databaseUrl?: string; dataDir?: string }): Promise<PgStore> {
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir);
  await migrate(db);
  return pgStore(db);
}
