/**
 * End-to-end harness: the real local host (in-memory PGlite, demo data) serving the H5 build, and Debian's
 * Chromium driven by playwright-core. Screenshots go to test-artifacts/e2e/ (not committed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHost, type RunningHost } from '../../cloud/host/app';
import { localPlatform } from '../../cloud/platform/platform.local';
import { DEMO_ACCOUNTS, seedDemo } from '../../cloud/seed/demo';
import { h5Files } from '../../cloud/host/static';
import { ensureBuilt } from '../build/builds';
import { hostConfig } from '../factories';

export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'e2e');

/** Debian's chromium, or CHROMIUM_PATH; null when there is none. */
export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * `describe` when Chromium is here; otherwise says so loudly, and fails the run under CI.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (chromiumPath()) return describe(name, body);
  const message = `Chromium not found (apt-get install chromium): the end-to-end tests "${name}" cannot run.`;
  if (process.env.CI) {
    describe(name, () => test('Chromium is installed', () => {
      throw new Error(message);
    }));
  } else {
    console.warn(`\n!!! ${message} Skipping them.\n`);
    describe.skip(name, body);
  }
}

export interface World {
  host: RunningHost;
  browser: Browser;
  stop(): Promise<void>;
  /** A signed-in person in a browser context of their own, as a phone would be (of `deviceScaleFactor`, 1 unless told). */
  person(openid: string, opts?: { fontScale?: number; deviceScaleFactor?: number }): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
}

/** `clock`: the host's time, for tests that move it (a wish released a minute ahead); the browser keeps its own. */
export async function startWorld(opts: { clock?: () => Date } = {}): Promise<World> {
  const dist = ensureBuilt('h5');
  const dataDir = mkdtempSync(join(tmpdir(), 'sandan-e2e-'));
  const host = await startHost(hostConfig(dataDir), {
    inMemory: true,
    clock: opts.clock,
    fallback: h5Files(dist),
    demoAccounts: DEMO_ACCOUNTS,
    // Demo photos go where the host keeps photos (app.ts), so they show.
    prepare: async (store) => void (await seedDemo(store, localPlatform(), new Date(), { photoDir: join(dataDir, 'files'), history: false })),
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath()!,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const contexts: BrowserContext[] = [];
  return {
    host,
    browser,
    async person(openid, opts = {}) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: opts.deviceScaleFactor ?? 1, locale: 'zh-CN' });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${openid}] page error:`, e.message));
      await page.goto(`${host.url}/#/pages/login/index`);
      if (opts.fontScale) await page.evaluate(() => localStorage.setItem('sandan.largeText', JSON.stringify('1')));
      await page.locator('.nut-button', { hasText: DEMO_ACCOUNTS.find((a) => a.openid === openid)!.name }).click();
      await page.waitForURL(/pages\/index\/index/);
      await page.waitForTimeout(400);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async stop() {
      for (const c of contexts) await c.close();
      await browser.close();
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
