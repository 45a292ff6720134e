/**
 * Requests an attacker would send to the local host: each gets a typed 4xx, and the host answers the next request.
 */
import { connect } from 'node:net';
import { login, startTestHost } from '../factories';

let host: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());

const port = () => Number(new URL(host.url).port);

/** Sends raw bytes on one connection, half-closes it if asked, and returns everything the host answered. */
function raw(payload: string | Buffer, opts: { end?: boolean; waitMs?: number } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port(), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => undefined);
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.on('close', done);
    socket.write(payload, () => (opts.end ? socket.end() : undefined));
    setTimeout(() => {
      socket.destroy();
      done();
    }, opts.waitMs ?? 3000);
  });
}

async function stillAnswers(): Promise<void> {
  const res = await fetch(`${host.url}/healthz`);
  expect(res.status).toBe(200);
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);

test('a multipart upload cut off before its closing boundary gets 400 and the host lives on', async () => {
  const token = await login(host.url, 'attacker');
  const body = Buffer.from('--XX\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n0000', 'latin1');
  const head = `POST /files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: ${body.length}\r\n\r\n`;
  const answer = await raw(Buffer.concat([Buffer.from(head), body]));
  expect(statusOf(answer)).toBe(400);
  expect(answer).toContain('INPUT.INVALID');
  await stillAnswers();
});

test('malformed multipart (no boundary, garbage parts) gets 400', async () => {
  const c = { token: await login(host.url, 'attacker') };
  for (const [type, body] of [
    ['multipart/form-data', 'nothing here'],
    ['multipart/form-data; boundary=B', '--B\r\ngarbage without headers end'],
    ['text/plain', 'hello'],
  ]) {
    const res = await fetch(`${host.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': type }, body });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'INPUT.INVALID' });
  }
  await stillAnswers();
});

test.each(['/api', '/auth/dev-login', '/files'])('a 50 MB body to %s is refused with 413 and the connection closes cleanly', async (path) => {
  const c = { token: await login(host.url, 'attacker') };
  const size = 50 * 1024 * 1024;
  const res = await fetch(`${host.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${c.token}`, 'content-type': path === '/files' ? 'multipart/form-data; boundary=B' : 'application/json' },
    body: Buffer.alloc(size, 0x61),
  }).catch(() => null);
  // Either the refusal arrives (413 with a typed code) or the host closed the connection before reading it all.
  if (res) {
    expect([413]).toContain(res.status);
    expect(await res.json()).toMatchObject({ code: expect.stringMatching(/^(INPUT\.TOO_LARGE|FILE\.TOO_LARGE)$/) });
  }
  await stillAnswers();
});

test('after a refused oversized body on a keep-alive connection, the next request on a new connection is answered', async () => {
  const big = 'x'.repeat(300 * 1024);
  const answer = await raw(`POST /api HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n${big}`, { waitMs: 2000 });
  expect(statusOf(answer)).toBe(413);
  expect(answer.toLowerCase()).toContain('connection: close');
  await stillAnswers();
});

test('the auth scheme is case-insensitive; tokens without exp are refused', async () => {
  const c = { token: await login(host.url, 'resident-x') };
  for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
    const res = await fetch(`${host.url}/api`, { method: 'POST', headers: { authorization: `${scheme} ${c.token}` }, body: JSON.stringify({ action: 'session.me', data: {} }) });
    expect(await res.json()).toMatchObject({ code: 0 });
  }
  const { SignJWT } = await import('jose');
  const { secretFor } = await import('../../cloud/host/tokens');
  const forever = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('resident-x').setIssuedAt().sign(secretFor(host.dataDir));
  const res = await fetch(`${host.url}/api`, { method: 'POST', headers: { authorization: `Bearer ${forever}` }, body: JSON.stringify({ action: 'session.me', data: {} }) });
  expect(await res.json()).toMatchObject({ code: 'AUTH.REQUIRED' });
});

describe('photos are what they claim to be', () => {
  const PNG = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d8a2b10000000049454e44ae426082',
    'hex',
  );
  /** A valid PNG of exactly `size` bytes: the padding rides in an ancillary chunk before IEND. */
  function pngOfSize(size: number): Buffer {
    const iend = PNG.subarray(PNG.length - 12);
    const head = PNG.subarray(0, PNG.length - 12);
    const pad = size - PNG.length - 12;
    const chunk = Buffer.alloc(12 + pad);
    chunk.writeUInt32BE(pad, 0);
    chunk.write('zzZz', 4, 'latin1');
    return Buffer.concat([head, chunk, iend]);
  }
  const upload = async (body: Buffer, name = 'a.png') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)]), name);
    const res = await fetch(`${host.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await login(host.url, 'uploader')}` } });
    return [res.status, await res.json()] as const;
  };

  test('a photo of exactly 5 MB is accepted; one byte more is refused', async () => {
    const limit = 5 * 1024 * 1024;
    expect((await upload(pngOfSize(limit)))[0]).toBe(200);
    expect(await upload(pngOfSize(limit + 1))).toEqual([413, expect.objectContaining({ code: 'FILE.TOO_LARGE' })]);
  });

  test('PNG magic bytes followed by HTML, or a header alone, are refused as not an image', async () => {
    const polyglot = Buffer.concat([PNG, Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    expect(await upload(polyglot)).toEqual([400, expect.objectContaining({ code: 'FILE.TYPE' })]);
    expect(await upload(PNG.subarray(0, 33))).toEqual([400, expect.objectContaining({ code: 'FILE.TYPE' })]);
    const jpegHead = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html>'.repeat(40))]);
    expect(await upload(jpegHead, 'a.jpg')).toEqual([400, expect.objectContaining({ code: 'FILE.TYPE' })]);
  });

  test('a stored photo is served with its true type and nosniff', async () => {
    const [, body] = await upload(PNG, 'looks-like.html');
    const res = await fetch(host.url + body.data.url);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
