/**
 * The pure half of the dashboards: what one order contributes (stats.facts.ts) and how counters become figures
 * (stats.figures.ts) — percentiles from the histogram, days and buckets at +08:00, the street's ranking.
 */
import type { Order, OrderEvent } from '../../types/domain';
import { acceptBucket, factOf, localDay } from '../../cloud/domain/stats.facts';
import { acceptPercentile, addInto, bucketStarts, coreFigures, emptyDay, periodDays, rankCommunities, splitMonths } from '../../cloud/domain/stats.figures';

const T0 = '2026-03-01T02:00:00.000Z';

function order(over: Partial<Order> = {}): Order {
  return {
    id: 'o1', communityId: 'c1', streetId: 'st1', gridId: null, residentId: 'r', categoryId: 'k1', title: '', description: '',
    photos: [], address: null, preferredTime: null, contactName: '', contactPhone: '', urgency: 'normal', answers: {}, status: 'closed',
    priority: 'normal', deadline: '2026-03-04T02:00:00.000Z', headcount: 1, points: 5, mode: 'pool', poolLimit: null,
    assigneeId: null, assignedAt: null, holders: [{ memberId: 'm1', name: '', claimedAt: T0, progressAt: null, remindedAt: null, part: null }], escalationNote: null,
    department: null,
    completedAt: '2026-03-02T02:00:00.000Z', serviceHours: 1, rating: { stars: 5, comment: null, autoClosed: false },
    overdueAt: null, acceptBy: '2026-03-02T02:00:00.000Z', acceptOverdueAt: null, createdAt: T0, updatedAt: T0, closedAt: T0, version: 5,
    urgedAt: null, recordId: null, placedBy: null,
    ...over,
  };
}
const event = (type: OrderEvent['type'], from: OrderEvent['from'], minutes: number, note: string | null = null): OrderEvent => ({
  id: String(minutes), orderId: 'o1', at: new Date(Date.parse(T0) + minutes * 60_000).toISOString(), actorId: null, actorRole: 'staff',
  type, from, to: 'open', note, photos: [],
});

test('days are calendar days at +08:00; a period [from, to) covers whole days', () => {
  expect(localDay('2026-02-28T15:59:59.999Z')).toBe('2026-02-28');
  expect(localDay('2026-02-28T16:00:00.000Z')).toBe('2026-03-01');
  expect(periodDays('2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z')).toEqual({ fromDay: '2026-03-01', toDay: '2026-03-31' });
  expect(bucketStarts('2026-03-01', '2026-03-10', 'week')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
  expect(bucketStarts('2026-01-31', '2026-03-01', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
});

test('an auto-closed order is never satisfied, a 代评 is counted apart, unrated waits apart', () => {
  const auto = factOf(order({ rating: { stars: null, comment: null, autoClosed: true } }), []);
  expect(auto.counters).toMatchObject({ auto_closed: 1, resolved: 1 });
  expect(auto.counters.rated).toBeUndefined();
  expect(auto.counters.satisfied).toBeUndefined();
  const proxy = factOf(order({ rating: { stars: 5, comment: null, autoClosed: false, proxy: { by: 'grid' } } as Order['rating'] }), []);
  expect(proxy.counters).toMatchObject({ proxy_rated: 1 });
  expect(proxy.counters.satisfied).toBeUndefined();
  const waiting = factOf(order({ status: 'awaiting_rating', rating: null }), []);
  expect(waiting.counters).toMatchObject({ unrated: 1, completed: 1 });
  expect(coreFigures(addInto(addInto(addInto(emptyDay(), auto.counters), proxy.counters), waiting.counters)).satisfaction).toBeNull();
});

test('受理 is the first time staff took it up; a call not reached is counted but not as reached', () => {
  const f = factOf(order(), [event('submit', null, 0), event('dispatch', 'submitted', 40), event('street_return', 'escalated', 90), event('dispatch', 'submitted', 3000), event('visit', 'closed', 4000, '未联系上：无人接听'), event('visit', 'closed', 4100, '不满意：还在漏水')]);
  expect(f.counters).toMatchObject({ accept_due: 1, accept_in_time: 1, ah3: 1, visits: 2, visits_reached: 1, visits_unsatisfied: 1 });
  expect(acceptBucket(5)).toBe(0);
  expect(acceptBucket(6)).toBe(1);
  expect(acceptBucket(1e9)).toBe(12);
});

test('测评 calls count in 有效回访率 beside 回访: reached, unreached, unsatisfied', () => {
  const f = factOf(order(), [event('visit', 'closed', 4000, '满意：电话回访'), event('survey', 'closed', 4100, '测评·未接通'), event('survey', 'closed', 4200, '测评·不满意（2星）：上门太晚'), event('survey', 'closed', 4300, '测评·满意（5星）')]);
  expect(f.counters).toMatchObject({ visits: 4, visits_reached: 3, visits_unsatisfied: 1 });
  expect(coreFigures(addInto(emptyDay(), f.counters)).visitReachRate).toBe(0.75);
});

test('p50 and p90 are the upper edges of the buckets holding them', () => {
  const t = emptyDay();
  t.ah0 = 2; // ≤ 5 minutes
  t.ah1 = 1; // ≤ 15
  t.ah9 = 2; // ≤ 2880
  expect(acceptPercentile(t, 0.5)).toBe(15);
  expect(acceptPercentile(t, 0.9)).toBe(2880);
  expect(acceptPercentile(emptyDay(), 0.5)).toBeNull();
});

test('the ranking: best score first, equal scores share a rank, no score last', () => {
  const t = (acceptInTime: number, resolved: number) => ({ ...emptyDay(), received: 2, accept_due: 2, accept_in_time: acceptInTime, resolved });
  const ranked = rankCommunities([
    { communityId: 'a', name: '甲', overdueNow: 0, ...coreFigures(t(1, 1)) },
    { communityId: 'b', name: '乙', overdueNow: 0, ...coreFigures(t(2, 2)) },
    { communityId: 'c', name: '丙', overdueNow: 0, ...coreFigures(t(1, 1)) },
    { communityId: 'd', name: '丁', overdueNow: 0, ...coreFigures(emptyDay()) },
  ]);
  expect(ranked.map((c) => [c.communityId, c.rank, c.score])).toEqual([
    ['b', 1, 100],
    ['c', 2, 50],
    ['a', 2, 50],
    ['d', 4, null],
  ]);
});

test('a long period reads whole months from the month rows and only its ends from the day rows', () => {
  expect(splitMonths('2026-01-15', '2026-04-10')).toEqual({
    days: [{ fromDay: '2026-01-15', toDay: '2026-01-31' }, { fromDay: '2026-04-01', toDay: '2026-04-10' }],
    months: { from: '2026-02', to: '2026-03' },
  });
  expect(splitMonths('2026-02-01', '2026-02-28')).toEqual({ days: [], months: { from: '2026-02', to: '2026-02' } });
  expect(splitMonths('2026-03-02', '2026-03-31')).toEqual({ days: [{ fromDay: '2026-03-02', toDay: '2026-03-31' }], months: null });
  expect(splitMonths('2026-03-01', '2026-03-30')).toEqual({ days: [{ fromDay: '2026-03-01', toDay: '2026-03-30' }], months: null });
});
