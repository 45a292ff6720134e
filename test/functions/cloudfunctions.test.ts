/**
 * The bundled cloud functions as WeChat runs them: cloudfunctions/<name>/index.js loaded in Node, called with
 * WeChat-shaped events, the caller's OPENID in the function's context (WX_CONTEXT_KEYS), the real wx-server-sdk
 * talking to the in-memory CloudBase harness. Only WeChat's open APIs (msgSecCheck, subscribeMessage.send) are
 * stand-ins: they are WeChat's servers.
 */
import cloud from 'wx-server-sdk';
import { join } from 'node:path';
import { buildCloud } from '../../scripts/build-cloud';
import { MemoryCloudbase } from '../store/cloudbase-harness';

type Main = (event: unknown) => Promise<any>;
const engine = new MemoryCloudbase().install();
const sent: { touser: string; templateId: string; data: unknown }[] = [];
let fns: Record<'api' | 'timer' | 'setup', Main>;

beforeAll(async () => {
  const out = join(__dirname, '..', '..', '.temp', 'cloudfunctions-test');
  await buildCloud(out);
  process.env.SETUP_KEY = 'a-long-setup-key-for-tests-only';
  process.env.SUBSCRIBE_TEMPLATE_ID = 'tmpl-progress';
  Object.defineProperty(cloud, 'openapi', {
    configurable: true,
    value: {
      security: { msgSecCheck: async ({ content }: { content: string }) => ({ result: { suggest: content.includes('赌博') ? 'risky' : 'pass' } }) },
      subscribeMessage: { send: async (msg: (typeof sent)[number]) => void sent.push(msg) },
    },
  });
  fns = Object.fromEntries(['api', 'timer', 'setup'].map((n) => [n, require(join(out, n, 'index.js')).main])) as typeof fns;
}, 120_000);

/** The function's context as WeChat sets it for a call from this person's mini-program. */
function callerIs(openid: string | null) {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID';
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
  engine.reset();
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
  engine.reset();
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: 'dongtoucun' }] });
  const C = 'dongtoucun';
  await ok('o-res', 'community.join', { communityId: C, name: '王秀英' });
  const member = await ok('o-mem', 'member.register', { communityId: C, realName: '张建国', phone: '13900001111', workUnit: '供电公司', branch: '第一支部' });
  await ok('o-staff', 'member.review', { communityId: C, userId: member.userId, decision: 'verify' });

  const order = await ok('o-res', 'order.submit', {
    communityId: C, idempotencyKey: 'cloud-key-0001', categoryId: `${C}-c12`, title: '厨房水龙头漏水',
    address: { building: '3栋', unit: '2单元', room: '501' }, contactName: '王秀英', contactPhone: '13912345678',
  });
  expect((await ok('o-res', 'order.submit', { communityId: C, idempotencyKey: 'cloud-key-0001', categoryId: `${C}-c12`, title: '重试', gridId: `${C}-g1`, contactName: '王', contactPhone: '13912345678' })).id).toBe(order.id);
  await ok('o-staff', 'order.dispatch', { orderId: order.id, deadline: DEADLINE(), points: 8 });
  const pool = await ok('o-mem', 'order.pool', { communityId: C });
  expect(pool.items.map((o: { id: string; contactPhone: string }) => [o.id, o.contactPhone])).toEqual([[order.id, '139******78']]);
  expect((await ok('o-mem', 'order.claim', { orderId: order.id })).status).toBe('in_progress');
  await ok('o-mem', 'order.complete', { orderId: order.id, note: '已更换阀芯', hours: 1.5 });
  const closed = await ok('o-res', 'order.confirm', { orderId: order.id, stars: 5, comment: '谢谢' });
  expect(closed.status).toBe('closed');
  expect(closed.timeline.map((e: { type: string }) => e.type)).toEqual(['submit', 'dispatch', 'claim', 'complete', 'confirm']);
  expect(await ok('o-mem', 'ledger.mine', { communityId: C })).toMatchObject({ points: 8, hours: 1.5, orders: 1 });
  // Text that WeChat's check calls risky is refused.
  expect(await api('o-res', 'order.submit', { communityId: C, idempotencyKey: 'cloud-key-0002', categoryId: `${C}-c1`, title: '楼下有人赌博', gridId: `${C}-g1`, contactName: '王', contactPhone: '13912345678' })).toMatchObject({ code: 'CONTENT.UNSAFE' });
});

test('an openid in the request is ignored: the caller is who the cloud context says', async () => {
  engine.reset();
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: 'dongtoucun' }] });
  await ok('o-res', 'community.join', { communityId: 'dongtoucun' });
  const forged = { openid: 'o-staff', OPENID: 'o-staff', userInfo: { openId: 'o-staff', appId: 'wx0000000000000000' } };
  const me = await api('o-res', 'session.me', forged, forged);
  expect(me.data.roles.map((r: { role: string }) => r.role)).toEqual(['resident']);
  expect(await api('o-res', 'order.queue', { communityId: 'dongtoucun', tab: 'submitted', ...forged }, forged)).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(await api(null, 'session.me', forged, forged)).toMatchObject({ code: 'AUTH.REQUIRED' });
});

test('the timer function runs the sweep once and sends the queued subscribe messages', async () => {
  engine.reset();
  sent.length = 0;
  await fns.setup({ key: process.env.SETUP_KEY, admins: [{ openid: 'o-staff', communityId: 'dongtoucun' }] });
  await ok('o-res', 'community.join', { communityId: 'dongtoucun' });
  const order = await ok('o-res', 'order.submit', { communityId: 'dongtoucun', idempotencyKey: 'cloud-key-0003', categoryId: 'dongtoucun-c1', title: '独居老人想有人常来看看', gridId: 'dongtoucun-g1', contactName: '王', contactPhone: '13912345678' });
  await ok('o-staff', 'order.reject', { orderId: order.id, reason: '不属于服务范围', referral: '请拨打12345' });
  expect(engine.docs('outbox').map((m) => [m.openid, m.kind])).toEqual([['o-res', 'rejected']]);
  callerIs(null);
  const report = await fns.timer({ Type: 'Timer', TriggerName: 'sweep', Time: new Date().toISOString() });
  expect(report).toEqual({ overdue: 0, autoClosed: 0, assignTimeouts: 0, messagesSent: 1 });
  expect(sent).toEqual([expect.objectContaining({ touser: 'o-res', templateId: 'tmpl-progress' })]);
  expect((await fns.timer({})).messagesSent).toBe(0);
});
