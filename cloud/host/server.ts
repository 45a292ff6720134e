/**
 * The local host: the same `api` handlers as the cloud function, over HTTP.
 *   POST /api              { action, data } → envelope; identity from `Authorization: Bearer <token>`
 *   POST /auth/dev-login   { openid } → a token (only while dev login is on)
 *   GET  /auth/dev-accounts the demo accounts the login page offers (only while dev login is on)
 *   POST /files            one photo (multipart) → { fileId }
 *   GET  /files/<name>     the photo
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { ApiHandler } from '../actions/shared/api';
import type { Tokens } from './tokens';
import { receivePhoto, servePhoto } from './uploads';

export interface HostDeps {
  api: ApiHandler;
  tokens: Tokens;
  dataDir: string;
  devLogin: boolean;
  /** Offered on the H5 login page while dev login is on. */
  demoAccounts?: { openid: string; name: string; label: string }[];
  /** Serves what no route above claims (the H5 build); absent, such requests get 404. */
  fallback?: (req: IncomingMessage, res: ServerResponse) => void;
}

const MAX_BODY = 256 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const failure = (code: ErrorCode) => ({ code, message: ERROR_MESSAGES[code] });

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const bearer = (req: IncomingMessage) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];

const devLoginInput = z.object({ openid: z.string().trim().min(1).max(64), name: z.string().trim().max(20).optional() });

export function createHost(deps: HostDeps): Server {
  const filesDir = join(deps.dataDir, 'files');

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/api') {
      let body: unknown;
      try {
        body = await readJson(req);
      } catch {
        return send(res, 400, failure('INPUT.INVALID'));
      }
      const openid = await deps.tokens.verify(bearer(req));
      return send(res, 200, await deps.api(body, openid ? { openid } : null));
    }
    if (req.method === 'POST' && url.pathname === '/auth/dev-login') {
      if (!deps.devLogin) return send(res, 404, failure('AUTH.DEV_LOGIN_OFF'));
      const parsed = devLoginInput.safeParse(await readJson(req).catch(() => null));
      if (!parsed.success) return send(res, 400, failure('INPUT.INVALID'));
      return send(res, 200, { code: 0, data: { token: await deps.tokens.issue(parsed.data.openid) } });
    }
    if (req.method === 'GET' && url.pathname === '/auth/dev-accounts') {
      if (!deps.devLogin) return send(res, 404, failure('AUTH.DEV_LOGIN_OFF'));
      return send(res, 200, { code: 0, data: deps.demoAccounts ?? [] });
    }
    if (req.method === 'POST' && url.pathname === '/files') {
      if (!(await deps.tokens.verify(bearer(req)))) return send(res, 401, failure('AUTH.REQUIRED'));
      const result = await receivePhoto(req, filesDir);
      return result.ok ? send(res, 200, { code: 0, data: { fileId: result.fileId } }) : send(res, 400, failure(result.code));
    }
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      if (servePhoto(res, filesDir, url.pathname.slice('/files/'.length))) return;
      return send(res, 404, failure('INPUT.INVALID'));
    }
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { code: 0, data: 'ok' });
    if (deps.fallback) return deps.fallback(req, res);
    send(res, 404, failure('ACTION.UNKNOWN'));
  }

  return createServer((req, res) => {
    route(req, res).catch((e) => {
      console.error('[host] request failed', e);
      if (!res.headersSent) send(res, 500, failure('SYSTEM.INTERNAL'));
    });
  });
}
