/**
 * Uploaded photos on CloudBase: one `uploads` document per file, its id a hash of the file id (file ids carry
 * slashes and a scheme), so recording the same file again finds the document already there.
 */
import { createHash } from 'node:crypto';
import type { Upload, UploadPort } from '../store.port';
import { byId, insertOnce, readAll, readSorted, type Cb, type Doc } from './db';
import { iso } from './docs';

const docId = (fileId: string) => createHash('sha256').update(fileId).digest('hex');

const toUpload = (d: Doc): Upload => ({
  fileId: d.fileId,
  uploaderId: d.uploaderId,
  at: iso(d.at)!,
  orderId: d.orderId,
  media: d.media,
  mediaReason: d.mediaReason,
  mediaTrace: d.mediaTrace,
});

export function cbUploads(cb: Cb): UploadPort {
  const { _ } = cb;
  const uploads = cb.coll('uploads');
  const ids = (fileIds: string[]) => ({ _id: _.in(fileIds.map(docId)) });
  return {
    async recordUpload(u) {
      const doc = { _id: docId(u.fileId), fileId: u.fileId, uploaderId: u.uploaderId, at: u.at, orderId: null, media: 'unchecked', mediaReason: null, mediaTrace: null };
      await insertOnce(uploads, doc, () => byId(cb, 'uploads', doc._id));
    },
    async countUploadsSince(uploaderId, since) {
      return (await uploads.where({ uploaderId, at: _.gte(since) }).count()).total;
    },
    async getUploads(fileIds) {
      if (fileIds.length === 0) return [];
      return (await readAll(cb, 'uploads', { filter: [ids(fileIds)], sort: [['_id', 'asc']] })).map(toUpload);
    },
    async attachUploads(fileIds, orderId) {
      if (fileIds.length > 0) await uploads.where(ids(fileIds)).update({ data: { orderId } });
    },
    async staleUploads(before, limit) {
      const read = { filter: [{ orderId: null, at: _.lt(before) }], sort: [['at', 'asc'], ['_id', 'asc']] as const };
      return (await readSorted(cb, 'uploads', read, null, limit)).map(toUpload);
    },
    async deleteUploads(fileIds) {
      if (fileIds.length > 0) await uploads.where(ids(fileIds)).remove();
    },
    async setMediaCheck(key, check) {
      const where = 'fileId' in key ? { _id: docId(key.fileId) } : { mediaTrace: key.trace };
      const data: Doc = { media: check.media, mediaReason: check.reason ?? null };
      if (check.trace) data.mediaTrace = check.trace;
      await uploads.where(where).update({ data });
    },
  };
}
