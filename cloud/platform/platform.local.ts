/**
 * The local platform: a word-list text check standing in for WeChat's msgSecCheck, a marker check standing in for
 * mediaCheckAsync, signed URLs for the host's files, and an outbox in memory holding the subscribe messages WeChat
 * would have delivered, for tests to read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deleteLocalFiles, keepLocalFile, signedUrls, type LocalFiles } from './files.local';
import type { MediaCheck, Platform, SubscribeMessage } from './platform';

/** Deliberately small: enough to exercise the refusal path end to end, not a moderation policy. */
const BLOCKED = ['赌博', '博彩', '代开发票', '枪支', '毒品'];

/** Bytes that make the stand-in media check flag a photo (tests put them after the image data). */
export const RISKY_PHOTO_MARKER = 'SANDAN-RISKY-PHOTO';

export interface LocalPlatform extends Platform {
  readonly outbox: SubscribeMessage[];
}

export function localPlatform(files?: LocalFiles, blocked: string[] = BLOCKED): LocalPlatform {
  const outbox: SubscribeMessage[] = [];
  function checkNow(fileId: string): MediaCheck {
    const name = /^\/files\/([\w.-]+)$/.exec(fileId)?.[1];
    if (!files || !name) return { media: 'pass' };
    try {
      return readFileSync(join(files.dir, name)).includes(RISKY_PHOTO_MARKER) ? { media: 'risky', reason: '图片疑似含违规内容（本地检测）' } : { media: 'pass' };
    } catch {
      return { media: 'pass' };
    }
  }
  return {
    outbox,
    textIsSafe: async (text) => !blocked.some((w) => text.includes(w)),
    sendSubscribe: async (message) => (outbox.push(message), { state: 'sent' }),
    photoUrls: async (ids) => (files ? signedUrls(files, ids) : {}),
    keepFile: async (path, name) => {
      if (!files) throw new Error('no files area: the local platform was made without one');
      return keepLocalFile(files, path, name);
    },
    deleteFiles: async (ids) => (files ? deleteLocalFiles(files, ids) : undefined),
    checkMedia: async (fileId) => checkNow(fileId),
  };
}
