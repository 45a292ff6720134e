/**
 * The demo street for `npm start`, all or nothing. On the embedded database it is seeded into a folder of its own
 * and moved into place only once complete, so a host killed during its first start leaves no half-seeded data: the
 * next start removes the unfinished folder and seeds again. On a PostgreSQL server it is seeded when the database
 * has no places yet.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { localPlatform } from '../platform/platform.local';
import { seedDemo } from '../seed/demo';
import { openPgStore } from '../store/store.pg';
import type { HostConfig } from './config';

/** The folder the embedded database lives in. */
export const pgFolder = (config: HostConfig) => `${config.dataDir}/pg`;

/** Where the host keeps photos (app.ts): demo photos go there too. */
const photoDir = (config: HostConfig) => join(config.dataDir, 'files');

/** Seeds the demo street unless the data is already there; true when it wrote it now. */
export async function ensureDemoData(config: HostConfig, now: Date): Promise<boolean> {
  if (!config.seedDemo) return false;
  if (config.databaseUrl) {
    const store = await openPgStore({ databaseUrl: config.databaseUrl });
    try {
      return await seedDemo(store, localPlatform(), now, { photoDir: photoDir(config) });
    } finally {
      await store.close();
    }
  }
  const target = pgFolder(config);
  if (existsSync(target)) return false;
  const partial = `${target}.seeding`;
  rmSync(partial, { recursive: true, force: true });
  const store = await openPgStore({ dataDir: partial });
  try {
    await seedDemo(store, localPlatform(), now, { photoDir: photoDir(config) });
  } finally {
    await store.close();
  }
  renameSync(partial, target);
  return true;
}
