/**
 * The local platform: a word-list text check standing in for WeChat's msgSecCheck, and an outbox in memory
 * holding the subscribe messages WeChat would have delivered, for tests to read.
 */
import type { Platform, SubscribeMessage } from './platform';

/** Deliberately small: enough to exercise the refusal path end to end, not a moderation policy. */
const BLOCKED = ['赌博', '博彩', '代开发票', '枪支', '毒品'];

export interface LocalPlatform extends Platform {
  readonly outbox: SubscribeMessage[];
}

export function localPlatform(blocked: string[] = BLOCKED): LocalPlatform {
  const outbox: SubscribeMessage[] = [];
  return {
    outbox,
    textIsSafe: async (text) => !blocked.some((w) => text.includes(w)),
    sendSubscribe: async (message) => (outbox.push(message), { state: 'sent' }),
  };
}
