/**
 * Photos on the local host: files in the data folder, served only through short-lived signed URLs
 * (`/files/<name>?exp=<ms>&sig=<HMAC-SHA256>`) that views issue to callers who may see the order.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/** How long an issued photo URL works. */
export const PHOTO_URL_TTL_MS = 10 * 60_000;

export interface LocalFiles {
  dir: string;
  /** Signs URLs; the host's own secret. */
  secret: Uint8Array;
  clock: () => Date;
}

const signature = (files: LocalFiles, name: string, exp: number) =>
  createHmac('sha256', files.secret).update(`files:${name}:${exp}`).digest('base64url');

/** `/files/<name>` of a file id, or null when it is not one of the host's files. */
const nameOf = (fileId: string) => /^\/files\/([\w.-]+)$/.exec(fileId)?.[1] ?? null;

export function signedUrls(files: LocalFiles, fileIds: string[]): Record<string, string> {
  const exp = files.clock().getTime() + PHOTO_URL_TTL_MS;
  const out: Record<string, string> = {};
  for (const id of fileIds) {
    const name = nameOf(id);
    if (name) out[id] = `/files/${name}?exp=${exp}&sig=${signature(files, name, exp)}`;
  }
  return out;
}

/** True when the URL's signature is the host's and it has not expired. */
export function validSignature(files: LocalFiles, name: string, exp: string | null, sig: string | null): boolean {
  if (!exp || !sig || !/^\d{1,15}$/.test(exp) || Number(exp) < files.clock().getTime()) return false;
  const expected = Buffer.from(signature(files, name, Number(exp)));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Moves a finished file into the files area under the last part of `name`; its id is `/files/<that>`. */
export function keepLocalFile(files: LocalFiles, path: string, name: string): string {
  mkdirSync(files.dir, { recursive: true });
  // Copied, not renamed: the temporary folder may be on another file system.
  copyFileSync(path, join(files.dir, basename(name)));
  rmSync(path, { force: true });
  return `/files/${basename(name)}`;
}

export function deleteLocalFiles(files: LocalFiles, fileIds: string[]): void {
  for (const id of fileIds) {
    const name = nameOf(id);
    if (name) rmSync(join(files.dir, basename(name)), { force: true });
  }
}
