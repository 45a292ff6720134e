/**
 * Production sign-in on the self-hosted host: wx.login codes exchanged at a stand-in for WeChat's jscode2session,
 * the PC one-time code (expiry, single use, rate limits), and a production start that refuses to run half set up.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../cloud/host/app';
import { ConfigError, loadConfig } from '../../cloud/host/config';
import { ensureDemoData, pgFolder } from '../../cloud/host/demo-data';
import { openPgStore } from '../../cloud/store/store.pg';
import { hostConfig, login } from '../factories';

/** WeChat's jscode2session as far as this host uses it: "good-*" codes are valid once each. */
function standIn(): Promise<{ server: Server; url: string; asked: URLSearchParams[] }> {
  const asked: URLSearchParams[] = [];
  const used = new Set<string>();
  const server = createServer((req, res) => {
    const q = new URL(req.url!, 'http://x').searchParams;
    asked.push(q);
    const code = q.get('js_code') ?? '';
    const ok = q.get('appid') === 'wx-app' && q.get('secret') === 'wx-secret' && code.startsWith('good-') && !used.has(code);
    used.add(code);
    res.end(JSON.stringify(ok ? { openid: `wx-${code}`, session_key: 'k' } : { errcode: 40163, errmsg: 'code been used' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked })));
}

const post = async (url: string, body: unknown, token?: string) => {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(body), headers: token ? { authorization: `Bearer ${token}` } : {} });
  return [res.status, (await res.json()) as { code: string | 0; data?: any }] as const;
};

describe('signing in', () => {
  let wechat: Awaited<ReturnType<typeof standIn>>;
  let host: RunningHost;
  let now = Date.parse('2026-11-28T08:00:00Z');
  const dataDir = mkdtempSync(join(tmpdir(), 'sandan-signin-'));

  beforeAll(async () => {
    wechat = await standIn();
    host = await startHost(
      { ...hostConfig(dataDir), devLogin: true, wechat: { appid: 'wx-app', secret: 'wx-secret', apiBase: wechat.url } },
      { inMemory: true, clock: () => new Date(now) },
    );
  });
  afterAll(async () => {
    await host.stop();
    wechat.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a wx.login code is exchanged at jscode2session for a token naming that openid; a used code is refused', async () => {
    const [status, body] = await post(`${host.url}/auth/wechat`, { code: 'good-1' });
    expect(status).toBe(200);
    const [, me] = await post(`${host.url}/api`, { action: 'session.me', data: {} }, body.data.token);
    expect(me.code).toBe(0);
    expect(await host.store.findUserByOpenid('wx-good-1')).toMatchObject({ id: me.data.userId });
    expect(wechat.asked.at(-1)!.get('grant_type')).toBe('authorization_code');
    expect(await post(`${host.url}/auth/wechat`, { code: 'good-1' })).toEqual([401, expect.objectContaining({ code: 'AUTH.WECHAT_FAILED' })]);
    expect(await post(`${host.url}/auth/wechat`, {})).toEqual([400, expect.objectContaining({ code: 'INPUT.INVALID' })]);
  });

  test('the PC code signs in as the person who asked for it, once, within five minutes', async () => {
    const token = await login(host.url, 'staff-pc');
    expect(await post(`${host.url}/auth/pc-code`, {})).toEqual([401, expect.objectContaining({ code: 'AUTH.REQUIRED' })]);
    const [, issued] = await post(`${host.url}/auth/pc-code`, {}, token);
    expect(issued.data.code).toMatch(/^\d{6}$/);
    const [status, pc] = await post(`${host.url}/auth/pc-login`, { code: issued.data.code });
    expect(status).toBe(200);
    const [, me] = await post(`${host.url}/api`, { action: 'session.me', data: {} }, pc.data.token);
    expect(await host.store.findUserByOpenid('staff-pc')).toMatchObject({ id: me.data.userId });
    expect(await post(`${host.url}/auth/pc-login`, { code: issued.data.code })).toEqual([401, expect.objectContaining({ code: 'AUTH.CODE_INVALID' })]);

    const [, late] = await post(`${host.url}/auth/pc-code`, {}, token);
    now += 5 * 60_000 + 1;
    expect(await post(`${host.url}/auth/pc-login`, { code: late.data.code })).toEqual([401, expect.objectContaining({ code: 'AUTH.CODE_INVALID' })]);
  });

  test('guessing is limited per address, and asking for codes per account', async () => {
    now += 10 * 60_000;
    const token = await login(host.url, 'staff-guess');
    const [, issued] = await post(`${host.url}/auth/pc-code`, {}, token);
    const wrong = issued.data.code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 10; i++) expect((await post(`${host.url}/auth/pc-login`, { code: wrong }))[0]).toBe(401);
    expect(await post(`${host.url}/auth/pc-login`, { code: issued.data.code })).toEqual([429, expect.objectContaining({ code: 'AUTH.TOO_MANY' })]);
    for (let i = 0; i < 4; i++) expect((await post(`${host.url}/auth/pc-code`, {}, token))[0]).toBe(200);
    expect(await post(`${host.url}/auth/pc-code`, {}, token)).toEqual([429, expect.objectContaining({ code: 'AUTH.TOO_MANY' })]);
  });
});

describe('production', () => {
  const settings = { NODE_ENV: 'production', WECHAT_APPID: 'wx-app', WECHAT_SECRET: 'wx-secret', SANDAN_SECRET: 'x'.repeat(40) };

  test('refuses to start without the WeChat settings, naming what is missing', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', WECHAT_APPID: 'wx' })).toThrow(/WECHAT_SECRET/);
    expect(loadConfig(settings).wechat).toEqual({ appid: 'wx-app', secret: 'wx-secret', apiBase: 'https://api.weixin.qq.com' });
  });

  test('never seeds demo data, whatever SEED_DEMO says', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sandan-prod-'));
    try {
      const config = loadConfig({ ...settings, SEED_DEMO: 'on', DATA_DIR: dataDir });
      expect(config.seedDemo).toBe(false);
      expect(await ensureDemoData(config, new Date())).toBe(false);
      expect(existsSync(pgFolder(config))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

test('the demo seed is all or nothing: an unfinished first start is removed and seeded again in full', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sandan-seed-'));
  try {
    const config = { ...hostConfig(dataDir), seedDemo: true };
    mkdirSync(`${pgFolder(config)}.seeding`, { recursive: true });
    writeFileSync(`${pgFolder(config)}.seeding/half-written`, 'killed here');
    expect(await ensureDemoData(config, new Date())).toBe(true);
    expect(existsSync(`${pgFolder(config)}.seeding`)).toBe(false);
    expect(await ensureDemoData(config, new Date())).toBe(false);
    const store = await openPgStore({ dataDir: pgFolder(config) });
    try {
      expect((await store.listCommunities()).length).toBe(2);
      expect(await store.findUserByOpenid('demo-street')).not.toBeNull();
      // Steering in the demo: an assignment urged (督办) and an order whose time limit was extended (延期).
      const queue = (tab: 'assigned' | 'in_progress') => store.listOrders({ kind: 'queue', communityId: 'dongtoucun', tab, now: new Date() }, { cursor: null, limit: 20 });
      expect((await queue('assigned')).items.filter((o) => o.urgedAt !== null).map((o) => o.title)).toEqual(['电视机没有信号']);
      const [busy] = (await queue('in_progress')).items;
      expect((await store.events(busy.id)).filter((e) => e.type === 'extend').map((e) => e.note)).toEqual([
        expect.stringMatching(/^办结时限延至.+：医院复查改到下周一，陪同时间顺延$/),
      ]);
      // 职能部门: the street's three departments; 城管中队 has one in hand, one past its deadline, one resolved.
      const departments = await store.listDepartments('nandajie');
      expect(departments.map((d) => d.name).sort()).toEqual(['住建办', '城管中队', '物业管理科'].sort());
      const chengguan = departments.find((d) => d.name === '城管中队')!;
      expect((await store.departmentStaff([chengguan.id])).map((p) => p.name)).toEqual(['黄磊']);
      const dept = (tab: 'active' | 'overdue' | 'resolved') =>
        store.listOrders({ kind: 'department', departmentId: chengguan.id, tab, now: new Date() }, { cursor: null, limit: 20 });
      expect((await dept('active')).items).toHaveLength(2);
      expect((await dept('overdue')).items.map((o) => o.title)).toEqual(['楼顶违章搭建，存在安全隐患']);
      expect((await dept('resolved')).items.map((o) => o.status)).toEqual(['awaiting_rating']);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
