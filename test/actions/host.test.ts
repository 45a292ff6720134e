/**
 * The local host as a process would use it: data survives a restart on the same folder, sign-in tokens are
 * checked, dev login can be off, photos are accepted only as real images within the size limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../cloud/host/app';
import { loadConfig } from '../../cloud/host/config';
import { clientFor, hostConfig, login, makePerson, resetStore, startTestHost, submission } from '../factories';

// A whole 1×1 PNG: the host parses every chunk, so a header alone is not an image.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082',
  'hex',
);

test('restarting the host on the same data folder loses nothing, and tokens stay valid', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandan-restart-'));
  try {
    const first = await startTestHost({ dataDir, persist: true });
    await resetStore(first.store);
    await makePerson(first.store, 'resident', 'resident');
    const resident = await first.as('resident');
    const placed = await resident.ok('order.submit', submission('persist'));
    const token = await login(first.url, 'resident');
    await first.stop();

    const second = await startTestHost({ dataDir, persist: true });
    try {
      const again = clientFor(second.url, 'resident', token);
      const detail = await again.ok('order.detail', { orderId: placed.id });
      expect(detail).toMatchObject({ id: placed.id, title: placed.title, status: 'submitted' });
      expect(detail.timeline).toHaveLength(1);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('dev login is off in production and refused when switched off', async () => {
  const wechat = { WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', SANDAN_SECRET: 'x'.repeat(32) };
  expect(loadConfig({ NODE_ENV: 'production', DEV_LOGIN: 'on', ...wechat }).devLogin).toBe(false);
  expect(loadConfig({}).devLogin).toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'sandan-prod-'));
  const host = await startHost({ ...hostConfig(dataDir), devLogin: false }, { inMemory: true });
  try {
    const res = await fetch(`${host.url}/auth/dev-login`, { method: 'POST', body: JSON.stringify({ openid: 'x' }) });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'AUTH.DEV_LOGIN_OFF' });
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('photo uploads', () => {
  let host: Awaited<ReturnType<typeof startTestHost>>;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.stop());

  const upload = async (body: Buffer, name = 'a.png', token?: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)]), name);
    const res = await fetch(`${host.url}/files`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return [res.status, await res.json()] as const;
  };

  test('a PNG is stored and served back; its id is accepted as an order photo', async () => {
    await resetStore(host.store);
    await makePerson(host.store, 'resident', 'resident');
    const token = await login(host.url, 'resident');
    const [status, body] = await upload(PNG, 'photo.png', token);
    expect(status).toBe(200);
    expect(body.data.fileId).toMatch(/^\/files\/[0-9a-f-]{36}\.png$/);
    const served = await fetch(host.url + body.data.url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    const order = await clientFor(host.url, 'resident', token).ok('order.submit', submission('photo', { photos: [body.data.fileId] }));
    expect(order.photos).toEqual([body.data.fileId]);
  });

  test('refuses anonymous uploads, non-images whatever their name, and files over 5 MB', async () => {
    const token = await login(host.url, 'anyone');
    expect(await upload(PNG)).toEqual([401, expect.objectContaining({ code: 'AUTH.REQUIRED' })]);
    expect(await upload(Buffer.from('<script>alert(1)</script>'), 'x.png', token)).toEqual([
      400,
      expect.objectContaining({ code: 'FILE.TYPE', message: '只能上传 JPG、PNG 或 WebP 格式的图片' }),
    ]);
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    expect(await upload(big, 'big.png', token)).toEqual([413, expect.objectContaining({ code: 'FILE.TOO_LARGE' })]);
    expect((await fetch(`${host.url}/files/../../etc/passwd`)).status).toBe(404);
  });
});
