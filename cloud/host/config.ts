/**
 * The local host's configuration, read once from the environment and checked.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().url().optional(),
  NODE_ENV: z.string().default('development'),
  /** On for `npm start`; forced off in production whatever is set. */
  DEV_LOGIN: z.enum(['on', 'off']).optional(),
  /** Token signing secret; without one, a random secret is kept in the data folder. */
  SANDAN_SECRET: z.string().min(32).optional(),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  SEED_DEMO: z.enum(['on', 'off']).default('on'),
});

export interface HostConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  devLogin: boolean;
  secret?: string;
  sweepIntervalMs: number;
  seedDemo: boolean;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): HostConfig {
  const c = schema.parse(env);
  const production = c.NODE_ENV === 'production';
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    devLogin: !production && c.DEV_LOGIN !== 'off',
    secret: c.SANDAN_SECRET,
    sweepIntervalMs: c.SWEEP_INTERVAL_SECONDS * 1000,
    seedDemo: c.SEED_DEMO === 'on',
  };
}
