/**
 * Drives the compiled WeChat build in miniprogram-simulate (WeChat's own template compiler on a DOM): the globals a
 * Taro build needs beyond simulate's `wx` (App/Page/getApp, the cloud), opening a page, tapping, reading ARIA.
 * The cloud function answers from `fixtures`; a test may replace an answer (a throw plays a dropped network).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from '../build/builds';
import { fixtures } from './fixtures';

type Listener = (data?: unknown) => void;
interface Comp {
  instance: { data: unknown };
  attach(parent: Element): void;
  querySelectorAll(selector: string): { dom: Element; dispatchEvent(name: string, detail?: unknown): void }[];
  dom: Element;
}

let dist: string;
let simulate: { load(path: string, opts?: object): string; render(id: string, props?: object): Comp; sleep(ms: number): Promise<void> };
export const cloudCalls: { name: string; data: { action: string; data: unknown } }[] = [];
export const navigations: string[] = [];
/** What the app put on the tab bar: setTabBarBadge's options, or `{ index, removed: true }`. */
export const badges: Record<string, unknown>[] = [];
const networkListeners: ((res: { isConnected: boolean; networkType: string }) => void)[] = [];

/** Plays WeChat telling the app its network changed. */
export function networkChange(isConnected: boolean): void {
  for (const fn of networkListeners) fn({ isConnected, networkType: isConnected ? '4g' : 'none' });
}

/** What the weapp build needs from WeChat beyond miniprogram-simulate's `wx`: App/Page/getApp, the cloud. */
function installShims() {
  const g = globalThis as Record<string, any>;
  let app: Record<string, any> = {};
  g.App = (config: Record<string, any>) => {
    app = config;
    config.onLaunch?.call(config, { path: 'pages/index/index', query: {} });
    config.onShow?.call(config, { path: 'pages/index/index', query: {} });
  };
  g.getApp = () => app;
  g.getCurrentPages = () => [];
  // Taro pages call Page(config); simulate renders Components, so a page becomes a component whose lifetimes
  // drive the page's own onLoad/onShow/onReady with the query the test gives.
  g.Page = (config: Record<string, any>) => {
    const { data, ...rest } = config;
    const methods = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'function'));
    g.Component({
      data,
      properties: { query: { type: Object, value: {} } },
      methods,
      lifetimes: {
        attached(this: any) {
          this.route = this.route ?? '';
          this.onLoad?.(this.data.query);
          this.onShow?.();
          this.onReady?.();
        },
      },
    });
  };
  const wx = g.wx as Record<string, any>;
  wx.cloud = {
    init: () => undefined,
    callFunction: async (req: { name: string; data: { action: string; data: unknown } }) => {
      cloudCalls.push(req);
      const answer = fixtures[req.data.action];
      return { result: answer ? { code: 0, data: answer(req.data.data) } : { code: 'ACTION.UNKNOWN', message: '未知' } };
    },
  };
  for (const api of ['navigateTo', 'redirectTo', 'switchTab']) {
    wx[api] = (opts: { url: string; success?: Listener; complete?: Listener }) => {
      navigations.push(opts.url);
      opts.success?.({ errMsg: `${api}:ok` });
      opts.complete?.({ errMsg: `${api}:ok` });
    };
  }
  wx.onNetworkStatusChange = (fn: (typeof networkListeners)[number]) => void networkListeners.push(fn);
  wx.offNetworkStatusChange = (fn: (typeof networkListeners)[number]) => void networkListeners.splice(networkListeners.indexOf(fn) >>> 0, 1);
  wx.setTabBarBadge = (opts: { index: number; text: string; success?: Listener }) => {
    badges.push({ index: opts.index, text: opts.text });
    opts.success?.({ errMsg: 'setTabBarBadge:ok' });
  };
  wx.removeTabBarBadge = (opts: { index: number; success?: Listener }) => {
    badges.push({ index: opts.index, removed: true });
    opts.success?.({ errMsg: 'removeTabBarBadge:ok' });
  };
  wx.getSystemInfoSync = () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2, fontSizeSetting: 16, platform: 'devtools', SDKVersion: '3.6.0' });
  const query: Record<string, any> = {};
  for (const k of ['select', 'selectAll', 'selectViewport', 'boundingClientRect', 'scrollOffset', 'fields', 'in', 'node']) query[k] = () => query;
  query.exec = (cb?: (r: unknown[]) => void) => cb?.([{ width: 375, height: 40, top: 0, left: 0 }]);
  wx.createSelectorQuery = () => query;
}

export async function open(page: string, query: Record<string, string> = {}): Promise<Comp> {
  const id = simulate.load(join(dist, page), { rootPath: dist });
  const comp = simulate.render(id, { query });
  comp.attach(document.createElement('parent-wrapper'));
  for (let i = 0; i < 20 && !comp.dom.textContent?.trim(); i++) await simulate.sleep(50);
  await simulate.sleep(200);
  return comp;
}

/**
 * The value WeChat renders for an ARIA attribute of the node carrying `className`: Taro's page data holds each node
 * with its template number (nn) and props under short keys (p0, p1 …); base.wxml's template says which key feeds
 * the attribute. (miniprogram-simulate's DOM shows only class and style, so the data is where to look.)
 */
export function ariaOf(comp: Comp, className: string, attribute: string): unknown {
  const nodes: Record<string, unknown>[] = [];
  const collect = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if ('nn' in n) nodes.push(n as Record<string, unknown>);
    Object.values(n).forEach(collect);
  };
  collect(comp.instance.data);
  const node = nodes.find((n) => String(n.cl ?? '').split(' ').includes(className));
  if (!node) throw new Error(`no node .${className}`);
  const template = new RegExp(`<template name="tmpl_0_${node.nn}">[\\s\\S]*?</template>`).exec(readFileSync(join(dist, 'base.wxml'), 'utf8'))?.[0] ?? '';
  const key = new RegExp(`${attribute}="\\{\\{i\\.(p\\d+)\\}\\}"`).exec(template)?.[1];
  return key === undefined ? undefined : node[key];
}

export const tapText = (comp: Comp, text: string) => {
  const target = comp.querySelectorAll('.nut-button').find((b) => b.dom.textContent?.includes(text));
  if (!target) throw new Error(`no button "${text}" in: ${comp.dom.textContent}`);
  target.dispatchEvent('tap');
};

/** Builds if needed and launches the app (its session look-up runs now); call from beforeAll. */
export function launch(): void {
  dist = ensureBuilt('weapp');
  // Loaded only now: it installs its own `wx` and `Component` globals.
  simulate = require('miniprogram-simulate');
  installShims();
  require(join(dist, 'app.js'));
}

/** Waits `ms` in simulate's clock. */
export const sleep = (ms: number) => simulate.sleep(ms);

