/**
 * Photo uploads on the local host: one image per request, 5 MB at most, JPEG/PNG/WebP by content
 * (not by the name the client gives), stored under the data folder with an unguessable name.
 */
import Busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ErrorCode } from '../../types/errors';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

const SIGNATURES: { ext: string; type: string; test: (b: Buffer) => boolean }[] = [
  { ext: 'jpg', type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'png', type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'webp', type: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

export type UploadResult = { ok: true; fileId: string } | { ok: false; code: ErrorCode };

export function receivePhoto(req: IncomingMessage, dir: string): Promise<UploadResult> {
  return new Promise((resolve) => {
    let busboy: Busboy.Busboy;
    try {
      busboy = Busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_PHOTO_BYTES, fields: 5 } });
    } catch {
      return resolve({ ok: false, code: 'INPUT.INVALID' });
    }
    let result: UploadResult = { ok: false, code: 'INPUT.INVALID' };
    busboy.on('file', (_name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => (result = { ok: false, code: 'FILE.TOO_LARGE' }));
      stream.on('end', () => {
        if (!result.ok && result.code === 'FILE.TOO_LARGE') return;
        const body = Buffer.concat(chunks);
        const kind = SIGNATURES.find((s) => s.test(body));
        if (!kind) return void (result = { ok: false, code: 'FILE.TYPE' });
        mkdirSync(dir, { recursive: true });
        const name = `${randomUUID()}.${kind.ext}`;
        writeFileSync(join(dir, name), body);
        result = { ok: true, fileId: `/files/${name}` };
      });
    });
    busboy.on('close', () => resolve(result));
    busboy.on('error', () => resolve({ ok: false, code: 'INPUT.INVALID' }));
    req.pipe(busboy);
  });
}

/** Serves a stored photo; names are random UUIDs, so a link is the permission to see it. */
export function servePhoto(res: ServerResponse, dir: string, name: string): boolean {
  const kind = SIGNATURES.find((s) => name.endsWith('.' + s.ext));
  if (!/^[0-9a-f-]{36}\.(jpg|png|webp)$/.test(name) || !kind) return false;
  const path = join(dir, name);
  if (!existsSync(path)) return false;
  res.writeHead(200, { 'content-type': kind.type, 'cache-control': 'private, max-age=31536000, immutable' });
  createReadStream(path).pipe(res);
  return true;
}
