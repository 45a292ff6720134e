/**
 * What differs between WeChat cloud and a local run, behind one interface.
 * The cloud implementation uses wx-server-sdk's open APIs; the local one runs here and in tests.
 */
export interface Platform {
  /** False when the text fails the content safety check (违法违规内容). */
  textIsSafe(text: string, openid: string): Promise<boolean>;
}
