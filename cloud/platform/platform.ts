/**
 * What differs between WeChat cloud and a local run, behind one interface.
 * The WeChat implementation uses wx-server-sdk's open APIs; the local one runs here and in tests.
 */
import type { Notice } from '../domain/notices';

export interface Platform {
  /** False when the text fails the content safety check (违法违规内容). */
  textIsSafe(text: string, openid: string): Promise<boolean>;
  /** Queues subscribe messages; a sender (the timer function) delivers them, so an action never waits on WeChat. */
  notify(notices: (Notice & { openid: string })[]): Promise<void>;
}
