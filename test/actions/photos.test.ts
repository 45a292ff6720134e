/**
 * Photos over HTTP: they belong to their uploader (a foreign or made-up file id is refused), one account uploads at
 * most 30 an hour, uploads never attached are removed by the sweep after a day, views carry short-lived signed URLs
 * only for callers who may see the order, and a photo the media check flags is hidden from all but staff.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { FOREIGN_FILE_MESSAGE } from '../../cloud/actions/shared/files';
import { removeStaleUploads } from '../../cloud/jobs/uploads';
import { RISKY_PHOTO_MARKER } from '../../cloud/platform/platform.local';
import { inDays, login, makePerson, resetStore, startTestHost, submission, type TestHost } from '../factories';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082',
  'hex',
);

/** The same image with a text chunk after its header: still a whole PNG. */
function pngWithText(text: string): Buffer {
  const data = Buffer.from(`Comment\0${text}`, 'latin1');
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write('tEXt', 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([PNG.subarray(0, 33), head, data, crc, PNG.subarray(33)]);
}

let now = new Date();
let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ clock: () => now });
});
afterAll(() => host.stop());
beforeEach(async () => {
  now = new Date();
  await resetStore(host.store);
  for (const who of ['resident', 'other'] as const) await makePerson(host.store, who, 'resident');
  await makePerson(host.store, 'member', 'member');
  await makePerson(host.store, 'staff', 'staff');
});

async function upload(openid: string, body: Buffer = PNG): Promise<{ status: number; fileId: string; url: string; code?: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(body)]), 'photo.png');
  const res = await fetch(`${host.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await login(host.url, openid)}` } });
  const json = await res.json();
  return { status: res.status, code: json.code, ...json.data };
}

const countOrders = async () => (await host.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders'))[0].n;
const fetchStatus = async (path: string) => (await fetch(host.url + path)).status;

describe('uploads belong to their uploader', () => {
  test('another person’s upload, or a made-up cloud file id, is refused in Chinese and nothing is written', async () => {
    const resident = await host.as('resident');
    const theirs = await upload('other');
    for (const photos of [[theirs.fileId], ['cloud://env-1/orders/c1/forged.png']]) {
      expect(await resident.call('order.submit', submission('foreign', { photos }))).toMatchObject({
        code: 'INPUT.INVALID',
        message: FOREIGN_FILE_MESSAGE,
        fields: { photos: FOREIGN_FILE_MESSAGE },
      });
    }
    expect(await countOrders()).toBe(0);
    // Holding the order does not make a member's step carry the resident's unattached upload either.
    const staff = await host.as('staff');
    const member = await host.as('member');
    const { id } = await resident.ok('order.submit', submission('own'));
    await staff.ok('order.dispatch', { orderId: id, deadline: inDays(3, now) });
    await member.ok('order.claim', { orderId: id });
    const loose = await upload('resident');
    expect(await member.call('order.progress', { orderId: id, note: '已上门', photos: [loose.fileId] })).toMatchObject({ code: 'INPUT.INVALID' });
    expect(await member.ok('order.progress', { orderId: id, note: '已上门', photos: [(await upload('member')).fileId] })).toMatchObject({ status: 'in_progress' });
  });

  test('the uploader attaches their own; staff may carry the order’s own photos on when they escalate it', async () => {
    const resident = await host.as('resident');
    const mine = await upload('resident');
    const order = await resident.ok('order.submit', submission('mine', { photos: [mine.fileId] }));
    expect(order.photos).toEqual([mine.fileId]);
    const staff = await host.as('staff');
    const escalated = await staff.ok('order.escalate', { orderId: order.id, note: '需要街道协调', photos: [mine.fileId], deadline: inDays(5, now) });
    expect(escalated.status).toBe('escalated');
  });

  test('30 uploads an hour per account; the 31st gets a typed 429, others are not affected, and an hour later it works', async () => {
    for (let i = 0; i < 30; i++) expect((await upload('resident')).status).toBe(200);
    expect(await upload('resident')).toMatchObject({ status: 429, code: 'FILE.TOO_MANY' });
    expect((await upload('other')).status).toBe(200);
    now = new Date(now.getTime() + 61 * 60_000);
    expect((await upload('resident')).status).toBe(200);
  });

  test('the sweep removes uploads not attached within a day, file and all; attached ones stay', async () => {
    const resident = await host.as('resident');
    const loose = await upload('resident');
    const kept = await upload('resident');
    await resident.ok('order.submit', submission('kept', { photos: [kept.fileId] }));
    const onDisk = (fileId: string) => existsSync(join(host.dataDir, fileId));
    expect(await removeStaleUploads(host.store, host.platform, now)).toBe(0);
    now = new Date(now.getTime() + 25 * 3_600_000);
    expect(await removeStaleUploads(host.store, host.platform, now)).toBe(1);
    expect([onDisk(loose.fileId), onDisk(kept.fileId)]).toEqual([false, true]);
    expect(await resident.call('order.submit', submission('late', { photos: [loose.fileId] }))).toMatchObject({ code: 'INPUT.INVALID' });
  });
});

test('WeChat uploads are registered by their uploader, in a community they belong to, and only then attached', async () => {
  const resident = await host.as('resident');
  const fileId = 'cloud://env-1.abc/orders/c1/0f3c2b1a9d.jpg';
  expect(await resident.call('order.submit', submission('cloud', { photos: [fileId] }))).toMatchObject({ code: 'INPUT.INVALID' });
  expect(await resident.call('file.register', { fileId: 'cloud://env-1.abc/orders/c2/0f3c2b1a9d.jpg' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await resident.call('file.register', { fileId: 'cloud://env-1.abc/photos/0f3c2b1a9d.jpg' })).toMatchObject({ code: 'INPUT.INVALID' });
  expect(await resident.ok('file.register', { fileId })).toEqual({ fileId });
  const other = await host.as('other');
  expect(await other.call('file.register', { fileId })).toMatchObject({ code: 'INPUT.INVALID' });
  expect(await other.call('order.submit', submission('theirs', { photos: [fileId] }))).toMatchObject({ code: 'INPUT.INVALID' });
  expect(await resident.call('order.submit', submission('cloud', { photos: [fileId] }))).toMatchObject({ code: 0 });
});

describe('photo URLs', () => {
  test('issued only in views for callers who may see the order, refused without a valid signature and after 10 minutes', async () => {
    const resident = await host.as('resident');
    const photo = await upload('resident');
    const order = await resident.ok('order.submit', submission('private', { photos: [photo.fileId] }));
    const [url] = order.photoUrls;
    expect(url).toMatch(/^\/files\/[0-9a-f-]{36}\.png\?exp=\d+&sig=[\w-]+$/);
    expect(await fetchStatus(url)).toBe(200);
    // Someone who may not see the order gets no view, so no URL; the bare path, a forged or moved signature fail.
    expect(await (await host.as('other')).call('order.detail', { orderId: order.id })).toMatchObject({ code: 'ORDER.NOT_FOUND' });
    expect(await (await host.as('member')).call('order.detail', { orderId: order.id })).toMatchObject({ code: 'ORDER.NOT_FOUND' });
    expect(await fetchStatus(photo.fileId)).toBe(403);
    expect(await fetchStatus(url.replace(/sig=[\w-]+/, 'sig=AAAA'))).toBe(403);
    expect(await fetchStatus(url.replace(/exp=\d+/, `exp=${now.getTime() + 3_600_000}`))).toBe(403);
    const other = await upload('other');
    expect(await fetchStatus(url.replace(/^\/files\/[^?]+/, other.fileId))).toBe(403);
    // Staff of the community see it, with a URL of their own.
    const seen = await (await host.as('staff')).ok('order.detail', { orderId: order.id });
    expect(seen.photoUrls).toHaveLength(1);
    expect(await fetchStatus(seen.photoUrls[0])).toBe(200);
    now = new Date(now.getTime() + 11 * 60_000);
    expect(await fetchStatus(url)).toBe(403);
  });

  test('a photo the media check flags is hidden from all but staff, who see why', async () => {
    const resident = await host.as('resident');
    const fine = await upload('resident');
    const flagged = await upload('resident', pngWithText(RISKY_PHOTO_MARKER));
    const { id } = await resident.ok('order.submit', submission('flagged', { photos: [fine.fileId, flagged.fileId] }));
    const own = await resident.ok('order.detail', { orderId: id });
    expect(own.photos).toEqual([fine.fileId]);
    expect(own.photoUrls).toHaveLength(1);
    expect(own.flaggedPhotos).toEqual([]);
    expect(own.timeline[0].photos).toEqual([fine.fileId]);
    const staff = await (await host.as('staff')).ok('order.detail', { orderId: id });
    expect(staff.photos).toEqual([fine.fileId, flagged.fileId]);
    expect(staff.photoUrls).toHaveLength(2);
    expect(staff.flaggedPhotos).toEqual([{ fileId: flagged.fileId, reason: expect.stringContaining('违规') }]);
  });
});
