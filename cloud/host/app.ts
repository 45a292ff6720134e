/**
 * Puts the local host together: store, platform, api, tokens, HTTP server, sweep timer.
 * Used by `npm start` and by the integration tests, so both run exactly the same stack.
 */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApi } from '../actions/shared/api';
import { redactError } from '../actions/shared/redact';
import { deliver } from '../jobs/deliver';
import { foldStats } from '../jobs/stats.fold';
import { sweep } from '../jobs/sweep';
import { removeStaleUploads } from '../jobs/uploads';
import { localPlatform, type LocalPlatform } from '../platform/platform.local';
import { openPgStore, type PgStore } from '../store/store.pg';
import type { HostConfig } from './config';
import { wechatPhoneNumber } from './phone';
import { createHost, type HostDeps } from './server';
import { signIn } from './signin';
import { secretFor, tokens } from './tokens';

export interface RunningHost {
  url: string;
  store: PgStore;
  /** The local platform: its outbox holds the subscribe messages WeChat would deliver (cloud/jobs/deliver.ts). */
  platform: LocalPlatform;
  stop(): Promise<void>;
}

export interface HostOptions {
  /** Keep the data in memory (tests); otherwise PGlite persists in `config.dataDir`. */
  inMemory?: boolean;
  clock?: () => Date;
  fallback?: HostDeps['fallback'];
  demoAccounts?: HostDeps['demoAccounts'];
  /** Runs once the store is ready, before the server listens (the demo seed). */
  prepare?: (store: PgStore) => Promise<void>;
}

export async function startHost(config: HostConfig, opts: HostOptions = {}): Promise<RunningHost> {
  const store = await openPgStore({
    databaseUrl: config.databaseUrl,
    dataDir: opts.inMemory ? undefined : `${config.dataDir}/pg`,
  });
  await opts.prepare?.(store);
  const clock = opts.clock ?? (() => new Date());
  const secret = secretFor(config.dataDir, config.secret);
  // Photo URLs are signed with a key of their own, derived from the host's secret.
  const files = { dir: join(config.dataDir, 'files'), secret: createHmac('sha256', secret).update('photo-urls').digest(), clock };
  // 手机号快速验证 only where WeChat settings exist; without them phone.decode says so.
  const platform: LocalPlatform = { ...localPlatform(files), phoneNumber: config.wechat && wechatPhoneNumber(config.wechat, () => clock().getTime()) };
  const api = createApi({ store, platform, clock });
  const server = createHost({
    api,
    store,
    files,
    tokens: tokens(secret),
    signIn: signIn(config.wechat, () => clock().getTime()),
    wechatLogin: !!config.wechat,
    devLogin: config.devLogin,
    fallback: opts.fallback,
    demoAccounts: opts.demoAccounts,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  // PGlite has no autovacuum: gather statistics at start and hourly, or the planner loses its indexes as data grows.
  const maintain = async () => {
    if (store.db.engine === 'pglite') await store.db.exec('VACUUM ANALYZE');
  };
  await maintain();
  const maintenance = setInterval(() => maintain().catch((e) => console.error('[vacuum] failed', redactError(e))), 3_600_000);
  maintenance.unref();
  const timer =
    config.sweepIntervalMs > 0
      ? setInterval(async () => {
          await sweep(store, clock()).catch((e) => console.error('[sweep] failed', redactError(e)));
          await foldStats(store, clock()).catch((e) => console.error('[stats] failed', redactError(e)));
          await removeStaleUploads(store, platform, clock()).catch((e) => console.error('[uploads] failed', redactError(e)));
          await deliver(store, platform).catch((e) => console.error('[deliver] failed', redactError(e)));
        }, config.sweepIntervalMs)
      : undefined;
  timer?.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    store,
    platform,
    async stop() {
      clearInterval(timer);
      clearInterval(maintenance);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
