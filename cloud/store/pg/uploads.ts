/**
 * Uploaded photos on PostgreSQL: one `uploads` row per file.
 */
import type { Upload, UploadPort } from '../store.port';
import type { Db } from './db';
import { iso } from './rows';

const toUpload = (r: Record<string, any>): Upload => ({
  fileId: r.file_id,
  uploaderId: r.uploader_id,
  at: iso(r.at)!,
  orderId: r.order_id,
  media: r.media,
  mediaReason: r.media_reason,
  mediaTrace: r.media_trace,
});

export function pgUploads(db: Db): UploadPort {
  return {
    async recordUpload(u) {
      await db.query(`INSERT INTO uploads (file_id, uploader_id, at) VALUES ($1, $2, $3) ON CONFLICT (file_id) DO NOTHING`, [u.fileId, u.uploaderId, u.at]);
    },
    async countUploadsSince(uploaderId, since) {
      const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM uploads WHERE uploader_id = $1 AND at >= $2`, [uploaderId, since]);
      return r.n;
    },
    async getUploads(fileIds) {
      if (fileIds.length === 0) return [];
      return (await db.query(`SELECT * FROM uploads WHERE file_id = ANY($1::text[])`, [fileIds])).map(toUpload);
    },
    async attachUploads(fileIds, orderId) {
      if (fileIds.length > 0) await db.query(`UPDATE uploads SET order_id = $2 WHERE file_id = ANY($1::text[])`, [fileIds, orderId]);
    },
    async staleUploads(before, limit) {
      const rows = await db.query(`SELECT * FROM uploads WHERE order_id IS NULL AND at < $1 ORDER BY at, file_id LIMIT $2`, [before, limit]);
      return rows.map(toUpload);
    },
    async deleteUploads(fileIds) {
      if (fileIds.length > 0) await db.query(`DELETE FROM uploads WHERE file_id = ANY($1::text[])`, [fileIds]);
    },
    async setMediaCheck(key, check) {
      const [column, value] = 'fileId' in key ? ['file_id', key.fileId] : ['media_trace', key.trace];
      await db.query(
        `UPDATE uploads SET media = $2, media_reason = $3, media_trace = coalesce($4, media_trace) WHERE ${column} = $1`,
        [value, check.media, check.reason ?? null, check.trace ?? null],
      );
    },
  };
}
