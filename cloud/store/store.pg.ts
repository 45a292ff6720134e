/**
 * The PostgreSQL adapter of the store port: embedded PGlite by default, a PostgreSQL server when DATABASE_URL is set.
 */
import type { Store } from './store.port';
import { openPglite, openPostgres, type Db } from './pg/db';
import { pgLedger } from './pg/ledger';
import { migrate } from './pg/migrate';
import { pgNotices } from './pg/notices';
import { pgOrders } from './pg/orders';
import { pgPeople } from './pg/people';
import { pgUploads } from './pg/uploads';

export interface PgStore extends Store {
  readonly db: Db;
}

export function pgStore(db: Db): PgStore {
  return { db, ...pgPeople(db), ...pgOrders(db), ...pgLedger(db), ...pgNotices(db), ...pgUploads(db), close: () => db.close() };
}

/** Opens and migrates: a server when `databaseUrl` is given, else PGlite in `dataDir` (or memory). */
export async function openPgStore(opts: { databaseUrl?: string; dataDir?: string }): Promise<PgStore> {
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir);
  await migrate(db);
  return pgStore(db);
}
