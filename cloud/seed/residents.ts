/**
 * The demo street's 网格员 and 网格长, the 居民档案 they keep (孤寡老人, 高龄, 残疾 … in their grids), and a 代点单 a
 * member has done, waiting for the grid worker's 代评 — made through the real actions like the rest of the seed.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';

type Call = <A extends ActionName>(openid: string, action: A, data: ActionInput<A>) => Promise<ActionOutput<A>>;

/** The demo 网格员 (of 第一网格) and 网格长 (of 第一、第二网格); their users exist already. */
export const GRID_ACCOUNTS = [
  { openid: 'demo-grid', name: '钱丽', label: '网格员（东头村社区第一网格）' },
  { openid: 'demo-grid-leader', name: '冯强', label: '网格长（东头村社区）' },
];

const RECORDS: [name: string, phone: string, building: string, grid: number, tags: string[]][] = [
  ['周桂英', '13961110001', '东头村2栋', 1, ['孤寡老人', '高龄']],
  ['吴德华', '13961110002', '东头村5栋', 1, ['残疾', '独居']],
  ['郑小雨', '13961110003', '东头村6栋', 1, ['留守儿童']],
  ['何金凤', '13961110004', '东头村8栋', 2, ['困难家庭']],
  ['冯老伯', '13961110005', '东头村9栋', 2, ['高龄', '独居']],
];

/**
 * Grants the grid roles (by the community's admin), records the residents and places one 代点单 for the first of
 * them, done by `member` and waiting for its 代评.
 */
export async function seedGridWork(
  call: Call,
  communityId: string,
  admin: string,
  users: Record<string, string>,
  member: string,
  photo: (openid: string, name: string) => Promise<string>,
): Promise<void> {
  await call(admin, 'grid.grant', { communityId, userId: users['demo-grid'], role: 'grid_worker', gridIds: [`${communityId}-g1`] });
  await call(admin, 'grid.grant', { communityId, userId: users['demo-grid-leader'], role: 'grid_leader', gridIds: [`${communityId}-g1`, `${communityId}-g2`] });
  const ids: string[] = [];
  for (const [name, phone, building, grid, tags] of RECORDS) {
    const by = grid === 1 ? 'demo-grid' : 'demo-grid-leader';
    const record = await call(by, 'resident.create', { communityId, name, phone, address: { building, unit: '1单元', room: '101' }, gridId: `${communityId}-g${grid}`, tags });
    ids.push(record.id);
  }
  const order = await call('demo-grid', 'order.submitFor', {
    residentId: ids[0], idempotencyKey: 'demo-for-1', categoryId: `${communityId}-c6`, title: '代买降压药并送上门',
    description: '周奶奶腿脚不便，药快吃完了', urgency: 'normal',
  });
  await call(admin, 'order.dispatch', { orderId: order.id, deadline: new Date(Date.parse(order.createdAt) + 3 * 86_400_000).toISOString() });
  await call(member, 'order.claim', { orderId: order.id });
  await call(member, 'order.complete', { orderId: order.id, note: '药已买好送到家，讲清了用法', hours: 1, photos: [await photo(member, 'medicine')] });
  // A second one, still waiting for the community to take it up.
  await call('demo-grid', 'order.submitFor', {
    residentId: ids[1], idempotencyKey: 'demo-for-2', categoryId: `${communityId}-c1`, title: '轮椅需要修理', urgency: 'normal',
  });
}
