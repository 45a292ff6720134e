/**
 * Five months of finished work in both demo communities, so the dashboards, the trend and the street's ranking look
 * like a real street's: taken up quickly or late, done on time or not, rated well or badly, reopened, 回访 reached or
 * not, refused, cancelled, and some left unrated (the first sweep closes those by itself). Made through the real
 * actions with the clock moved back, like the rest of the demo; every draw is a fixed function of the order's number.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import { demoAnswers } from './places';

export interface SeedKit {
  call<A extends ActionName>(openid: string, action: A, data: ActionInput<A>): Promise<ActionOutput<A>>;
  /** Moves the clock to this long before now (ms). */
  at(ago: number): void;
  /** A completion photo this person uploaded (categories ask for one when work is reported done). */
  photo(openid: string): Promise<string>;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** A repeatable draw in [0, 1) for order `n`, axis `k`. */
const draw = (n: number, k: number) => {
  const x = Math.sin(n * 12.9898 + k * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

interface Side {
  id: string;
  staff: string;
  residents: string[];
  members: string[];
  grids: number;
  /** How well the community does (the share of draws that go well): the ranking needs a difference. */
  good: number;
}

const UNRATED = [7, 18, 28];

const TITLES: [cat: number, title: string][] = [
  [12, '卫生间水管漏水'],
  [11, '洗衣机不脱水'],
  [7, '陪老人去社区医院配药'],
  [1, '独居老人需要定期探望'],
  [5, '邻里噪音纠纷想请人调解'],
  [8, '孩子放学后无人照看'],
  [13, '帮忙代买降压药'],
  [6, '想请医生上门量血压'],
];

async function oneOrder(kit: SeedKit, side: Side, n: number, ago: number): Promise<void> {
  const d = (k: number) => draw(n, k);
  const [cat, title] = TITLES[Math.floor(d(1) * TITLES.length)];
  const resident = side.residents[n % side.residents.length];
  const member = side.members[n % side.members.length];
  kit.at(ago);
  const order = await kit.call(resident, 'order.submit', {
    communityId: side.id, idempotencyKey: `demo-history-${side.id}-${n}`, categoryId: `${side.id}-c${cat}`, title,
    gridId: `${side.id}-g${1 + (n % side.grids)}`, contactName: '居民', contactPhone: '13912345678',
    address: { building: `${1 + (n % 12)}栋`, unit: '1单元', room: `${101 + (n % 6) * 100}` }, urgency: d(3) < 0.1 ? 'urgent' : 'normal',
    answers: demoAnswers(cat, n),
  });
  if (d(4) < 0.06) return void (await kit.call(resident, 'order.cancel', { orderId: order.id, reason: '问题已自行解决' }));
  // 受理: most within the hour; the weaker community is late more often (the 24-hour limit for normal orders).
  const acceptHours = d(5) < side.good ? d(6) * 2 : 20 + d(6) * 30;
  kit.at(ago - acceptHours * HOUR);
  if (d(7) < 0.05) return void (await kit.call(side.staff, 'order.reject', { orderId: order.id, reason: '不属于社区服务范围', referral: '请拨打12345' }));
  const days = 2 + Math.floor(d(8) * 3);
  await kit.call(side.staff, 'order.dispatch', { orderId: order.id, deadline: new Date(Date.now() - ago + acceptHours * HOUR + days * DAY).toISOString() });
  kit.at(ago - acceptHours * HOUR - HOUR);
  await kit.call(member, 'order.claim', { orderId: order.id });
  const took = Math.max(3 * HOUR, (d(9) < side.good ? d(10) * days : days + 1 + d(10) * 2) * DAY);
  kit.at(ago - acceptHours * HOUR - took);
  await kit.call(member, 'order.complete', {
    orderId: order.id, note: '已上门处理完毕', hours: 1 + Math.floor(d(11) * 3), photos: [await kit.photo(member)],
  });
  if (d(12) < 0.08) {
    kit.at(ago - acceptHours * HOUR - took - 6 * HOUR);
    await kit.call(resident, 'order.reopen', { orderId: order.id, reason: '过了两天又坏了' });
    kit.at(ago - acceptHours * HOUR - took - DAY);
    await kit.call(member, 'order.complete', { orderId: order.id, note: '已再次上门彻底修好', hours: 1, photos: [await kit.photo(member)] });
  }
  // Left unrated (the first sweep closes it: auto-closed, never counted as satisfied). Its claim stays open until
  // then, so no member is left with more than two of them (the limit is three).
  if (UNRATED.includes(n)) return;
  const stars = d(14) < side.good ? 5 - Math.floor(d(15) * 2) : 1 + Math.floor(d(15) * 3);
  kit.at(ago - acceptHours * HOUR - took - 2 * DAY);
  await kit.call(resident, 'order.confirm', { orderId: order.id, stars, comment: stars >= 4 ? '服务很周到，谢谢！' : '处理得太慢了' });
  if (d(16) < 0.4) {
    const reached = d(17) < 0.8;
    await kit.call(side.staff, 'order.visit', { orderId: order.id, note: reached ? '电话回访' : '电话无人接听', satisfied: stars >= 4, reached });
  }
}

const DONGTOUCUN: Side = {
  id: 'dongtoucun',
  staff: 'demo-staff',
  residents: ['demo-resident', 'demo-resident-2'],
  members: ['demo-member', 'demo-member-2', 'demo-member-3'],
  grids: 3,
  good: 0.9,
};
const XIYINGLI: Side = {
  id: 'xiyingli',
  staff: 'demo-staff-xyl',
  residents: ['demo-xyl-resident-1', 'demo-xyl-resident-2'],
  members: ['demo-xyl-member-1', 'demo-xyl-member-2'],
  grids: 2,
  good: 0.7,
};

/** 西瀛里's residents and members (东头村's are the demo accounts), joined and verified long ago. */
async function xiyingliPeople(kit: SeedKit): Promise<void> {
  kit.at(170 * DAY);
  for (const [openid, name] of [['demo-xyl-resident-1', '周桂兰'], ['demo-xyl-resident-2', '钱永福']]) {
    await kit.call(openid, 'community.join', { communityId: XIYINGLI.id, name });
  }
  const members = [
    ['demo-xyl-member-1', '黄海峰', '常州市自来水公司', '水电维修', '停水漏水第一时间到场'],
    ['demo-xyl-member-2', '林晓燕', '天宁区人民法院', '矛盾调解', '用心调解每一件邻里小事'],
  ];
  for (const [i, [openid, realName, workUnit, skill, pledge]] of members.entries()) {
    await kit.call(openid, 'member.register', {
      communityId: XIYINGLI.id, realName, phone: `1390520000${i}`, workUnit, branch: `${workUnit}党支部`, skills: [skill], pledge, teamId: null, gridId: null,
    });
    const me = await kit.call(openid, 'session.me', {});
    await kit.call(XIYINGLI.staff, 'member.review', { communityId: XIYINGLI.id, userId: me.userId, decision: 'verify' });
  }
}

/** About six orders a month in each community, from five months ago to two weeks ago. */
export async function seedHistory(kit: SeedKit): Promise<void> {
  await xiyingliPeople(kit);
  for (const side of [DONGTOUCUN, XIYINGLI]) {
    for (let n = 0; n < 30; n++) await oneOrder(kit, side, n, (150 - n * 4.5 - draw(n, 0) * 3) * DAY);
  }
}
