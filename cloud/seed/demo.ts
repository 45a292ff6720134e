/**
 * Demo data for `npm start`: people in every role, orders and 微心愿 in every state, a moderated 晒 board, made
 * through the real actions (so every order has a true timeline), with the clock moved back for the older ones.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import { createApi } from '../actions/shared/api';
import type { Platform } from '../platform/platform';
import type { Store } from '../store/store.port';
import { demoPhoto } from './photos';
import { sweep } from '../jobs/sweep';
import { seedHistory } from './history';
import { demoAnswers, demoPlaces, GRID_DETAILS } from './places';
import { GRID_ACCOUNTS, seedGridWork } from './residents';
import { seedVisits } from './visits';
import { seedWishes } from './wishes';
import { seedTopics } from './topics';
import { seedBoard } from './board';
import { seedPoints } from './points';
import { DEPARTMENT_ACCOUNT, seedDepartments } from './departments';

export interface DemoAccount {
  openid: string;
  name: string;
  /** What the login page shows: 居民 / 党员 / 社工 / 街道. */
  label: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { openid: 'demo-resident', name: '王秀英', label: '居民（东头村社区）' },
  { openid: 'demo-resident-2', name: '孙德福', label: '居民（东头村社区）' },
  { openid: 'demo-member', name: '张建国', label: '党员（已报到）' },
  { openid: 'demo-member-2', name: '陈静', label: '党员（已报到）' },
  { openid: 'demo-member-3', name: '刘洋', label: '党员（已报到）' },
  { openid: 'demo-member-pending', name: '赵磊', label: '党员（待审核）' },
  { openid: 'demo-staff', name: '李娟', label: '社工（东头村社区）' },
  { openid: 'demo-staff-xyl', name: '吴芳', label: '社工（西瀛里社区）' },
  { openid: 'demo-street', name: '周明', label: '街道工作人员' },
  DEPARTMENT_ACCOUNT,
  ...GRID_ACCOUNTS,
  { openid: 'demo-unit', name: '钱伟', label: '爱心企业联系人（已审核）' },
];

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const C = 'dongtoucun';

/**
 * Seeds the demo street once (false if places are already there). `photoDir` is the host's photo folder, where demo
 * photos are written; `history` adds five months of finished work in both communities (history.ts) for the
 * dashboards; the end-to-end suite leaves it out to keep its lists short.
 */
export async function seedDemo(
  store: Store,
  platform: Platform,
  now: Date,
  { photoDir, history = true }: { photoDir?: string; history?: boolean } = {},
): Promise<boolean> {
  if ((await store.listCommunities()).length > 0) return false;
  await store.savePlaces(demoPlaces());
  let clock = now;
  const api = createApi({ store, platform, clock: () => clock });
  const at = (ago: number) => (clock = new Date(now.getTime() - ago));
  const call = async <A extends ActionName>(openid: string, action: A, data: ActionInput<A>): Promise<ActionOutput<A>> => {
    const res = await api({ action, data }, { openid });
    if (res.code !== 0) throw new Error(`seed ${action} as ${openid}: ${res.message}`);
    return res.data as ActionOutput<A>;
  };

  const users: Record<string, string> = {};
  for (const a of DEMO_ACCOUNTS) {
    users[a.openid] = (await store.ensureUser(a.openid, a.name)).id;
  }
  await store.grantRole(users['demo-staff'], 'staff', { communityId: C });
  await store.grantRole(users['demo-staff'], 'admin', { communityId: C });
  await store.grantRole(users['demo-staff-xyl'], 'staff', { communityId: 'xiyingli' });
  await store.grantRole(users['demo-street'], 'street_staff', { streetId: 'nandajie' });
  await store.grantRole(users['demo-street'], 'admin', { streetId: 'nandajie' });
  for (const r of ['demo-resident', 'demo-resident-2', 'demo-unit']) await call(r, 'community.join', { communityId: C });
  for (const g of demoPlaces().grids) {
    await call(g.communityId === C ? 'demo-staff' : 'demo-staff-xyl', 'grid.save', { communityId: g.communityId, grid: { id: g.id, name: g.name, ...GRID_DETAILS[g.id] } });
  }

  at(180 * DAY);
  const members: [string, string, string[], string, string][] = [
    ['demo-member', '常州市供电公司', ['水电维修', '家电维修'], `${C}-t6`, '家里水电有问题，随叫随到，修好为止'],
    ['demo-member-2', '常州市第二人民医院', ['医护', '健康咨询'], `${C}-t2`, '每月为独居老人上门测一次血压'],
    ['demo-member-3', '钟楼区司法局', ['法律咨询', '矛盾调解'], `${C}-t5`, '邻里纠纷不出社区，法律问题有问必答'],
    ['demo-member-pending', '常州市第一中学', ['课业辅导'], `${C}-t3`, ''],
  ];
  for (const [openid, workUnit, skills, teamId, pledge] of members) {
    const name = DEMO_ACCOUNTS.find((a) => a.openid === openid)!.name;
    await call(openid, 'member.register', {
      communityId: C, realName: name, phone: '1390519' + String(Object.keys(users).indexOf(openid)).padStart(4, '0'),
      workUnit, branch: `${workUnit}党支部`, skills, teamId, gridId: `${C}-g1`, pledge,
    });
    if (openid !== 'demo-member-pending') await call('demo-staff', 'member.review', { communityId: C, userId: users[openid], decision: 'verify' });
  }

  // Each member's history photo is one file of theirs, attached to each order they did.
  if (history) await seedHistory({ call, at, photo: async (openid) => demoPhoto(store, photoDir, `history-${openid}`, (await store.ensureUser(openid)).id, clock) });
  // The history's unrated orders are long past their rating period: closed as the first sweep would, so they no longer
  // count against the members' claim limit when today's orders are claimed.
  if (history) await sweep(store, now);

  let n = 0;
  const submit = (title: string, cat: number, extra: Partial<ActionInput<'order.submit'>> = {}) =>
    call('demo-resident', 'order.submit', {
      communityId: C, idempotencyKey: `demo-order-${++n}`, categoryId: `${C}-c${cat}`, title,
      description: extra.description ?? '', address: { building: '东头村3栋', unit: '2单元', room: '501' },
      gridId: `${C}-g1`, contactName: '王秀英', contactPhone: '13912345678', answers: demoAnswers(cat, n), ...extra,
    });
  const photo = (openid: string, name: string) => demoPhoto(store, photoDir, name, users[openid], clock);
  const deadline = (days: number) => new Date(clock.getTime() + days * DAY).toISOString();
  const dispatch = (orderId: string, days = 3, headcount = 1) =>
    call('demo-staff', 'order.dispatch', { orderId, deadline: deadline(days), headcount });

  // 已办结, rated: older history.
  at(20 * DAY);
  const closed = await submit('厨房水龙头漏水', 12, { description: '水龙头一直滴水，老人家自己修不了' });
  await dispatch(closed.id);
  await call('demo-member', 'order.claim', { orderId: closed.id });
  at(19 * DAY);
  await call('demo-member', 'order.progress', { orderId: closed.id, note: '已上门查看，需要更换阀芯' });
  await call('demo-member', 'order.complete', {
    orderId: closed.id, note: '已更换阀芯，不再漏水', hours: 1.5, photos: [await photo('demo-member', 'faucet')],
  });
  at(18 * DAY);
  await call('demo-resident', 'order.confirm', { orderId: closed.id, stars: 5, comment: '张师傅很热心，谢谢党员同志！' });
  await call('demo-staff', 'order.visit', { orderId: closed.id, note: '电话回访，王阿姨表示满意', satisfied: true });

  // 待评价
  at(3 * DAY);
  const rating = await submit('帮忙读懂养老金调整通知', 4);
  await dispatch(rating.id);
  await call('demo-member-3', 'order.claim', { orderId: rating.id });
  await call('demo-member-3', 'order.complete', { orderId: rating.id, note: '已上门讲解政策，并帮忙填好了表格', hours: 1 });

  // 已超期: dispatched with a deadline already past.
  at(5 * DAY);
  const late = await submit('楼道灯坏了，晚上看不见', 11);
  await dispatch(late.id, 2);

  // 办理中, with a team of two.
  at(2 * DAY);
  const busy = await submit('陪同去医院复查', 7, { urgency: 'urgent', description: '周五上午要去二院复查，子女不在身边' });
  await dispatch(busy.id, 4, 2);
  await call('demo-member-2', 'order.claim', { orderId: busy.id });
  await call('demo-member', 'order.claim', { orderId: busy.id });
  await call('demo-member-2', 'order.progress', { orderId: busy.id, note: '已和王阿姨约好，当天8点在小区门口碰面' });
  // 陈静 has reported her part; 张建国's is still to come (1/2 已报告).
  at(1 * DAY);
  await call('demo-member-2', 'order.complete', {
    orderId: busy.id, note: '已陪同挂号、取报告，医生说恢复良好', hours: 3, photos: [await photo('demo-member-2', 'hospital')],
  });

  // 办理中, a team of three, every part still to come.
  at(1 * DAY);
  const moving = await submit('帮独居老人把旧家具搬下楼', 7, { description: '旧衣柜和床板太重，一个人搬不动' });
  await dispatch(moving.id, 3, 3);
  for (const m of ['demo-member', 'demo-member-2', 'demo-member-3']) await call(m, 'order.claim', { orderId: moving.id });

  // 已上报
  at(1 * DAY);
  const up = await submit('小区门口下水道堵塞', 9, { description: '下雨天积水严重，需要市政处理' });
  await call('demo-staff', 'order.escalate', { orderId: up.id, note: '涉及市政管网，社区无法处理，上报街道', deadline: deadline(5) });

  // 转派职能部门: 城管中队 has orders in hand, past its deadline, and resolved.
  await seedDepartments({ call, at, submit, deadline, streetId: 'nandajie', staff: 'demo-staff', street: 'demo-street', dept: 'demo-dept', deptUserId: users['demo-dept'] });
  at(1 * DAY);

  // 延期: the hospital moved the check-up; the resident sees the new time limit and why.
  await call('demo-staff', 'order.extend', { orderId: busy.id, deadline: deadline(5), reason: '医院复查改到下周一，陪同时间顺延' });

  // 已驳回, 已取消
  const rejected = await submit('帮忙办理房产过户', 5);
  await call('demo-staff', 'order.reject', { orderId: rejected.id, reason: '不属于社区服务范围', referral: '请咨询不动产登记中心或拨打12345' });
  const cancelled = await submit('想学用智能手机', 10);
  await call('demo-resident', 'order.cancel', { orderId: cancelled.id, reason: '孙子回来教我了' });

  // Today: 待指派响应, 待接单 (pool), 待受理.
  at(3 * HOUR);
  const assigned = await submit('电视机没有信号', 11);
  await call('demo-staff', 'order.assign', { orderId: assigned.id, memberId: users['demo-member'], deadline: deadline(2) });
  // 督办: the resident called the community; the queue marks it until the member answers.
  at(2 * HOUR);
  await call('demo-staff', 'order.urge', { orderId: assigned.id, note: '王阿姨来电说晚上想看新闻，请尽快接受并上门' });
  const open = await submit('微心愿：想要一副老花镜', 14, { description: '看报纸看不清了' });
  await dispatch(open.id, 7);
  at(1 * HOUR);
  await submit('家里老人需要定期量血压', 6);
  await call('demo-resident-2', 'order.submit', {
    communityId: C, idempotencyKey: 'demo-order-sun', categoryId: `${C}-c1`, title: '独居老人希望有人常来看看',
    gridId: `${C}-g2`, contactName: '孙德福', contactPhone: '13801234567', urgency: 'normal',
  });
  await seedGridWork(call, C, 'demo-staff', users, 'demo-member-2', photo);
  // 民情日记: after the resident records are seeded.
  await seedVisits(store, C, now);
  await seedWishes({ store, call, at, communityId: C, now });
  await seedTopics({ call, at, communityId: C, now, workOrderId: late.id });
  await seedPoints({ call, at, users, communityId: C });
  at(0);
  if (history) await seedBoard({ call, staff: [[C, 'demo-staff'], ['xiyingli', 'demo-staff-xyl']] });
  return true;
}
