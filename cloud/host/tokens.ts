/**
 * Session tokens for the local host: HS256 JWTs naming the caller's openid, signed with a secret kept
 * in the data folder (so a restart keeps everyone signed in) unless one is configured.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';

const TTL = '7d';

export interface Tokens {
  issue(openid: string): Promise<string>;
  /** The openid the token was issued to, or null when it is missing, forged or expired. */
  verify(token: string | undefined): Promise<string | null>;
}

export function secretFor(dataDir: string, configured?: string): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'session-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

export function tokens(secret: Uint8Array): Tokens {
  return {
    issue: (openid) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(openid).setIssuedAt().setExpirationTime(TTL).sign(secret),
    async verify(token) {
      if (!token) return null;
      try {
        const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
        return typeof payload.sub === 'string' ? payload.sub : null;
      } catch {
        return null;
      }
    },
  };
}
