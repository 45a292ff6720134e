/**
 * The bundled cloud functions as WeChat runs them: cloudfunctions/<name>/index.js loaded in Node, called with
 * WeChat-shaped events, the caller's OPENID in the function's context (WX_CONTEXT_KEYS), the real wx-server-sdk
 * talking to the in-memory CloudBase harness. Only WeChat's open APIs (msgSecCheck, subscribeMessage.send) are
 * stand-ins: they are WeChat's servers.
 */
import ExcelJS from 'exceljs';
import cloud from 'wx-server-sdk';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buildCloud } from '../../scripts/build-cloud';
import { MemoryCloudbase } from '../store/cloudbase-harness';

type Main = (event: unknown) => Promise<any>;
const engine = new MemoryCloudbase().install();
type Sent = { touser: string; templateId: string; page: string; data: Record<string, { value: string }> };
const sent: Sent[] = [];
const mediaChecks: { mediaUrl: string; openid: string; mediaType: number }[] = [];
const deleted: string[] = [];
const tried: Sent[] = [];
/** Files the functions kept in cloud storage, by cloud path. */
const stored = new Map<string, Buffer>();
let fns: Record<'api' | 'community' | 'timer' | 'setup' | 'export', Main>;

beforeAll(async () => {
  const out = join(__dirname, '..', '..', '.temp', 'cloudfunctions-test');
  await buildCloud(out);
  process.env.SETUP_KEY = 'a-long-setup-key-for-tests-only';
  // Four of the five templates configured (进度 left out); 未受理 with its own keyword names.
  process.env.SUBSCRIBE_TMPL_ACCEPT = 'tmpl-accept';
  process.env.SUBSCRIBE_TMPL_DONE = 'tmpl-done';
  process.env.SUBSCRIBE_TMPL_REJECTED = 'tmpl-rejected';
  process.env.SUBSCRIBE_KEYS_REJECTED = 'thing2,,time5,thing7';
  process.env.SUBSCRIBE_TMPL_NEW_ORDER = 'tmpl-new';
  Object.defineProperty(cloud, 'openapi', {
    configurable: true,
    value: {
      security: {
        msgSecCheck: async ({ content }: { content: string }) => ({ result: { suggest: content.includes('赌博') ? 'risky' : 'pass' } }),
        mediaCheckAsync: async (args: { mediaUrl: string; openid: string; mediaType: number }) => ({ traceId: `trace-${mediaChecks.push(args)}` }),
      },
      subscribeMessage: {
        send: async (msg: Sent) => {
          tried.push(msg);
          // The resident never allowed 完成待评价: WeChat answers 43101.
          if (msg.templateId === 'tmpl-done') throw Object.assign(new Error('errCode: 43101'), { errCode: 43101, errMsg: 'user refuse to accept the msg' });
          sent.push(msg);
        },
      },
    },
  });
  // Cloud storage is WeChat's too: temporary URLs name the file and how long they last; deletions are recorded.
  Object.defineProperty(cloud, 'getTempFileURL', {
    configurable: true,
    value: async ({ fileList }: { fileList: { fileID: string; maxAge: number }[] }) => ({
      fileList: fileList.map((f) => ({ fileID: f.fileID, status: 0, tempFileURL: `https://tmp.example/${f.fileID.split('/').pop()}?t=${f.maxAge}` })),
    }),
  });
  Object.defineProperty(cloud, 'uploadFile', {
    configurable: true,
    value: async ({ cloudPath, fileContent }: { cloudPath: string; fileContent: Readable }) => {
      const chunks: Buffer[] = [];
      for await (const chunk of fileContent) chunks.push(chunk as Buffer);
      stored.set(cloudPath, Buffer.concat(chunks));
      return { fileID: `cloud://env-1.abc/${cloudPath}` };
    },
  });
  Object.defineProperty(cloud, 'deleteFile', { configurable: true, value: async ({ fileList }: { fileList: string[] }) => void deleted.push(...fileList) });
  fns = Object.fromEntries(['api', 'community', 'timer', 'setup', 'export'].map((n) => [n, require(join(out, n, 'index.js')).main])) as typeof fns;
  // Only the cache's clock (performance.now) is moved by hand; time and timers run as usual.
  jest.useFakeTimers({ doNotFake: ['Date', 'hrtime', 'nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
}, 120_000);

/** An empty cloud environment: its database wiped, and a warm instance's cached people and places expired. */
function freshEnvironment() {
  engine.reset();
  jest.advanceTimersByTime(CACHE_EXPIRED_MS);
}
/** Longer than any entry of the store's cache lives (cloud/store/cache.ts). */
const CACHE_EXPIRED_MS = 10 * 60_000;

/** The function's context as WeChat sets it for a call from this person's mini-program. */
function callerIs(openid: string | null, source = 'wx_client') {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID';
  process.env.TCB_SOURCE = source;
  process.env.WX_APPID = 'wx0000000000000000';
  if (openid) process.env.WX_OPENID = openid;
  else delete process.env.WX_OPENID;
}

async function api(openid: string | null, action: string, data: object = {}, event: object = {}) {
  callerIs(openid);
  return fns.api({ action, data, ...event });
}
async function ok(openid: string, action: string, data: object = {}) {
  const res = await api(openid, action, data);
  if (res.code !== 0) throw new Error(`${action} as ${openid}: ${res.code} ${res.message}`);
  return res.data;
}

const DEADLINE = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

test('setup answers only to its key, then writes the street and the first admin', async () => {
  freshEnvironment();
  callerIs(null);
  expect(await fns.setup({ key: 'wrong' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(engine.docs('communities')).toHaveLength(0);
  expect(await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: 'dongtoucun', name: '李娟' }] })).toEqual({
    code: 0,
    data: { communities: 2, admins: 1 },
  });
  const me = await ok('o-staff', 'session.me');
  expect(me.roles.map((r: { role: string }) => r.role).sort()).toEqual(['admin', 'staff']);
});

test('the whole loop through the bundled api function, identity from the cloud context only', async () => {
  freshEnvironment();
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: 'dongtoucun' }] });
  const C = 'dongtoucun';
  await ok('o-res', 'community.join', { communityId: C, name: '王秀英' });
  const member = await ok('o-mem', 'member.register', { communityId: C, realName: '张建国', phone: '13900001111', workUnit: '供电公司', branch: '第一支部' });
  await ok('o-staff', 'member.review', { communityId: C, userId: member.userId, decision: 'verify' });

  const order = await ok('o-res', 'order.submit', {
    communityId: C, idempotencyKey: 'cloud-key-0001', categoryId: `${C}-c12`, title: '厨房水龙头漏水', answers: { spot: '厨房' },
    address: { building: '3栋', unit: '2单元', room: '501' }, contactName: '王秀英', contactPhone: '13912345678',
  });
  expect((await ok('o-res', 'order.submit', { communityId: C, idempotencyKey: 'cloud-key-0001', categoryId: `${C}-c12`, title: '重试', answers: { spot: '厨房' }, gridId: `${C}-g1`, contactName: '王', contactPhone: '13912345678' })).id).toBe(order.id);
  await ok('o-staff', 'order.dispatch', { orderId: order.id, deadline: DEADLINE(), points: 8 });
  const pool = await ok('o-mem', 'order.pool', { communityId: C });
  expect(pool.items.map((o: { id: string; contactPhone: string }) => [o.id, o.contactPhone])).toEqual([[order.id, '139******78']]);
  expect((await ok('o-mem', 'order.claim', { orderId: order.id })).status).toBe('in_progress');
  // 水电维修 needs a photo of the work done.
  const done = 'cloud://env-1.abc/orders/dongtoucun/0a1b2c3d4e.jpg';
  expect(await api('o-mem', 'order.complete', { orderId: order.id, note: '已更换阀芯', hours: 1.5 })).toMatchObject({ code: 'ORDER.PHOTO_REQUIRED' });
  await ok('o-mem', 'file.register', { fileId: done });
  await ok('o-mem', 'order.complete', { orderId: order.id, note: '已更换阀芯', hours: 1.5, photos: [done] });
  const closed = await ok('o-res', 'order.confirm', { orderId: order.id, stars: 5, comment: '谢谢' });
  expect(closed.status).toBe('closed');
  expect(closed.timeline.map((e: { type: string }) => e.type)).toEqual(['submit', 'dispatch', 'claim', 'complete', 'confirm']);
  expect(await ok('o-mem', 'ledger.mine', { communityId: C })).toMatchObject({ points: 8, hours: 1.5, orders: 1 });
  // Text that WeChat's check calls risky is refused.
  expect(await api('o-res', 'order.submit', { communityId: C, idempotencyKey: 'cloud-key-0002', categoryId: `${C}-c1`, title: '楼下有人赌博', gridId: `${C}-g1`, contactName: '王', contactPhone: '13912345678' })).toMatchObject({ code: 'CONTENT.UNSAFE' });
});

test('微心愿 and 议事 run in the community function, not in api', async () => {
  freshEnvironment();
  const C = 'dongtoucun';
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: C }] });
  await ok('o-res', 'community.join', { communityId: C, name: '王秀英' });
  const inCommunity = async (openid: string, action: string, data: object) => (callerIs(openid), fns.community({ action, data }));
  expect(await api('o-res', 'topic.list', { communityId: C })).toMatchObject({ code: 'ACTION.UNKNOWN' });
  expect(await api('o-res', 'wish.list', { communityId: C })).toMatchObject({ code: 'ACTION.UNKNOWN' });
  expect(await inCommunity('o-res', 'wish.list', { communityId: C })).toMatchObject({ code: 0 });
  expect(await inCommunity('o-res', 'order.mine', {})).toMatchObject({ code: 'ACTION.UNKNOWN' });
  // Identity comes from the cloud context there too: a stranger is not a resident of the community.
  expect(await inCommunity('o-nobody', 'topic.raise', { communityId: C, title: '楼道太暗', problem: '三栋楼道灯坏了很久', place: '三栋', level: 'community' })).toMatchObject({ code: 'TOPIC.NOT_RESIDENT' });
});

test('exports run in their own function: a real xlsx kept in cloud storage, read through a temporary URL by staff only', async () => {
  freshEnvironment();
  const C = 'dongtoucun';
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: C }] });
  await ok('o-res', 'community.join', { communityId: C });
  const order = await ok('o-res', 'order.submit', {
    communityId: C, idempotencyKey: 'cloud-key-0101', categoryId: `${C}-c1`, title: '楼道灯坏了', gridId: `${C}-g1`, contactName: '王秀英', contactPhone: '13912345678',
  });
  const exported = async (openid: string, action: string, data: object) => (callerIs(openid), fns.export({ action, data }));
  const period = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
  // The api function does not carry them.
  expect(await api('o-staff', 'export.create', { scope: { communityId: C }, kind: 'problems', ...period })).toMatchObject({ code: 'ACTION.UNKNOWN' });
  const out = await exported('o-staff', 'export.create', { scope: { communityId: C }, kind: 'problems', ...period });
  expect(out).toMatchObject({ code: 0, data: { rows: 1, fileId: expect.stringMatching(/^cloud:\/\/env-1\.abc\/exports\/community-dongtoucun\/[0-9a-f-]{36}\.xlsx$/) } });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(stored.get(out.data.fileId.replace('cloud://env-1.abc/', ''))! as never);
  const sheet = book.getWorksheet('问题帐')!;
  expect(sheet.getRow(1).getCell(1).value).toBe('编号');
  expect(sheet.getRow(2).getCell(1).value).toBe(order.id);
  expect(sheet.getRow(2).getCell(5).value).toBe('13912345678');
  expect(await exported('o-staff', 'export.list', { scope: { communityId: C } })).toMatchObject({ code: 0, data: [{ state: 'done', rows: 1, fileId: out.data.fileId }] });
  expect(await exported('o-staff', 'export.url', { fileId: out.data.fileId })).toMatchObject({ code: 0, data: { url: expect.stringMatching(/^https:\/\/tmp\.example\/.+\.xlsx\?t=600$/) } });
  expect(await exported('o-res', 'export.url', { fileId: out.data.fileId })).toMatchObject({ code: 'EXPORT.NOT_FOUND' });
  expect(await exported('o-res', 'export.create', { scope: { communityId: C }, kind: 'problems', ...period })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
});

test('an openid in the request is ignored: the caller is who the cloud context says', async () => {
  freshEnvironment();
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: 'dongtoucun' }] });
  await ok('o-res', 'community.join', { communityId: 'dongtoucun' });
  const forged = { openid: 'o-staff', OPENID: 'o-staff', userInfo: { openId: 'o-staff', appId: 'wx0000000000000000' } };
  const me = await api('o-res', 'session.me', forged, forged);
  expect(me.data.roles.map((r: { role: string }) => r.role)).toEqual(['resident']);
  expect(await api('o-res', 'order.queue', { communityId: 'dongtoucun', tab: 'submitted', ...forged }, forged)).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await api(null, 'session.me', forged, forged)).toMatchObject({ code: 'AUTH.REQUIRED' });
});

test('the timer sends each notice once with its group\'s template, skips kinds without one, and stops on 43101', async () => {
  freshEnvironment();
  sent.length = 0;
  tried.length = 0;
  const C = 'dongtoucun';
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: C }] });
  await ok('o-res', 'community.join', { communityId: C });
  const member = await ok('o-mem', 'member.register', { communityId: C, realName: '张建国', phone: '13900001111', workUnit: '供电公司', branch: '第一支部' });
  await ok('o-staff', 'member.review', { communityId: C, userId: member.userId, decision: 'verify' });
  const submit = (key: string, title: string) =>
    ok('o-res', 'order.submit', { communityId: C, idempotencyKey: key, categoryId: `${C}-c1`, title, gridId: `${C}-g1`, contactName: '王', contactPhone: '13912345678', urgency: 'urgent' });
  const a = await submit('cloud-key-0003', '独居老人想有人常来看看');
  await ok('o-staff', 'order.reject', { orderId: a.id, reason: '不属于服务范围', referral: '请拨打12345' });
  const b = await submit('cloud-key-0004', '楼道灯坏了');
  await ok('o-staff', 'order.dispatch', { orderId: b.id, deadline: DEADLINE() });
  await ok('o-mem', 'order.claim', { orderId: b.id });
  await ok('o-mem', 'order.progress', { orderId: b.id, note: '已买好灯泡' });
  const photo = 'cloud://env-1.abc/orders/dongtoucun/5e6f7a8b9c.jpg';
  await ok('o-mem', 'file.register', { fileId: photo });
  await ok('o-mem', 'order.complete', { orderId: b.id, note: '已更换', hours: 1, photos: [photo] });
  // Queued with the steps, in the message centre at once; nothing sent yet.
  expect(engine.docs('notices').map((n) => [n.kind, n.push])).toEqual([
    ['new_order', 'pending'], ['rejected', 'pending'], ['new_order', 'pending'], ['taken', 'pending'], ['progress', 'pending'], ['done', 'pending'],
  ]);
  expect(tried).toEqual([]);

  callerIs(null);
  const report = await fns.timer({ Type: 'Timer', TriggerName: 'sweep', Time: new Date().toISOString() });
  expect(report).toMatchObject({ acceptOverdue: 0, overdue: 0, autoClosed: 0, assignTimeouts: 0, messagesSent: 4, messages: { sent: 4, refused: 1, skipped: 1, failed: 0 } });
  expect(sent.map((m) => [m.touser, m.templateId, m.page])).toEqual([
    ['o-staff', 'tmpl-new', `app/order/detail/index?id=${a.id}`],
    ['o-res', 'tmpl-rejected', `app/order/detail/index?id=${a.id}`],
    ['o-staff', 'tmpl-new', `app/order/detail/index?id=${b.id}`],
    ['o-res', 'tmpl-accept', `app/order/detail/index?id=${b.id}`],
  ]);
  expect(sent[0].data).toEqual({
    thing1: { value: '独居老人想有人常来看看' },
    phrase2: { value: '新需求' },
    time3: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) },
    thing4: { value: '【紧急】新需求，请在2小时内受理' },
  });
  // 未受理's own keyword names; the text cut to the 20 characters a thing keyword takes.
  expect(Object.keys(sent[1].data)).toEqual(['thing2', 'time5', 'thing7']);
  expect(sent[1].data.thing7.value).toBe('社区未受理：不属于服务范围（请拨打12…');
  expect([...sent[3].data.thing4.value].length).toBeLessThanOrEqual(20);
  const state = Object.fromEntries(engine.docs('notices').map((n) => [n.kind, [n.push, n.pushError]]));
  expect(state.done).toEqual(['refused', expect.stringContaining('43101')]);
  expect(state.progress).toEqual(['skipped', 'no template for this kind']);

  // Nothing is sent twice, and the refusal is not retried.
  expect(await fns.timer({})).toMatchObject({ messagesSent: 0, messages: { sent: 0, refused: 0, skipped: 0 } });
  expect(tried).toHaveLength(5);
  // The message centre does not depend on any of it.
  expect((await ok('o-res', 'notice.list', {})).items.map((n: { kind: string }) => n.kind)).toEqual(['done', 'progress', 'taken', 'rejected']);
});

test('photos: registered by their uploader, shown through temporary URLs, checked by WeChat, a flagged one only for staff', async () => {
  freshEnvironment();
  mediaChecks.length = 0;
  const C = 'dongtoucun';
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: C }] });
  await ok('o-res', 'community.join', { communityId: C });
  await ok('o-other', 'community.join', { communityId: C });
  const [fine, bad] = ['cloud://env-1.abc/orders/dongtoucun/a1b2c3d4e5.jpg', 'cloud://env-1.abc/orders/dongtoucun/f6a7b8c9d0.jpg'];
  const submission = (key: string, photos: string[]) => ({ communityId: C, idempotencyKey: key, categoryId: `${C}-c1`, title: '楼道灯坏了', gridId: `${C}-g1`, contactName: '王', contactPhone: '13912345678', photos });
  expect(await api('o-res', 'order.submit', submission('cloud-key-0101', [fine]))).toMatchObject({ code: 'INPUT.INVALID' });
  for (const f of [fine, bad]) await ok('o-res', 'file.register', { fileId: f });
  expect(await api('o-other', 'order.submit', submission('cloud-key-0102', [fine]))).toMatchObject({ code: 'INPUT.INVALID' });
  const order = await ok('o-res', 'order.submit', submission('cloud-key-0103', [fine, bad]));
  expect(order.photoUrls).toEqual(['https://tmp.example/a1b2c3d4e5.jpg?t=600', 'https://tmp.example/f6a7b8c9d0.jpg?t=600']);
  expect(mediaChecks.map((m) => [m.mediaUrl, m.openid, m.mediaType])).toEqual([
    ['https://tmp.example/a1b2c3d4e5.jpg?t=600', 'o-res', 2],
    ['https://tmp.example/f6a7b8c9d0.jpg?t=600', 'o-res', 2],
  ]);
  // Someone who may not see the order gets no URL.
  expect(await api('o-other', 'order.detail', { orderId: order.id })).toMatchObject({ code: 'ORDER.NOT_FOUND' });

  // A result sent from a mini-program is not WeChat's push and changes nothing.
  const flag = { Event: 'wxa_media_check', MsgType: 'event', trace_id: 'trace-2', result: { suggest: 'risky', label: 20002 } };
  callerIs('o-other');
  expect(await fns.api(flag)).toMatchObject({ code: 'ACTION.UNKNOWN' });
  expect((await ok('o-res', 'order.detail', { orderId: order.id })).photos).toEqual([fine, bad]);

  callerIs(null, 'wx_unknown');
  expect(await fns.api(flag)).toBe('success');
  expect(await fns.api({ ...flag, trace_id: 'trace-1', result: { suggest: 'pass', label: 100 } })).toBe('success');
  const own = await ok('o-res', 'order.detail', { orderId: order.id });
  expect([own.photos, own.photoUrls, own.flaggedPhotos]).toEqual([[fine], ['https://tmp.example/a1b2c3d4e5.jpg?t=600'], []]);
  const staff = await ok('o-staff', 'order.detail', { orderId: order.id });
  expect(staff.photos).toEqual([fine, bad]);
  expect(staff.flaggedPhotos).toEqual([{ fileId: bad, reason: '图片未通过微信内容安全检测（色情）' }]);
});

test('the timer removes photos registered but never attached within a day, from cloud storage too', async () => {
  freshEnvironment();
  deleted.length = 0;
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: 'dongtoucun' }] });
  await ok('o-res', 'community.join', { communityId: 'dongtoucun' });
  const loose = 'cloud://env-1.abc/orders/dongtoucun/0a1b2c3d4e.png';
  await ok('o-res', 'file.register', { fileId: loose });
  callerIs(null);
  expect(await fns.timer({})).toMatchObject({ uploadsRemoved: 0 });
  for (const d of engine.docs('uploads')) d.at = new Date(Date.now() - 25 * 3_600_000);
  expect(await fns.timer({})).toMatchObject({ uploadsRemoved: 1 });
  expect(deleted).toEqual([loose]);
  expect(engine.docs('uploads')).toEqual([]);
});
