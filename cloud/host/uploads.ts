/**
 * Photo uploads on the local host: one image per request, 5 MB (5 × 1024 × 1024 bytes) at most, JPEG/PNG/WebP by
 * what the file really is (not the name the client gives), stored under the data folder with an unguessable name.
 * A body cut off or malformed is refused; nothing a client sends can throw outside this promise.
 */
import Busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ErrorCode } from '../../types/errors';
import { imageKind, kindOfName } from './images';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** Room for the multipart framing around one photo. */
export const MAX_UPLOAD_BODY = MAX_PHOTO_BYTES + 64 * 1024;

export type UploadResult = { ok: true; fileId: string } | { ok: false; code: ErrorCode };

export function receivePhoto(req: IncomingMessage, dir: string): Promise<UploadResult> {
  return new Promise((resolve) => {
    let busboy: Busboy.Busboy;
    try {
      // One byte over the limit tells "exactly 5 MB" (accepted) from "more" (refused).
      busboy = Busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_PHOTO_BYTES + 1, fields: 5, parts: 6 } });
    } catch {
      return resolve({ ok: false, code: 'INPUT.INVALID' });
    }
    let result: UploadResult = { ok: false, code: 'INPUT.INVALID' };
    let body: Buffer | null = null;
    let settled = false;
    const finish = (r: UploadResult) => {
      if (settled) return;
      settled = true;
      req.unpipe(busboy);
      resolve(r);
    };
    busboy.on('file', (_name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => (result = { ok: false, code: 'FILE.TOO_LARGE' }));
      stream.on('error', () => finish({ ok: false, code: 'INPUT.INVALID' }));
      stream.on('end', () => {
        if (!result.ok && result.code === 'FILE.TOO_LARGE') return;
        body = Buffer.concat(chunks);
      });
    });
    busboy.on('close', () => {
      if (!body) return finish(result);
      const kind = imageKind(body);
      if (!kind) return finish({ ok: false, code: 'FILE.TYPE' });
      mkdirSync(dir, { recursive: true });
      const name = `${randomUUID()}.${kind.ext}`;
      writeFileSync(join(dir, name), body);
      finish({ ok: true, fileId: `/files/${name}` });
    });
    busboy.on('error', () => finish({ ok: false, code: 'INPUT.INVALID' }));
    req.on('error', () => finish({ ok: false, code: 'INPUT.INVALID' }));
    req.on('aborted', () => finish({ ok: false, code: 'INPUT.INVALID' }));
    req.pipe(busboy);
  });
}

/** Serves a stored photo with its true type; the browser may not sniff it into anything else. */
export function servePhoto(res: ServerResponse, dir: string, name: string): boolean {
  const kind = kindOfName(name);
  if (!/^[0-9a-f-]{36}\.(jpg|png|webp)$/.test(name) || !kind) return false;
  const path = join(dir, name);
  if (!existsSync(path)) return false;
  res.writeHead(200, {
    'content-type': kind.type,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    // The URL stops working in minutes; the browser may keep what it fetched for that long.
    'cache-control': 'private, max-age=600',
  });
  createReadStream(path).pipe(res);
  return true;
}
