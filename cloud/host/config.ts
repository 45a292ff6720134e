/**
 * The local host's configuration, read once from the environment and checked.
 * In production it never seeds demo data, never offers dev login, and will not start without what WeChat sign-in
 * needs: the mini-program's appid and secret (and a signing secret, so tokens survive a move to another machine).
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
  /** The mini-program's AppID and AppSecret, for `wx.login` codes exchanged at jscode2session. */
  WECHAT_APPID: z.string().min(1).optional(),
  WECHAT_SECRET: z.string().min(1).optional(),
  /** Where WeChat's server API lives; tests point it at a local stand-in. */
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
});

export interface WechatLogin {
  appid: string;
  secret: string;
  apiBase: string;
}

export interface HostConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  devLogin: boolean;
  secret?: string;
  sweepIntervalMs: number;
  seedDemo: boolean;
  /** WeChat sign-in (`POST /auth/wechat`); absent, only dev login (development) can sign anyone in. */
  wechat?: WechatLogin;
}

/** A setting production cannot run without; the message says which. */
export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): HostConfig {
  const c = schema.parse(env);
  const production = c.NODE_ENV === 'production';
  const wechat = c.WECHAT_APPID && c.WECHAT_SECRET ? { appid: c.WECHAT_APPID, secret: c.WECHAT_SECRET, apiBase: c.WECHAT_API_BASE } : undefined;
  if (production) {
    const missing = [!c.WECHAT_APPID && 'WECHAT_APPID', !c.WECHAT_SECRET && 'WECHAT_SECRET', !c.SANDAN_SECRET && 'SANDAN_SECRET'].filter(Boolean);
    if (missing.length) throw new ConfigError(`生产环境缺少设置：${missing.join('、')}（见 docs/deploy.md 自托管部署）`);
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    devLogin: !production && c.DEV_LOGIN !== 'off',
    secret: c.SANDAN_SECRET,
    sweepIntervalMs: c.SWEEP_INTERVAL_SECONDS * 1000,
    seedDemo: !production && c.SEED_DEMO === 'on',
    wechat,
  };
}
