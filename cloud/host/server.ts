/**
 * The local host: the same `api` handlers as the cloud function, over HTTP.
 *   POST /api              { action, data } → envelope; identity from `Authorization: Bearer <token>`
 *   POST /auth/dev-login   { openid } → a token (only while dev login is on)
 *   GET  /auth/dev-accounts the demo accounts the login page offers (only while dev login is on)
 *   POST /auth/wechat      { code } from wx.login → a token (when WeChat sign-in is configured)
 *   POST /auth/pc-code     (signed in) → a one-time code for signing in on a PC
 *   POST /auth/pc-login    { code } → a token
 *   POST /files            one photo (multipart, signed in, rate-limited) → { fileId, url }
 *   GET  /files/<name>?exp&sig  the photo, through a signed URL a view issued; an export file, through export.url's
 *   GET  /board/<community>  the community's 晒 board in the H5 app: a plain link anyone can open, no sign-in
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import type { ApiHandler } from '../actions/shared/api';
import { mayUpload } from '../actions/shared/files';
import { redactError } from '../actions/shared/redact';
import { signedUrls, validSignature, type LocalFiles } from '../platform/files.local';
import type { Store } from '../store/store.port';
import { serveExport } from './downloads';
import type { SignIn } from './signin';
import type { Tokens } from './tokens';
import { MAX_UPLOAD_BODY, receivePhoto, servePhoto } from './uploads';

export interface HostDeps {
  api: ApiHandler;
  tokens: Tokens;
  signIn: SignIn;
  /** WeChat sign-in is configured (appid and secret). */
  wechatLogin: boolean;
  /** Records uploads (their uploader, the rate limit). */
  store: Store;
  /** Where photos are kept and how their URLs are signed. */
  files: LocalFiles;
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

/** A body the host will not read to its end. */
class TooLarge extends Error {}

/**
 * Refuses a request whose body was not read to its end: the rest of it is still on the wire, so the connection
 * cannot carry another request. Say so, answer, and close it once the answer is out.
 */
function refuse(res: ServerResponse, status: number, code: ErrorCode): void {
  res.shouldKeepAlive = false;
  res.setHeader('connection', 'close');
  send(res, status, failure(code));
}

const declaredLength = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0);

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (declaredLength(req) > MAX_BODY) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new TooLarge();
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** Reads a JSON body, or answers the refusal itself and returns undefined. */
async function jsonOrRefuse(req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | undefined> {
  try {
    return { body: await readJson(req) };
  } catch (e) {
    if (e instanceof TooLarge) refuse(res, 413, 'INPUT.TOO_LARGE');
    else send(res, 400, failure('INPUT.INVALID'));
    return undefined;
  }
}

/** The scheme name is case-insensitive (RFC 9110 §11.1). */
const bearer = (req: IncomingMessage) => /^bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];

const devLoginInput = z.object({ openid: z.string().trim().min(1).max(64), name: z.string().trim().max(20).optional() });
const wechatLoginInput = z.object({ code: z.string().trim().min(1).max(128) });
const pcLoginInput = z.object({ code: z.string().trim().regex(/^\d{6}$/) });

export function createHost(deps: HostDeps): Server {
  const filesDir = deps.files.dir;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/api') {
      const read = await jsonOrRefuse(req, res);
      if (!read) return;
      const openid = await deps.tokens.verify(bearer(req));
      return send(res, 200, await deps.api(read.body, openid ? { openid } : null));
    }
    if (req.method === 'POST' && url.pathname === '/auth/dev-login') {
      if (!deps.devLogin) return refuse(res, 404, 'AUTH.DEV_LOGIN_OFF');
      const read = await jsonOrRefuse(req, res);
      if (!read) return;
      const parsed = devLoginInput.safeParse(read.body);
      if (!parsed.success) return send(res, 400, failure('INPUT.INVALID'));
      return send(res, 200, { code: 0, data: { token: await deps.tokens.issue(parsed.data.openid) } });
    }
    if (req.method === 'POST' && url.pathname === '/auth/wechat') {
      if (!deps.wechatLogin) return refuse(res, 404, 'AUTH.WECHAT_OFF');
      const read = await jsonOrRefuse(req, res);
      if (!read) return;
      const parsed = wechatLoginInput.safeParse(read.body);
      if (!parsed.success) return send(res, 400, failure('INPUT.INVALID'));
      const openid = await deps.signIn.exchangeWechatCode(parsed.data.code);
      if (!openid) return send(res, 401, failure('AUTH.WECHAT_FAILED'));
      return send(res, 200, { code: 0, data: { token: await deps.tokens.issue(openid) } });
    }
    if (req.method === 'POST' && url.pathname === '/auth/pc-code') {
      const openid = await deps.tokens.verify(bearer(req));
      if (!openid) return refuse(res, 401, 'AUTH.REQUIRED');
      const issued = deps.signIn.issuePcCode(openid);
      return issued ? send(res, 200, { code: 0, data: issued }) : send(res, 429, failure('AUTH.TOO_MANY'));
    }
    if (req.method === 'POST' && url.pathname === '/auth/pc-login') {
      const read = await jsonOrRefuse(req, res);
      if (!read) return;
      const parsed = pcLoginInput.safeParse(read.body);
      if (!parsed.success) return send(res, 400, failure('AUTH.CODE_INVALID'));
      const outcome = deps.signIn.redeemPcCode(parsed.data.code, req.socket.remoteAddress ?? '');
      if (!outcome.ok) return send(res, outcome.reason === 'limited' ? 429 : 401, failure(outcome.reason === 'limited' ? 'AUTH.TOO_MANY' : 'AUTH.CODE_INVALID'));
      return send(res, 200, { code: 0, data: { token: await deps.tokens.issue(outcome.openid) } });
    }
    if (req.method === 'GET' && url.pathname === '/auth/dev-accounts') {
      if (!deps.devLogin) return send(res, 404, failure('AUTH.DEV_LOGIN_OFF'));
      return send(res, 200, { code: 0, data: deps.demoAccounts ?? [] });
    }
    if (req.method === 'POST' && url.pathname === '/files') {
      const openid = await deps.tokens.verify(bearer(req));
      if (!openid) return refuse(res, 401, 'AUTH.REQUIRED');
      if (declaredLength(req) > MAX_UPLOAD_BODY) return refuse(res, 413, 'FILE.TOO_LARGE');
      const user = await deps.store.ensureUser(openid);
      if (!(await mayUpload(deps.store, user.id, deps.files.clock()))) return refuse(res, 429, 'FILE.TOO_MANY');
      const result = await receivePhoto(req, filesDir);
      if (!result.ok) return result.code === 'FILE.TOO_LARGE' ? refuse(res, 413, result.code) : refuse(res, 400, result.code);
      await deps.store.recordUpload({ fileId: result.fileId, uploaderId: user.id, at: deps.files.clock() });
      // The uploader may see their own photo while the form is open.
      return send(res, 200, { code: 0, data: { fileId: result.fileId, url: signedUrls(deps.files, [result.fileId])[result.fileId] } });
    }
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const name = url.pathname.slice('/files/'.length);
      if (!validSignature(deps.files, name, url.searchParams.get('exp'), url.searchParams.get('sig'))) return send(res, 403, failure('FILE.FORBIDDEN'));
      if (servePhoto(res, filesDir, name) || (await serveExport(res, filesDir, name, deps.store))) return;
      return send(res, 404, failure('INPUT.INVALID'));
    }
    const board = /^\/board\/([\w-]{1,64})\/?$/.exec(url.pathname);
    if (req.method === 'GET' && board) {
      res.writeHead(302, { location: `/#/board/view/index?c=${board[1]}`, 'cache-control': 'no-cache' });
      return void res.end();
    }
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { code: 0, data: 'ok' });
    if (deps.fallback) return deps.fallback(req, res);
    send(res, 404, failure('ACTION.UNKNOWN'));
  }

  return createServer((req, res) => {
    route(req, res).catch((e) => {
      console.error('[host] request failed', redactError(e));
      if (!res.headersSent) refuse(res, 500, 'SYSTEM.INTERNAL');
    });
  });
}
