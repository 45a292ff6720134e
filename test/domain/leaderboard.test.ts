/**
 * 先锋榜's pure half: the calendar period holding a day (at +08:00), the ranking by verified points then hours with
 * shared ranks, manual entries apart, and the 三亮 card carrying no phone.
 */
import type { MemberProfile } from '../../types/domain';
import { STANDARD_PLEDGE } from '../../types/points';
import { periodMonths, pioneerCard, rankBoard, type BoardInput } from '../../cloud/domain/leaderboard';

const profile = (userId: string, over: Partial<MemberProfile> = {}): MemberProfile => ({
  userId, communityId: 'c1', realName: `党员${userId}`, phone: '13900001111', workUnit: '供电公司', branch: '供电公司党支部', skills: ['水电维修'],
  teamId: null, gridId: null, status: 'verified', reviewNote: null, notifyPool: false, createdAt: '2026-01-01T00:00:00.000Z', ...over,
});
const row = (id: string, points: number, hours: number, manualPoints = 0, manualHours = 0): BoardInput => ({
  card: pioneerCard(profile(id)), communityName: '东头村社区', points, hours, manualPoints, manualHours,
});

test('the month, quarter and year holding an instant, at +08:00', () => {
  // 2026-09-30 16:30 UTC is 1 October in Beijing: the fourth quarter.
  const at = new Date('2026-09-30T16:30:00.000Z');
  expect(periodMonths('month', at)).toEqual({ fromMonth: '2026-10', toMonth: '2026-10', fromDay: '2026-10-01', toDay: '2026-10-31', label: '2026年10月' });
  expect(periodMonths('quarter', at)).toEqual({ fromMonth: '2026-10', toMonth: '2026-12', fromDay: '2026-10-01', toDay: '2026-12-31', label: '2026年第4季度' });
  expect(periodMonths('year', at)).toMatchObject({ fromMonth: '2026-01', toMonth: '2026-12', label: '2026年' });
  expect(periodMonths('quarter', new Date('2026-02-15T00:00:00.000Z'))).toMatchObject({ fromMonth: '2026-01', toMonth: '2026-03', toDay: '2026-03-31' });
  expect(periodMonths('month', new Date('2028-02-10T00:00:00.000Z')).toDay).toBe('2028-02-29');
});

test('ranked by verified points then hours; ties share a rank; manual figures never move the rank', () => {
  const { entries, manual } = rankBoard([row('a', 10, 2), row('b', 30, 1), row('c', 10, 2, 50, 5), row('d', 10, 4), row('e', 0, 0, 20, 1)]);
  expect(entries.map((e) => [e.card.memberId, e.rank, e.points, e.hours])).toEqual([
    ['b', 1, 30, 1],
    ['d', 2, 10, 4],
    ['a', 3, 10, 2],
    ['c', 3, 10, 2],
  ]);
  expect(manual).toEqual([
    { memberId: 'c', name: '党员c', communityName: '东头村社区', points: 50, hours: 5 },
    { memberId: 'e', name: '党员e', communityName: '东头村社区', points: 20, hours: 1 },
  ]);
});

test('the 三亮 card: name, branch, work unit, skills and pledge (the standard one when none) — never the phone', () => {
  const card = pioneerCard(profile('a'));
  expect(card).toEqual({ memberId: 'a', communityId: 'c1', name: '党员a', branch: '供电公司党支部', workUnit: '供电公司', skills: ['水电维修'], pledge: STANDARD_PLEDGE });
  expect(JSON.stringify(card)).not.toContain('13900001111');
  expect(pioneerCard(profile('a', { pledge: '  每周上门一次  ' })).pledge).toBe('每周上门一次');
});
