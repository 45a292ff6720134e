/**
 * What differs between WeChat cloud and a local run, behind one interface.
 * The WeChat implementation uses wx-server-sdk's open APIs; the local one runs here and in tests.
 */
import type { NoticeKind } from '../../types/notices';

/** One stored notice, on its way to a person's WeChat 服务通知. */
export interface SubscribeMessage {
  openid: string;
  kind: NoticeKind;
  orderId: string;
  title: string;
  text: string;
  at: string;
}

/**
 * What became of one send: delivered; refused by WeChat because the person has not allowed the template (43101,
 * never retried); failed (busy, quota: worth another try); skipped (no template configured for its kind).
 */
export interface SendOutcome {
  state: 'sent' | 'refused' | 'failed' | 'skipped';
  error?: string;
}

/** A photo's media check as asked: the verdict now (local stand-in), or pending with the trace its result carries. */
export interface MediaCheck {
  media: 'pending' | 'pass' | 'risky';
  trace?: string | null;
  reason?: string | null;
}

export interface Platform {
  /** False when the text fails the content safety check (违法违规内容). */
  textIsSafe(text: string, openid: string): Promise<boolean>;
  /** Sends one subscribe message now. Only the delivery job (cloud/jobs/deliver.ts) calls it, never an action. */
  sendSubscribe(message: SubscribeMessage): Promise<SendOutcome>;
  /**
   * Short-lived URLs for stored photos (and export files), by file id (an id none could be issued for is left out).
   * Only views built for a caller who may see the order ask for them, and export.url for whoever may create the export.
   */
  photoUrls(fileIds: string[]): Promise<Record<string, string>>;
  /**
   * Keeps a finished file written at the local `path` (an export) in the platform's file storage under `name`
   * (`exports/<scope>/<uuid>.xlsx`) and answers its file id; the local file is removed. Read back only through
   * `photoUrls`, which the actions call for callers who may read it.
   */
  keepFile(path: string, name: string): Promise<string>;
  /** Removes stored files (uploads the sweep found never attached). */
  deleteFiles(fileIds: string[]): Promise<void>;
  /** Asks for a photo's content check when it is attached to an order. */
  checkMedia(fileId: string, openid: string): Promise<MediaCheck>;
  /**
   * The phone number behind a getPhoneNumber code (手机号快速验证), or null when WeChat refused the code (used,
   * expired, forged). Absent where no WeChat app is configured (a local run without WeChat settings).
   */
  phoneNumber?(code: string): Promise<string | null>;
}
