/** The photos part of the store port (store.port.ts): who uploaded what, where it is attached, its media check. */

/** The media check's verdict on a photo: not asked, asked and waiting, passed, or flagged (hidden but to staff). */
export type MediaState = 'unchecked' | 'pending' | 'pass' | 'risky';

/** One uploaded photo: who uploaded it and when, the order it was attached to, and its media check. */
export interface Upload {
  fileId: string;
  uploaderId: string;
  at: string;
  /** The order it was last attached to; null until attached (the sweep removes it after a day). */
  orderId: string | null;
  media: MediaState;
  /** Why the check flagged it (WeChat's label), for staff. */
  mediaReason: string | null;
  /** The check's trace id, by which its asynchronous result finds the photo. */
  mediaTrace: string | null;
}

export interface UploadPort {
  /** Records a new upload (unattached, unchecked); a file id already recorded is kept as it is. */
  recordUpload(upload: { fileId: string; uploaderId: string; at: Date }): Promise<void>;
  /** How many files the person uploaded at or after `since` (the upload rate limit). */
  countUploadsSince(uploaderId: string, since: Date): Promise<number>;
  /** The records of these file ids; unknown ids are left out. */
  getUploads(fileIds: string[]): Promise<Upload[]>;
  /** Marks the files attached to the order (the sweep keeps them from now on). */
  attachUploads(fileIds: string[], orderId: string): Promise<void>;
  /** Files never attached, uploaded before `before`, oldest first. */
  staleUploads(before: Date, limit: number): Promise<Upload[]>;
  deleteUploads(fileIds: string[]): Promise<void>;
  /** Records the media check of a file, found by its id or by the trace id its check was given. */
  setMediaCheck(key: { fileId: string } | { trace: string }, check: { media: MediaState; reason?: string | null; trace?: string | null }): Promise<void>;
}
