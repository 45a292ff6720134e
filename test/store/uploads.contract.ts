/**
 * The uploads part of the store contract: records, the rate-limit count, attaching, the sweep's stale list and
 * removal, and media checks found by file id or trace. Called from describeStoreContract for every adapter.
 */
import type { Store } from '../../cloud/store/store.port';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function describeUploadsContract(storeOf: () => Store): void {
  describe('uploads', () => {
    test('recorded once per file, counted per uploader since an instant, read back by id', async () => {
      const store = storeOf();
      const a = (await store.ensureUser('up-a')).id;
      const b = (await store.ensureUser('up-b')).id;
      await store.recordUpload({ fileId: '/files/1.png', uploaderId: a, at: at(0) });
      await store.recordUpload({ fileId: 'cloud://env/orders/c1/2.png', uploaderId: a, at: at(30) });
      await store.recordUpload({ fileId: '/files/3.png', uploaderId: b, at: at(40) });
      // The same file again (a retried request) keeps the first record.
      await store.recordUpload({ fileId: '/files/1.png', uploaderId: b, at: at(50) });
      expect(await store.countUploadsSince(a, at(0))).toBe(2);
      expect(await store.countUploadsSince(a, at(1))).toBe(1);
      expect(await store.countUploadsSince(b, at(0))).toBe(1);
      const got = await store.getUploads(['/files/1.png', 'cloud://env/orders/c1/2.png', '/files/none.png']);
      expect(got.sort((x, y) => x.fileId.localeCompare(y.fileId))).toEqual([
        { fileId: '/files/1.png', uploaderId: a, at: at(0).toISOString(), orderId: null, media: 'unchecked', mediaReason: null, mediaTrace: null },
        { fileId: 'cloud://env/orders/c1/2.png', uploaderId: a, at: at(30).toISOString(), orderId: null, media: 'unchecked', mediaReason: null, mediaTrace: null },
      ]);
      expect(await store.getUploads([])).toEqual([]);
    });

    test('attached files leave the stale list; stale ones come oldest first and can be deleted', async () => {
      const store = storeOf();
      const a = (await store.ensureUser('up-a')).id;
      for (const [i, m] of [[1, 10], [2, 0], [3, 20], [4, 30]]) await store.recordUpload({ fileId: `/files/${i}.png`, uploaderId: a, at: at(m) });
      await store.attachUploads(['/files/3.png'], 'order-1');
      expect((await store.getUploads(['/files/3.png']))[0].orderId).toBe('order-1');
      const stale = await store.staleUploads(at(25), 10);
      expect(stale.map((u) => u.fileId)).toEqual(['/files/2.png', '/files/1.png']);
      expect((await store.staleUploads(at(25), 1)).map((u) => u.fileId)).toEqual(['/files/2.png']);
      await store.deleteUploads(['/files/2.png']);
      expect((await store.staleUploads(at(60), 10)).map((u) => u.fileId)).toEqual(['/files/1.png', '/files/4.png']);
      expect(await store.getUploads(['/files/2.png'])).toEqual([]);
    });

    test('a media check is recorded by file id, and its later verdict found by trace', async () => {
      const store = storeOf();
      const a = (await store.ensureUser('up-a')).id;
      await store.recordUpload({ fileId: '/files/1.png', uploaderId: a, at: at(0) });
      await store.recordUpload({ fileId: '/files/2.png', uploaderId: a, at: at(0) });
      await store.setMediaCheck({ fileId: '/files/1.png' }, { media: 'pending', trace: 'trace-1' });
      await store.setMediaCheck({ fileId: '/files/2.png' }, { media: 'pass' });
      await store.setMediaCheck({ trace: 'trace-1' }, { media: 'risky', reason: '涉黄' });
      const got = await store.getUploads(['/files/1.png', '/files/2.png']);
      expect(got.map((u) => [u.fileId, u.media, u.mediaReason, u.mediaTrace]).sort()).toEqual([
        ['/files/1.png', 'risky', '涉黄', 'trace-1'],
        ['/files/2.png', 'pass', null, null],
      ]);
    });
  });
}
