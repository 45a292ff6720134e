/**
 * Demo 积分补录 and 第三方测评: manual entries staff made for work outside orders (each with its reason, within the
 * monthly cap), and satisfaction calls on finished orders by staff who did not serve them. Made through the real
 * actions, on the seed's moving clock.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';

export interface PointsSeed {
  call: <A extends ActionName>(openid: string, action: A, data: ActionInput<A>) => Promise<ActionOutput<A>>;
  /** Moves the seed's clock to this long before now. */
  at: (ago: number) => unknown;
  users: Record<string, string>;
  communityId: string;
}

const DAY = 24 * 3600_000;

/** [days ago, member, points, hours, reason]: a few a month, under the default cap of 20 points and 8 hours. */
const MANUAL: [number, string, number, number, string][] = [
  [95, 'demo-member-2', 10, 3, '参加社区义诊活动，为老人测量血压'],
  [62, 'demo-member-3', 8, 2, '在社区法律讲堂讲解赡养纠纷调解'],
  [40, 'demo-member', 6, 2, '参加“清洁家园”义务劳动'],
  [9, 'demo-member-2', 5, 2, '协助社区开展疫苗接种登记'],
  [4, 'demo-member-3', 12, 3, '夜间协助处置独居老人突发情况'],
];

/** What the 测评 caller records on the community's most recent finished orders, in turn. */
const SURVEYS: { reached: boolean; stars?: number; note?: string }[] = [
  { reached: true, stars: 5, note: '老人说党员上门很及时' },
  { reached: false, note: '两次拨打无人接听' },
  { reached: true, stars: 3, note: '问题解决了，但等待时间较长' },
  { reached: true, stars: 4 },
];

export async function seedPoints({ call, at, users, communityId }: PointsSeed): Promise<void> {
  for (const [ago, member, points, hours, reason] of MANUAL) {
    at(ago * DAY);
    await call('demo-staff', 'ledger.addManual', { communityId, memberId: users[member], points, hours, reason });
  }
  at(1 * DAY);
  const closed = await call('demo-staff', 'order.queue', { communityId, tab: 'closed', limit: SURVEYS.length * 2 });
  const surveyed = closed.items.filter((o) => o.status === 'closed').slice(0, SURVEYS.length);
  for (const [i, o] of surveyed.entries()) await call('demo-staff', 'survey.record', { orderId: o.id, ...SURVEYS[i] });
}
