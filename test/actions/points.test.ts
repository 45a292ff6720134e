/**
 * 先锋榜 and manual points through the actions: the board's figures against a plain recomputation from the ledger
 * (demo street, five months of history), manual entries apart, the monthly cap, and separation of duties — nobody
 * credits themself, verifies their own 报到, grants themself a role, or surveys an order they served.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import type { LedgerEntry } from '../../types/domain';
import type { BoardPeriod } from '../../types/points';
import { createApi } from '../../cloud/actions/shared/api';
import { periodMonths } from '../../cloud/domain/leaderboard';
import { localDay } from '../../cloud/domain/stats.facts';
import { foldStats } from '../../cloud/jobs/stats.fold';
import { localPlatform } from '../../cloud/platform/platform.local';
import { seedDemo } from '../../cloud/seed/demo';
import { toLedger } from '../../cloud/store/pg/rows';
import { inDays, makePerson, openTestStore, submission, testPlaces } from '../factories';

type Api = ReturnType<typeof createApi>;

function caller(api: Api) {
  const call = async <A extends ActionName>(openid: string, action: A, data: ActionInput<A>) => api({ action, data }, { openid });
  const ok = async <A extends ActionName>(openid: string, action: A, data: ActionInput<A>): Promise<ActionOutput<A>> => {
    const res = await call(openid, action, data);
    if (res.code !== 0) throw new Error(`${action} as ${openid}: ${res.code} ${res.message}`);
    return res.data as ActionOutput<A>;
  };
  return { call, ok };
}

/** The board as a person would total it from the ledger rows of the period, without the month rows. */
function recount(entries: LedgerEntry[], communityIds: string[], period: BoardPeriod, now: Date) {
  const { fromMonth, toMonth } = periodMonths(period, now);
  const inPeriod = entries.filter((e) => communityIds.includes(e.communityId) && localDay(e.at).slice(0, 7) >= fromMonth && localDay(e.at).slice(0, 7) <= toMonth);
  const sum = (manual: boolean) => {
    const out = new Map<string, { points: number; hours: number }>();
    for (const e of inPeriod.filter((x) => x.manual === manual)) {
      const t = out.get(e.memberId) ?? { points: 0, hours: 0 };
      out.set(e.memberId, { points: t.points + e.points, hours: t.hours + e.hours });
    }
    return Object.fromEntries([...out].filter(([, t]) => t.points > 0 || t.hours > 0));
  };
  return { verified: sum(false), manual: sum(true) };
}

test('先锋榜 of each community and of the street, each period: verified figures from the ledger, manual ones apart', async () => {
  const store = await openTestStore();
  try {
    const now = new Date();
    await seedDemo(store, localPlatform(), now);
    const { ok } = caller(createApi({ store, platform: localPlatform(), clock: () => now }));
    const ledger: LedgerEntry[] = (await store.db.query('SELECT * FROM ledger')).map(toLedger);
    expect(ledger.some((e) => e.manual) && ledger.some((e) => !e.manual)).toBe(true);
    const round = (o: Record<string, { points: number; hours: number }>) =>
      Object.fromEntries(Object.entries(o).map(([k, t]) => [k, { points: t.points, hours: Math.round(t.hours * 100) / 100 }]));
    const scopes = [
      { scope: { communityId: 'dongtoucun' }, ids: ['dongtoucun'], as: 'demo-resident' },
      { scope: { communityId: 'xiyingli' }, ids: ['xiyingli'], as: 'demo-staff-xyl' },
      { scope: { streetId: 'nandajie' }, ids: ['dongtoucun', 'xiyingli'], as: 'demo-street' },
    ];
    let compared = 0;
    for (const { scope, ids, as } of scopes) {
      for (const period of ['month', 'quarter', 'year'] as const) {
        const board = await ok(as, 'leaderboard.get', { scope, period });
        const want = recount(ledger, ids, period, now);
        const got = (list: { memberId: string; points: number; hours: number }[]) => round(Object.fromEntries(list.map((e) => [e.memberId, { points: e.points, hours: e.hours }])));
        expect(got(board.entries.map((e) => ({ memberId: e.card.memberId, points: e.points, hours: e.hours })))).toEqual(round(want.verified));
        expect(got(board.manual)).toEqual(round(want.manual));
        // Ranked by points, then hours; a rank is shared only by equal figures.
        for (const [i, e] of board.entries.entries()) {
          if (i === 0) expect(e.rank).toBe(1);
          else {
            const prev = board.entries[i - 1];
            expect(prev.points > e.points || (prev.points === e.points && prev.hours >= e.hours)).toBe(true);
            expect(e.rank).toBe(prev.points === e.points && prev.hours === e.hours ? prev.rank : i + 1);
          }
        }
        expect(JSON.stringify(board)).not.toMatch(/1[3-9]\d{9}/);
        compared += board.entries.length + board.manual.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // The demo members' pledges are on their cards.
    const year = await ok('demo-resident', 'leaderboard.get', { scope: { communityId: 'dongtoucun' }, period: 'year' });
    expect(year.entries.find((e) => e.card.name === '张建国')?.card).toMatchObject({ branch: '常州市供电公司党支部', pledge: '家里水电有问题，随叫随到，修好为止' });
  } finally {
    await store.close();
  }
}, 120_000);

test('manual points: capped per member per month, never for oneself; the audit list shows who, for whom, why', async () => {
  const store = await openTestStore();
  try {
    let now = new Date('2026-03-20T02:00:00Z');
    const { call, ok } = caller(createApi({ store, platform: localPlatform(), clock: () => now }));
    await store.savePlaces(testPlaces());
    const member = await makePerson(store, 'm1', 'member');
    await makePerson(store, 's1', 'staff');
    // A staff member who is also a verified member of the community.
    const both = await makePerson(store, 's2', 'member');
    await store.grantRole(both, 'staff', { communityId: 'c1' });
    store.forget();

    const add = (as: string, memberId: string, points: number, hours = 0) => call(as, 'ledger.addManual', { communityId: 'c1', memberId, points, hours, reason: '组织社区义诊' });
    expect(await add('s1', member, 12)).toMatchObject({ code: 0 });
    expect(await add('s2', member, 8, 2)).toMatchObject({ code: 0 });
    // 20 of 20 this month: even one more point is refused, and nothing is written.
    expect(await add('s1', member, 1)).toMatchObject({ code: 'LEDGER.CAP_EXCEEDED', message: '超出该党员本月补录上限，请核对后再补录' });
    expect(await add('s2', both, 5)).toMatchObject({ code: 'DUTY.SELF_CREDIT', message: '不能给自己补录积分，请由社区其他工作人员补录' });
    expect(await add('s1', both, 5)).toMatchObject({ code: 0 });
    // A new month (+08:00) starts a new allowance.
    now = new Date('2026-03-31T16:30:00Z');
    expect(await add('s1', member, 20)).toMatchObject({ code: 0 });

    const all = await ok('s1', 'ledger.manualList', { communityId: 'c1' });
    expect(all.items.map((e) => [e.memberName, e.points, e.createdByName, e.reason])).toEqual([
      ['党员m1', 20, 's1', '组织社区义诊'],
      ['党员s2', 5, 's1', '组织社区义诊'],
      ['党员m1', 8, 's2', '组织社区义诊'],
      ['党员m1', 12, 's1', '组织社区义诊'],
    ]);
    expect((await ok('s1', 'ledger.manualList', { communityId: 'c1', month: '2026-03', memberId: member })).items.map((e) => e.points)).toEqual([8, 12]);
    expect((await ok('s1', 'ledger.manualList', { communityId: 'c1', month: '2026-04' })).items.map((e) => e.points)).toEqual([20]);
    const paged = await ok('s1', 'ledger.manualList', { communityId: 'c1', limit: 3 });
    expect(paged.items).toHaveLength(3);
    expect((await ok('s1', 'ledger.manualList', { communityId: 'c1', limit: 3, cursor: paged.nextCursor! })).items.map((e) => e.points)).toEqual([12]);
    expect(await call('m1', 'ledger.manualList', { communityId: 'c1' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });

    // On the board: apart from the verified rank, which manual points never enter.
    const board = await ok('m1', 'leaderboard.get', { scope: { communityId: 'c1' }, period: 'month', at: '2026-03-15T00:00:00.000Z' });
    expect(board.entries).toEqual([]);
    expect(board.manual.map((m) => [m.name, m.points])).toEqual([['党员m1', 20], ['党员s2', 5]]);
  } finally {
    await store.close();
  }
});

test('separation of duties: no verifying one’s own 报到, no granting oneself a role, no surveying an order one served', async () => {
  const store = await openTestStore();
  try {
    const now = new Date();
    const { call, ok } = caller(createApi({ store, platform: localPlatform(), clock: () => now }));
    await store.savePlaces(testPlaces());
    const admin = await makePerson(store, 'a1', 'admin');
    const staff = await makePerson(store, 's1', 'staff');
    await makePerson(store, 'r1', 'resident');
    // The admin registered as a member too: their 报到 waits for someone else.
    await ok('a1', 'member.register', { communityId: 'c1', realName: '王书记', phone: '13900003333', workUnit: '某单位', branch: '某支部' });
    expect(await call('a1', 'member.review', { communityId: 'c1', userId: admin, decision: 'verify' })).toMatchObject({ code: 'DUTY.SELF_REVIEW' });
    expect((await store.getMember(admin, 'c1'))?.status).toBe('pending');
    expect(await call('s1', 'member.review', { communityId: 'c1', userId: admin, decision: 'verify' })).toMatchObject({ code: 0 });

    const roles = async () => (await store.rolesOf(admin)).map((r) => `${r.role}:${r.gridId ?? ''}`).sort();
    const before = await roles();
    expect(await call('a1', 'staff.grant', { communityId: 'c1', userId: admin, role: 'staff' })).toMatchObject({ code: 'DUTY.SELF_GRANT', message: '不能给自己授予角色，请由其他管理员授予' });
    expect(await call('a1', 'grid.grant', { communityId: 'c1', userId: admin, role: 'grid_leader', gridIds: ['c1-g1'] })).toMatchObject({ code: 'DUTY.SELF_GRANT' });
    store.forget();
    expect(await roles()).toEqual(before);
    expect(await call('a1', 'staff.grant', { communityId: 'c1', userId: staff, role: 'admin' })).toMatchObject({ code: 0 });

    // The admin, now a verified member, serves an order; they may not survey it, staff may.
    const order = await ok('r1', 'order.submit', submission('served'));
    await ok('s1', 'order.dispatch', { orderId: order.id, deadline: inDays(3) });
    await ok('a1', 'order.claim', { orderId: order.id });
    await ok('a1', 'order.complete', { orderId: order.id, note: '已修好', hours: 1 });
    await ok('r1', 'order.confirm', { orderId: order.id, stars: 5 });
    expect(await call('a1', 'survey.record', { orderId: order.id, reached: true, stars: 5 })).toMatchObject({ code: 'DUTY.SELF_SURVEY' });
    const surveyed = await ok('s1', 'survey.record', { orderId: order.id, reached: true, stars: 2, note: '上门晚了' });
    expect(surveyed.timeline.at(-1)).toMatchObject({ type: 'survey', note: '测评·不满意（2星）：上门晚了', actorId: staff });
    await ok('s1', 'survey.record', { orderId: order.id, reached: false });
    // Both calls count in 有效回访率: one reached of two, one unsatisfied.
    await foldStats(store, new Date(Date.now() + 1000));
    const stats = await ok('s1', 'stats.community', { communityId: 'c1', from: new Date(now.getTime() - 86_400_000).toISOString(), to: new Date(now.getTime() + 86_400_000).toISOString() });
    expect(stats).toMatchObject({ visitReachRate: 0.5, counts: { visits: 2, visitsReached: 1, visitsUnsatisfied: 1 } });
    // The served order shows the member's 三亮 card to the resident.
    const seen = await ok('r1', 'order.detail', { orderId: order.id });
    expect(seen.holderCards).toEqual([expect.objectContaining({ memberId: admin, name: '王书记', branch: '某支部', workUnit: '某单位' })]);
    expect(JSON.stringify(seen.holderCards)).not.toContain('13900003333');
  } finally {
    await store.close();
  }
});
