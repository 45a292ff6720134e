/**
 * The dashboards against a plain recomputation: the demo street with its five months of history (made through the
 * real actions, closed by the real sweep), folded by the job, then every figure of both communities checked against
 * counts taken straight from the orders and their timelines in this test.
 */
import type { ActionOutput } from '../../types/actions';
import type { Order, OrderEvent } from '../../types/domain';
import { createApi } from '../../cloud/actions/shared/api';
import { foldStats } from '../../cloud/jobs/stats.fold';
import { sweep } from '../../cloud/jobs/sweep';
import { localPlatform } from '../../cloud/platform/platform.local';
import { seedDemo } from '../../cloud/seed/demo';
import { openTestStore } from '../factories';

const share = (part: number, whole: number) => (whole ? part / whole : null);

/** The figures as a person would count them from the orders, without the aggregates. */
function recount(list: { order: Order; events: OrderEvent[] }[]) {
  const closed = list.filter(({ order }) => order.status === 'closed');
  const own = closed.filter(({ order }) => order.rating && !order.rating.autoClosed && order.rating.stars !== null);
  const completed = list.filter(({ order }) => order.completedAt);
  const onTime = completed.filter(({ order }) => !order.deadline || order.completedAt! <= order.deadline);
  const takenUp = list.map(({ order, events }) => ({ order, e: events.find((e) => e.from === 'submitted' && ['dispatch', 'assign', 'reject', 'escalate'].includes(e.type)) }));
  const due = takenUp.filter(({ order, e }) => e || order.acceptOverdueAt);
  const inTime = takenUp.filter(({ order, e }) => e && (!order.acceptBy || e.at <= order.acceptBy));
  // 回访 by staff and 测评 calls both count; a call that did not reach the resident is counted, not as reached.
  const visits = list.flatMap(({ events }) => events.filter((e) => e.type === 'visit' || e.type === 'survey'));
  const reached = visits.filter((e) => !e.note!.startsWith('未联系上') && !e.note!.startsWith('测评·未接通'));
  const reopened = completed.filter(({ events }) => events.some((e) => e.type === 'reopen'));
  return {
    received: list.length,
    resolutionRate: share(closed.length, list.length),
    satisfaction: share(own.filter(({ order }) => order.rating!.stars! >= 4).length, own.length),
    autoClosed: closed.filter(({ order }) => order.rating?.autoClosed).length,
    onTimeRate: share(onTime.length, completed.length),
    responseRate: share(inTime.length, due.length),
    visitReachRate: share(reached.length, visits.length),
    reopenRate: share(reopened.length, completed.length),
  };
}

test('both demo communities: every rate from the aggregates equals the count from the orders', async () => {
  const store = await openTestStore();
  try {
    const now = new Date();
    await seedDemo(store, localPlatform(), now);
    await sweep(store, now);
    await foldStats(store, now, { maxBatches: 1000 });
    const all = await store.changedOrders(null, 1000);
    const api = createApi({ store, platform: localPlatform(), clock: () => now });
    const period = { from: new Date(now.getTime() - 365 * 86_400_000).toISOString(), to: new Date(now.getTime() + 60_000).toISOString() };
    for (const [communityId, staff] of [['dongtoucun', 'demo-staff'], ['xiyingli', 'demo-staff-xyl']]) {
      const res = await api({ action: 'stats.community', data: { communityId, ...period } }, { openid: staff });
      if (res.code !== 0) throw new Error(res.message);
      const figures = res.data as ActionOutput<'stats.community'>;
      const mine = all.filter(({ order }) => order.communityId === communityId);
      expect(mine.length).toBeGreaterThan(25);
      expect(figures).toMatchObject(recount(mine));
      // The history has a bit of everything, so the comparison above compares something.
      expect(figures.autoClosed * figures.counts.reopened * figures.counts.visits).toBeGreaterThan(0);
    }
  } finally {
    await store.close();
  }
}, 120_000);
