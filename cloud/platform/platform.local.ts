/**
 * The local platform: a word-list text check standing in for WeChat's msgSecCheck.
 */
import type { Platform } from './platform';

/** Deliberately small: enough to exercise the refusal path end to end, not a moderation policy. */
const BLOCKED = ['赌博', '博彩', '代开发票', '枪支', '毒品'];

export function localPlatform(blocked: string[] = BLOCKED): Platform {
  return {
    textIsSafe: async (text) => !blocked.some((w) => text.includes(w)),
  };
}
