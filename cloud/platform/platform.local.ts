/**
 * The local platform: a word-list text check standing in for WeChat's msgSecCheck, and an outbox in memory
 * that tests read instead of WeChat delivering subscribe messages.
 */
import type { Notice } from '../domain/notices';
import type { Platform } from './platform';

/** Deliberately small: enough to exercise the refusal path end to end, not a moderation policy. */
const BLOCKED = ['赌博', '博彩', '代开发票', '枪支', '毒品'];

export interface LocalPlatform extends Platform {
  readonly outbox: (Notice & { openid: string })[];
}

export function localPlatform(blocked: string[] = BLOCKED): LocalPlatform {
  const outbox: (Notice & { openid: string })[] = [];
  return {
    outbox,
    textIsSafe: async (text) => !blocked.some((w) => text.includes(w)),
    notify: async (notices) => void outbox.push(...notices),
  };
}
