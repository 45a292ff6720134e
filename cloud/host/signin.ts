/**
 * Production sign-in for the self-hosted shape. The mini-program sends `wx.login`'s code, which the host exchanges
 * at WeChat's jscode2session for the caller's openid. Staff at a PC sign in with a one-time code the mini-program
 * shows them (我的 → 电脑登录): six digits, five minutes, single use, and guesses from one address are limited.
 */
import { randomInt } from 'node:crypto';
import type { WechatLogin } from './config';

const CODE_TTL_MS = 5 * 60_000;
/** Codes one account may ask for, and wrong codes one address may try, per window. */
const ISSUE_LIMIT = 5;
const GUESS_LIMIT = 10;
const WINDOW_MS = 5 * 60_000;

/** Counts events per key in a sliding window. */
function limiter(max: number, windowMs: number) {
  const hits = new Map<string, number[]>();
  return {
    /** True when the key is already at its limit. */
    blocked(key: string, now: number): boolean {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs);
      hits.set(key, recent);
      return recent.length >= max;
    },
    hit(key: string, now: number): void {
      hits.set(key, [...(hits.get(key) ?? []), now]);
    },
  };
}

export type PcLogin = { ok: true; openid: string } | { ok: false; reason: 'invalid' | 'limited' };

export interface SignIn {
  /** The openid WeChat vouches for, or null for a code it refused (used, expired, forged). */
  exchangeWechatCode(code: string): Promise<string | null>;
  /** A fresh one-time code for a signed-in caller, or null when they asked too often. */
  issuePcCode(openid: string): { code: string; expiresAt: string } | null;
  redeemPcCode(code: string, address: string): PcLogin;
}

export function signIn(wechat: WechatLogin | undefined, clock: () => number = Date.now): SignIn {
  const codes = new Map<string, { openid: string; expires: number }>();
  const issued = limiter(ISSUE_LIMIT, WINDOW_MS);
  const guesses = limiter(GUESS_LIMIT, WINDOW_MS);

  return {
    async exchangeWechatCode(code) {
      if (!wechat) return null;
      const url = new URL('/sns/jscode2session', wechat.apiBase);
      url.search = new URLSearchParams({ appid: wechat.appid, secret: wechat.secret, js_code: code, grant_type: 'authorization_code' }).toString();
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
        const body = (await res.json()) as { openid?: unknown; errcode?: number };
        return typeof body.openid === 'string' && body.openid && !body.errcode ? body.openid : null;
      } catch {
        return null;
      }
    },

    issuePcCode(openid) {
      const now = clock();
      if (issued.blocked(openid, now)) return null;
      issued.hit(openid, now);
      for (const [c, v] of codes) if (v.expires <= now || v.openid === openid) codes.delete(c);
      let code: string;
      do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      while (codes.has(code));
      codes.set(code, { openid, expires: now + CODE_TTL_MS });
      return { code, expiresAt: new Date(now + CODE_TTL_MS).toISOString() };
    },

    redeemPcCode(code, address) {
      const now = clock();
      if (guesses.blocked(address, now)) return { ok: false, reason: 'limited' };
      const entry = codes.get(code);
      codes.delete(code);
      if (!entry || entry.expires <= now) {
        guesses.hit(address, now);
        return { ok: false, reason: 'invalid' };
      }
      return { ok: true, openid: entry.openid };
    },
  };
}
