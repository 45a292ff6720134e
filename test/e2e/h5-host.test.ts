/**
 * The H5 app as the host serves it: compressed copies when the browser accepts them, hashed assets cached for good,
 * the page revalidated, favicon and manifest present; and the slow-3G first screens (printed, never asserted).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../cloud/host/app';
import { h5Files } from '../../cloud/host/static';
import { ensureBuilt } from '../build/builds';
import { hostConfig, login } from '../factories';
import { describeInChromium, startWorld, type World } from './harness';
import { describeScreen, firstScreens } from './slow3g';

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
}

/** A GET whose body is counted as it came over the wire (no decoding). */
function get(url: string, acceptEncoding?: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('H5 host headers', () => {
  let host: RunningHost;
  let dataDir: string;
  let appScript: string;
  beforeAll(async () => {
    const dist = ensureBuilt('h5');
    appScript = `/js/${readdirSync(join(dist, 'js')).find((f) => /^app\.[0-9a-f]{8}\.js$/.test(f))}`;
    dataDir = mkdtempSync(join(tmpdir(), 'sandan-h5-'));
    host = await startHost(hostConfig(dataDir), { inMemory: true, fallback: h5Files(dist) });
  }, 600_000);
  afterAll(async () => {
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the page is revalidated on every visit and sent as brotli or gzip, whichever the browser accepts', async () => {
    const br = await get(`${host.url}/`, 'gzip, deflate, br');
    const gz = await get(`${host.url}/`, 'gzip');
    const plain = await get(`${host.url}/`);
    for (const r of [br, gz, plain]) {
      expect(r.status).toBe(200);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers['content-type']).toMatch(/^text\/html/);
    }
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.bytes).toBeLessThan(plain.bytes);
  });

  test('hashed scripts are cached for good and sent compressed; unknown scripts are 404', async () => {
    const br = await get(`${host.url}${appScript}`, 'gzip, deflate, br');
    const gz = await get(`${host.url}${appScript}`, 'gzip');
    const plain = await get(`${host.url}${appScript}`);
    for (const r of [br, gz, plain]) {
      expect(r.status).toBe(200);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(r.headers['content-type']).toMatch(/javascript/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.bytes).toBeLessThan(gz.bytes);
    expect(gz.bytes).toBeLessThan(plain.bytes / 2);
    expect((await get(`${host.url}/js/app.00000000.js`)).status).toBe(404);
  });

  test('favicon, web manifest and tab icons are served and revalidated', async () => {
    const icon = await get(`${host.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/x-icon');
    expect(icon.headers['cache-control']).toBe('no-cache');
    const manifest = await get(`${host.url}/manifest.webmanifest`, 'br');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toBe('application/manifest+json');
    const manifestBody = (await (await fetch(`${host.url}/manifest.webmanifest`)).json()) as { icons: { src: string }[] };
    for (const { src } of manifestBody.icons) expect((await get(`${host.url}${src}`)).status).toBe(200);
    expect((await get(`${host.url}/assets/tab-home.png`)).status).toBe(200);
  });
});

describeInChromium('H5 first screen', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  }, 600_000);
  afterAll(() => world?.stop());

  test('on slow 3G (printed, not asserted): the sign-in page and a resident’s home', async () => {
    const { host, browser } = world;
    const signIn = await firstScreens(browser, `${host.url}/`, '.nut-button:has-text("【演示】")');
    const home = await firstScreens(browser, `${host.url}/`, '[data-testid="menu-item"]', await login(host.url, 'demo-resident'));
    console.log(`${describeScreen('sign-in page', signIn)}\n${describeScreen('resident home', home)}`);
    // A return visit revalidates the page and takes every hashed file from the cache.
    expect(home.warm.bytes).toBeLessThan(home.cold.bytes / 10);
  }, 300_000);
});
