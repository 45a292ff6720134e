/**
 * Demo 议事: topics at every step — gathering co-signs (4/10), on the agenda by ten co-signs, 党组织提议 with a
 * meeting and its minutes, decided with the work linked (an order already in the demo), not adopted with the reason,
 * and published and rated. Ten neighbours (not demo accounts) join the community to co-sign. Made through the real
 * actions, on the seed's moving clock.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';

export interface TopicSeed {
  call: <A extends ActionName>(openid: string, action: A, data: ActionInput<A>) => Promise<ActionOutput<A>>;
  /** Moves the seed's clock to this long before now, and returns it. */
  at: (ago: number) => Date;
  communityId: string;
  now: Date;
  /** The demo's order about the dark stairwell, linked as the work of the decided topic. */
  workOrderId: string;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NEIGHBOURS = Array.from({ length: 10 }, (_, i) => `demo-neighbour-${i + 1}`);

export async function seedTopics({ call, at, communityId: C, now, workOrderId }: TopicSeed): Promise<void> {
  at(30 * DAY);
  for (const n of NEIGHBOURS) await call(n, 'community.join', { communityId: C });
  const raise = (by: string, title: string, problem: string, place: string, level: 'community' | 'street' = 'community') =>
    call(by, 'topic.raise', { communityId: C, level, title, problem, place });
  const cosign = async (topicId: string, people: string[]) => {
    for (const p of people) await call(p, 'topic.cosign', { topicId });
  };
  const meet = (topicId: string, days: number, place = '东头村社区议事厅') =>
    call('demo-staff', 'topic.schedule', { topicId, at: new Date(now.getTime() + days * DAY).toISOString(), place, invited: ['居民代表', '党员', '物业公司', '社区民警'] });

  // 晒、评: published and rated by its co-signers.
  at(20 * DAY);
  const drain = await raise('demo-resident-2', '小区雨水井经常堵塞', '一下大雨5栋门口就积水，老人出门要蹚水', '5栋楼前');
  await cosign(drain.id, ['demo-resident', ...NEIGHBOURS.slice(0, 9)]);
  at(18 * DAY);
  await meet(drain.id, -18);
  await call('demo-staff', 'topic.minutes', { topicId: drain.id, attendees: '居民代表6人、物业经理、网格长', notes: '物业同意疏通雨水井并加装防堵网，费用由维修基金列支' });
  await call('demo-staff', 'topic.decide', { topicId: drain.id, adopted: true, text: '物业两周内完成疏通并加装防堵网' });
  at(4 * DAY);
  await call('demo-staff', 'topic.publish', { topicId: drain.id, outcome: '雨水井已疏通并加装防堵网，上周大雨未再积水' });
  for (const [p, stars] of [['demo-resident', 5], [NEIGHBOURS[0], 4], [NEIGHBOURS[1], 5]] as const) await call(p, 'topic.rate', { topicId: drain.id, stars });

  // 办: decided, the work linked to an order of the demo.
  at(6 * DAY);
  const dark = await raise('demo-resident', '楼道灯坏了一个多月', '三号楼二单元楼道灯全坏，老人晚上上下楼摔过跤', '三号楼二单元');
  await cosign(dark.id, NEIGHBOURS);
  await meet(dark.id, -5);
  at(5 * DAY);
  await call('demo-staff', 'topic.decide', { topicId: dark.id, adopted: true, text: '社区派单更换楼道灯，并请物业每月巡查' });
  await call('demo-staff', 'topic.linkOrder', { topicId: dark.id, orderId: workOrderId });

  // 定: not adopted, the reason visible to co-signers.
  at(4 * DAY);
  const dance = await raise(NEIGHBOURS[2], '广场舞音响太吵', '晚上九点后还在放音乐，影响休息', '中心广场', 'street');
  await cosign(dance.id, NEIGHBOURS.filter((n) => n !== NEIGHBOURS[2]).concat('demo-resident'));
  await meet(dance.id, -3);
  await call('demo-staff', 'topic.decide', { topicId: dance.id, adopted: false, text: '已与舞队约定九点前结束，音量由志愿者提醒，不另立规约' });

  // 议: 党组织提议, a meeting coming up.
  at(2 * DAY);
  const charge = await raise('demo-staff', '电动车充电桩安装', '楼道飞线充电有火灾隐患，需要集中充电点', '小区北门空地');
  await meet(charge.id, 3, '社区党群服务中心二楼');

  // 联名: on the agenda by ten co-signs; and one still gathering them (4/10).
  at(1 * DAY);
  const bins = await raise(NEIGHBOURS[3], '垃圾分类亭异味大', '夏天垃圾亭清运不及时，气味很重', '2栋旁垃圾亭');
  await cosign(bins.id, ['demo-resident', 'demo-resident-2', ...NEIGHBOURS.filter((n) => n !== NEIGHBOURS[3]).slice(0, 8)]);
  at(3 * HOUR);
  const parking = await raise('demo-resident', '小区东门停车难', '晚上车位不够，车停到消防通道上', '小区东门');
  await cosign(parking.id, ['demo-resident-2', ...NEIGHBOURS.slice(0, 3)]);
}
