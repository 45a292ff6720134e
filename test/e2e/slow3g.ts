/**
 * The first screen of the H5 app on an emulated slow 3G link (400 ms round trip, 400 kbit/s each way), measured in
 * a fresh browser context (empty cache) and again in the same context (what a returning visitor gets).
 * Printed by test/e2e/h5-host.test.ts; never asserted as time.
 */
import type { Browser, Page } from 'playwright-core';

export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

export interface FirstScreen {
  /** From navigation to the ready marker being visible. */
  ms: number;
  /** Bytes on the wire (after content encoding), headers included. */
  bytes: number;
  requests: number;
}

/** Loads `url` on slow 3G and waits for `ready`; `token` signs the visitor in first (as a returning phone would be). */
export async function firstScreens(browser: Browser, url: string, ready: string, token?: string): Promise<{ cold: FirstScreen; warm: FirstScreen }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  if (token) await context.addInitScript((t) => localStorage.setItem('sandan.token', JSON.stringify({ data: t })), token);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  const load = async (): Promise<FirstScreen> => {
    bytes = 0;
    requests = 0;
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await visible(page, ready);
    return { ms: Date.now() - started, bytes, requests };
  };
  const cold = await load();
  await page.goto('about:blank');
  const warm = await load();
  await context.close();
  return { cold, warm };
}

async function visible(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
}

/** One line for the test log. */
export function describeScreen(name: string, s: { cold: FirstScreen; warm: FirstScreen }): string {
  const f = (x: FirstScreen) => `${(x.ms / 1000).toFixed(1)} s, ${(x.bytes / 1024).toFixed(0)} KB in ${x.requests} requests`;
  return `slow 3G first screen — ${name}: first visit ${f(s.cold)}; return visit ${f(s.warm)}`;
}
