/**
 * Shared builders: a small street of places, people in every role, a real store (PGlite in memory, or the
 * PostgreSQL server in TEST_DATABASE_URL), and the real local host over HTTP with a client per person.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionInput, ActionName, ActionOutput } from '../types/actions';
import type { Envelope } from '../types/errors';
import type { Category } from '../types/domain';
import type { ResidentRecord } from '../types/residents';
import { newOrder } from '../cloud/domain/order.create';
import { startHost, type RunningHost } from '../cloud/host/app';
import type { HostConfig, WechatLogin } from '../cloud/host/config';
import { openPgStore, type PgStore } from '../cloud/store/store.pg';
import type { Places } from '../cloud/store/store.port';

/**
 * Two streets: st1 has c1 and c2, st2 has c3. Each community has two grids, two teams and three categories; only k2
 * (水电维修) needs a photo to complete, so suites about other things complete k1 orders without uploading one.
 */
export function testPlaces(): Places {
  const communities = [
    { id: 'c1', streetId: 'st1', name: '一号社区', dutyPhone: '0519-1111111' },
    { id: 'c2', streetId: 'st1', name: '二号社区', dutyPhone: '0519-2222222' },
    { id: 'c3', streetId: 'st2', name: '三号社区', dutyPhone: '0519-3333333' },
  ];
  return {
    streets: [
      { id: 'st1', name: '一号街道' },
      { id: 'st2', name: '二号街道' },
    ],
    communities,
    grids: communities.flatMap((c) => [1, 2].map((i) => ({ id: `${c.id}-g${i}`, communityId: c.id, name: `第${i}网格` }))),
    teams: communities.flatMap((c) => [1, 2].map((i) => ({ id: `${c.id}-t${i}`, communityId: c.id, name: `服务队${i}`, color: '#d32f2f' }))),
    categories: communities.flatMap((c) =>
      ['助老服务', '水电维修', '法律援助'].map(
        (name, i): Category => ({ id: `${c.id}-k${i + 1}`, communityId: c.id, group: '常用', name, icon: 'heart', basePoints: 5 + i, sort: i, photoRequired: i === 1, defaultPriority: 'normal', active: true, fields: [] }),
      ),
    ),
  };
}

const TABLES = ['board_marks', 'settings_audit', 'topic_cosigns', 'topics', 'wish_holds', 'wishes', 'units', 'stats_facts', 'stats_days', 'stats_member_days', 'stats_member_months', 'stats_now', 'stats_watermark', 'visits', 'resident_audit', 'resident_records', 'exports', 'uploads', 'notices', 'ledger_months', 'ledger', 'order_events', 'claims', 'orders', 'members', 'role_grants', 'users', 'categories', 'teams', 'grids', 'departments', 'communities', 'streets'];

/** The engines a suite can run on: always PGlite; a PostgreSQL server too when TEST_DATABASE_URL is set. */
export const ENGINES: { name: string; url?: string }[] = [
  { name: 'PGlite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'PostgreSQL', url: process.env.TEST_DATABASE_URL }] : []),
];

export async function openTestStore(url?: string): Promise<PgStore> {
  return openPgStore({ databaseUrl: url });
}

/** Empties every table and puts the test places back. */
export async function resetStore(store: PgStore): Promise<void> {
  await store.db.exec(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`);
  store.forget();
  await store.savePlaces(testPlaces());
}

export type Person = 'resident' | 'member' | 'pending' | 'staff' | 'admin' | 'street' | 'grid';

/**
 * Makes a person with one role in a community (or, for street staff, its street; for a grid worker, a grid of the
 * community: `profile.gridId`, else its first). Returns the user id.
 */
export async function makePerson(
  store: PgStore,
  openid: string,
  role: Person,
  communityId = 'c1',
  profile: { skills?: string[]; teamId?: string | null; gridId?: string | null } = {},
): Promise<string> {
  const user = await store.ensureUser(openid, openid);
  if (role === 'street') {
    const community = await store.getCommunity(communityId);
    await store.grantRole(user.id, 'street_staff', { streetId: community!.streetId });
  } else if (role === 'grid') {
    await store.grantRole(user.id, 'grid_worker', { communityId, gridId: profile.gridId ?? `${communityId}-g1` });
  } else if (role === 'member' || role === 'pending') {
    await store.applyMember({
      userId: user.id, communityId, realName: `党员${openid}`, phone: '13900001111', workUnit: '某单位', branch: '某支部',
      skills: profile.skills ?? [], teamId: profile.teamId ?? null, gridId: profile.gridId ?? null, createdAt: new Date().toISOString(),
    });
    if (role === 'member') await store.reviewMember(user.id, communityId, 'verified', null, 'test', new Date());
  } else {
    await store.grantRole(user.id, role, { communityId });
  }
  return user.id;
}

export interface Client {
  openid: string;
  call<A extends ActionName>(action: A, data: ActionInput<A> | Record<string, unknown>): Promise<Envelope<ActionOutput<A>>>;
  /** Calls and expects success. */
  ok<A extends ActionName>(action: A, data: ActionInput<A> | Record<string, unknown>): Promise<ActionOutput<A>>;
}

export interface TestHost extends RunningHost {
  dataDir: string;
  as(openid: string): Promise<Client>;
}

export function hostConfig(dataDir: string, databaseUrl?: string): HostConfig {
  return { port: 0, host: '127.0.0.1', dataDir, databaseUrl, devLogin: true, sweepIntervalMs: 0, seedDemo: false };
}

export async function login(url: string, openid: string): Promise<string> {
  const res = await fetch(`${url}/auth/dev-login`, { method: 'POST', body: JSON.stringify({ openid }) });
  return ((await res.json()) as { data: { token: string } }).data.token;
}

export function clientFor(url: string, openid: string, token: string): Client {
  const call = async (action: string, data: unknown) => {
    const res = await fetch(`${url}/api`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action, data }),
    });
    return res.json();
  };
  return {
    openid,
    call: call as Client['call'],
    async ok(action, data) {
      const res = (await call(action, data)) as Envelope<never>;
      if (res.code !== 0) throw new Error(`${action} as ${openid} failed: ${res.code} ${res.message} ${JSON.stringify(res.fields ?? {})}`);
      return res.data;
    },
  };
}

/** The real local host on an ephemeral port, in-memory PGlite unless a server URL is given. */
export async function startTestHost(
  opts: { databaseUrl?: string; dataDir?: string; persist?: boolean; clock?: () => Date; wechat?: WechatLogin } = {},
): Promise<TestHost> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'sandan-'));
  const host = await startHost({ ...hostConfig(dataDir, opts.databaseUrl), wechat: opts.wechat }, { inMemory: !opts.persist, clock: opts.clock });
  return {
    ...host,
    dataDir,
    async as(openid) {
      return clientFor(host.url, openid, await login(host.url, openid));
    },
    async stop() {
      await host.stop();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid submission for community c1, varied by `n`. */
export function submission(n: number | string, over: Partial<ActionInput<'order.submit'>> = {}): ActionInput<'order.submit'> {
  return {
    communityId: 'c1', idempotencyKey: `key-${n}-${Math.random().toString(36).slice(2)}`, categoryId: 'c1-k1',
    title: `需要帮助 ${n}`, description: '家里老人需要帮忙', address: { building: '3栋', unit: '2单元', room: '501' },
    gridId: 'c1-g1', contactName: '王阿姨', contactPhone: '13912345678', urgency: 'normal', ...over,
  };
}

/** A 居民档案 record's fields as resident.create takes them, in c1's first grid. */
export function residentRecord(over: Partial<ActionInput<'resident.create'>> = {}): ActionInput<'resident.create'> {
  return {
    communityId: 'c1', name: '张奶奶', phone: '13811112222', address: { building: '5栋', unit: '1单元', room: '302' },
    gridId: 'c1-g1', tags: ['孤寡老人', '高龄'], ...over,
  };
}

/** A wish staff of c1 may post now: released a minute ago, due in a week. */
export function wishPost(title: string, over: Partial<ActionInput<'wish.post'>> = {}): ActionInput<'wish.post'> {
  return {
    communityId: 'c1', beneficiaryTag: '独居老人', title, story: '老人独居多年，想要一台收音机听戏曲', value: 80,
    releaseAt: new Date(Date.now() - 60_000).toISOString(), deadline: inDays(7), ...over,
  };
}

/** A photo this person uploaded (recorded as the host records its uploads), theirs to attach. */
export async function photoOf(store: PgStore, userId: string): Promise<string> {
  const fileId = `/files/${Math.random().toString(36).slice(2)}.png`;
  await store.recordUpload({ fileId, uploaderId: userId, at: new Date() });
  return fileId;
}

export const inDays = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000).toISOString();

export interface WechatStandIn {
  /** The host's WeChat settings, pointed at the stand-in. */
  settings: WechatLogin;
  /** Access tokens handed out so far. */
  tokensIssued(): number;
  close(): Promise<void>;
}

/**
 * A stand-in for WeChat's server API: access tokens for appid wx-app / secret wx-secret, and getuserphonenumber,
 * which answers a code `phone-<number>` with that number and refuses any other (errcode 40029, invalid code).
 */
export async function wechatStandIn(): Promise<WechatStandIn> {
  let issued = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const send = (body: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/cgi-bin/token') {
      if (url.searchParams.get('appid') !== 'wx-app' || url.searchParams.get('secret') !== 'wx-secret') return send({ errcode: 40013 });
      return send({ access_token: `token-${++issued}`, expires_in: 7200 });
    }
    if (url.pathname === '/wxa/business/getuserphonenumber') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        const code = String((JSON.parse(body || '{}') as { code?: unknown }).code ?? '');
        if (!url.searchParams.get('access_token')?.startsWith('token-') || !/^phone-\d{11}$/.test(code)) return send({ errcode: 40029, errmsg: 'invalid code' });
        const phone = code.slice('phone-'.length);
        send({ errcode: 0, phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86' } });
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    settings: { appid: 'wx-app', secret: 'wx-secret', apiBase: `http://127.0.0.1:${port}` },
    tokensIssued: () => issued,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A 网格员 of these grids of a community (the grid roles are granted per grid). Returns the user id. */
export async function makeGridWorker(store: PgStore, openid: string, communityId: string, gridIds: string[]): Promise<string> {
  const user = await store.ensureUser(openid, openid);
  for (const gridId of gridIds) await store.grantRole(user.id, 'grid_worker', { communityId, gridId });
  return user.id;
}

/** A 居民档案 record kept by `createdBy` (default: in c1's first grid, tagged 孤寡老人), stored as given. */
export async function makeRecord(store: PgStore, id: string, over: Partial<ResidentRecord> = {}): Promise<ResidentRecord> {
  const when = new Date().toISOString();
  return store.createResidentRecord({
    id, communityId: 'c1', name: '李奶奶', phone: '13955556666', address: { building: '5栋', unit: '1单元', room: '302' },
    gridId: 'c1-g1', tags: ['孤寡老人'], linkedUserId: null, createdBy: 'test', createdAt: when, updatedAt: when, version: 1, ...over,
  });
}

/**
 * A 代点单 order placed for a record by `placedBy` (straight into the store: what order.submitFor stores), in the
 * record's community and grid. Returns the order id.
 */
export async function placeForRecord(store: PgStore, record: ResidentRecord, placedBy: string): Promise<string> {
  const [community, menu] = [(await store.getCommunity(record.communityId))!, await store.getMenu(record.communityId)];
  const placeholder = (await store.ensureUser(`record:${record.id}`, record.name)).id;
  const id = `for-${record.id}-${Math.random().toString(36).slice(2, 8)}`;
  const order = newOrder(
    {
      id, residentId: placeholder, recordId: record.id, placedBy: { userId: placedBy, name: '网格员', role: 'grid_worker' },
      community, category: menu.categories[0], gridId: record.gridId, gridIds: menu.grids.map((g) => g.id), title: '代买菜',
      description: '行动不便，需要有人帮忙买菜', photos: [], address: record.address, preferredTime: null, contactName: record.name,
      contactPhone: record.phone, urgency: 'normal',
    },
    new Date(),
    community.settings,
  );
  await store.createOrder(order, `key-${id}`);
  return id;
}
