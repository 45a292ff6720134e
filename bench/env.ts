/**
 * What every section stands on: the engine (PGlite in memory, or a throwaway database on the server in
 * DATABASE_URL), the real local host on an ephemeral port, people made through the store, tokens from the host's
 * dev login, the HTTP load worker, and a query-counting view of the store for "where the time goes".
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { createApi, type ApiHandler } from '../cloud/actions/shared/api';
import { startHost, type RunningHost } from '../cloud/host/app';
import type { Db, Sql } from '../cloud/store/pg/db';
import { localPlatform } from '../cloud/platform/platform.local';
import { pgStore, type PgStore } from '../cloud/store/store.pg';
import type { Places } from '../cloud/store/store.port';

export interface Engine {
  name: 'PGlite' | 'PostgreSQL';
  /** The server the bench makes its throwaway databases on; absent for PGlite. */
  serverUrl?: string;
}

export const engineFromEnv = (): Engine =>
  process.env.DATABASE_URL ? { name: 'PostgreSQL', serverUrl: process.env.DATABASE_URL } : { name: 'PGlite' };

/** A URL for database `name` on the same server as `url`. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface BenchHost {
  host: RunningHost;
  store: PgStore;
  db: Db;
  url: string;
  /** Logs in through POST /auth/dev-login, as the app's H5 login does. */
  tokens(openids: string[]): Promise<string[]>;
  stop(): Promise<void>;
}

let sequence = 0;

/**
 * The real host over a fresh, empty store: PGlite in memory, or a new database on the server (never the database
 * DATABASE_URL names: the bench fills and drops its own).
 */
export async function startBenchHost(engine: Engine, places: Places): Promise<BenchHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandan-bench-'));
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (engine.serverUrl) {
    const name = `sandan_bench_${process.pid}_${++sequence}`;
    await admin(engine.serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    databaseUrl = withDatabase(engine.serverUrl, name);
    dropDatabase = () =>
      admin(engine.serverUrl!, async (c) => {
        // pg's Pool.end() resolves before its connections have closed; a forced drop would then kill them, and an
        // idle pooled connection that dies emits an unhandled 'error' (see the report). Wait for them to go.
        for (let i = 0; i < 100; i++) {
          const { rows } = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
  }
  const host = await startHost(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl,
      devLogin: true,
      secret: randomBytes(32).toString('hex'),
      sweepIntervalMs: 0,
      seedDemo: false,
    },
    { inMemory: true },
  );
  await host.store.savePlaces(places);
  return {
    host,
    store: host.store,
    db: host.store.db,
    url: host.url,
    async tokens(openids) {
      const out: string[] = [];
      for (let i = 0; i < openids.length; i += 50) {
        const batch = await Promise.all(
          openids.slice(i, i + 50).map(async (openid) => {
            const res = await fetch(`${host.url}/auth/dev-login`, { method: 'POST', body: JSON.stringify({ openid }) });
            return ((await res.json()) as { data: { token: string } }).data.token;
          }),
        );
        out.push(...batch);
      }
      return out;
    },
    async stop() {
      await host.stop();
      await dropDatabase?.();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** People through the store, as registration and review leave them. Returns the user id. */
export async function makeMember(
  store: PgStore,
  openid: string,
  communityId: string,
  profile: { skills?: string[]; teamId?: string | null; gridId?: string | null } = {},
): Promise<string> {
  const user = await store.ensureUser(openid, openid);
  await store.applyMember({
    userId: user.id, communityId, realName: `党员${openid}`, phone: '13900001111', workUnit: '某单位', branch: '某支部',
    skills: profile.skills ?? [], teamId: profile.teamId ?? null, gridId: profile.gridId ?? null, createdAt: new Date().toISOString(),
  });
  await store.reviewMember(user.id, communityId, 'verified', null, 'bench', new Date());
  return user.id;
}

export async function makeWithRole(store: PgStore, openid: string, role: 'resident' | 'staff', communityId: string): Promise<string> {
  const user = await store.ensureUser(openid, openid);
  await store.grantRole(user.id, role, { communityId });
  return user.id;
}

/**
 * The store over a Db that counts its statements and the time spent waiting on them: how many round trips one
 * action makes and how much of its time is the database's. Meant for one request at a time.
 */
export function countingStore(db: Db): { store: PgStore; api: ApiHandler; count: () => number; dbMs: () => number; reset: () => void } {
  let n = 0;
  let ms = 0;
  // Time with at least one statement in flight: parallel statements (a menu's three) are not counted twice.
  let inFlight = 0;
  let since = 0;
  const time = async <T>(p: () => Promise<T>): Promise<T> => {
    n++;
    if (inFlight++ === 0) since = performance.now();
    try {
      return await p();
    } finally {
      if (--inFlight === 0) ms += performance.now() - since;
    }
  };
  // Inside a transaction only the count: the transaction is timed whole, BEGIN and COMMIT included.
  const counted = (sql: Sql): Sql => ({ query: (text, params) => (n++, sql.query(text, params)) });
  const wrapped: Db = {
    engine: db.engine,
    query: (text, params) => time(() => db.query(text, params)),
    // BEGIN and COMMIT are round trips too (on a server): two more.
    tx: (fn) => {
      n++;
      return time(() => db.tx((sql) => fn(counted(sql))));
    },
    exec: (script) => db.exec(script),
    close: () => db.close(),
  };
  const store = pgStore(wrapped);
  return {
    store,
    api: createApi({ store, platform: localPlatform() }),
    count: () => n,
    dbMs: () => ms,
    reset: () => void ((n = 0), (ms = 0)),
  };
}

/** The action handler the host serves, in process: the full stack minus HTTP, JSON on the wire and the token. */
export const inProcessApi = (store: PgStore): ApiHandler => createApi({ store, platform: localPlatform() });

export interface LoadCall {
  action?: string;
  data?: unknown;
  pages?: number;
  path?: string;
  method?: 'GET' | 'POST';
}
export interface LoadResult {
  wallMs: number;
  results: { code: number | string; ms: number; id?: string }[][];
}

/** The HTTP load generator in its own thread (http-load.mjs); one job at a time. */
export class HttpLoad {
  private worker = new Worker(join(__dirname, 'http-load.mjs'));
  private pending: { resolve: (r: LoadResult) => void; reject: (e: Error) => void } | null = null;

  constructor() {
    this.worker.on('message', (m: LoadResult & { error?: string }) => {
      const p = this.pending;
      this.pending = null;
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve(m);
    });
    this.worker.on('error', (e) => this.pending?.reject(e));
  }

  run(url: string, clients: { token: string; calls: LoadCall[] }[], warm = true): Promise<LoadResult> {
    if (this.pending) throw new Error('HttpLoad runs one job at a time');
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage({ url, clients, warm });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

export interface MachineInfo {
  date: string;
  cpu: string;
  cores: number;
  memGiB: number;
  os: string;
  node: string;
}

export function machine(): MachineInfo {
  const c = cpus();
  return {
    date: new Date().toISOString(),
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

/** The engine's own description: version, and on a server the settings that decide commit cost. */
export async function engineInfo(engine: Engine): Promise<{ engine: string; version: string; [setting: string]: string }> {
  if (!engine.serverUrl) {
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = new PGlite();
    const [{ server_version: version }] = (await pg.query<{ server_version: string }>('SHOW server_version')).rows;
    await pg.close();
    return { engine: 'PGlite', version: `PostgreSQL ${version} (PGlite, wasm, in memory)`, pool: 'one connection' };
  }
  return admin(engine.serverUrl, async (c) => {
    const show = async (name: string) => (await c.query(`SHOW ${name}`)).rows[0][name] as string;
    return {
      engine: 'PostgreSQL',
      version: `PostgreSQL ${await show('server_version')}`,
      fsync: await show('fsync'),
      synchronous_commit: await show('synchronous_commit'),
      shared_buffers: await show('shared_buffers'),
      pool: 'node-postgres, 10 connections (the host default)',
    };
  });
}
