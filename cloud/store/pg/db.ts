/**
 * One small SQL surface over the two engines the pg adapter runs on: embedded PGlite (a data folder, or memory)
 * and a PostgreSQL server (DATABASE_URL). Both speak the same SQL; write what PostgreSQL 15 and 18 both accept.
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { Pool, types } from 'pg';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  /** Runs `fn` in one transaction: all of it commits, or none of it does. */
  tx<R>(fn: (sql: Sql) => Promise<R>): Promise<R>;
  /** Runs a script of several statements (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
  readonly engine: 'pglite' | 'postgres';
}

/** Embedded PostgreSQL: a folder on disk, or memory when `dataDir` is omitted (tests). */
export async function openPglite(dataDir?: string): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  return {
    engine: 'pglite',
    query: async (text, params) => (await pg.query(text, params)).rows as never,
    tx: (fn) => pg.transaction((t) => fn({ query: async (text, params) => (await t.query(text, params)).rows as never })),
    exec: async (script) => void (await pg.exec(script)),
    close: () => pg.close(),
  };
}

// count(*) and bigserial come back as int8; our counts and ids fit in a JS number.
types.setTypeParser(types.builtins.INT8, (v) => Number(v));

/** A PostgreSQL server, pooled. */
export async function openPostgres(url: string, max = 10): Promise<Db> {
  const pool = new Pool({ connectionString: url, max });
  // An idle pooled connection the server closes (restart, failover, pg_terminate_backend, idle timeouts) emits
  // 'error' on the pool; unhandled, that ends the process. The pool drops the connection and opens a new one.
  pool.on('error', (e) => console.error('[pg] idle connection lost:', e.message));
  return {
    engine: 'postgres',
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    tx: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: async (text, params) => (await client.query(text, params as unknown[])).rows });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    exec: async (script) => void (await pool.query(script)),
    close: () => pool.end(),
  };
}
