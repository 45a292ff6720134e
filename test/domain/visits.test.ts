/**
 * 民情日记 schedule: a record's interval from its tags, its due day and status on an injected day (China time), the
 * due list most overdue first, the visit day rule, and who may visit which record.
 */
import type { RoleGrant } from '../../types/domain';
import { DEFAULT_SETTINGS } from '../../cloud/domain/policies';
import { chinaDate, dueList, intervalDays, mayVisit, scheduleOf, visitDateError, visitScope } from '../../cloud/domain/visits';

const DAYS = DEFAULT_SETTINGS.visitDays;
/** 10:00 China time on 2026-03-10. */
const NOW = new Date('2026-03-10T02:00:00Z');
const kept = { createdAt: '2026-01-05T01:00:00Z' };

describe('interval from tags', () => {
  test('the shortest of its tags, from the community setting', () => {
    expect(intervalDays(['高龄'], DAYS)).toBe(14);
    expect(intervalDays(['高龄', '孤寡老人'], DAYS)).toBe(7);
    expect(intervalDays(['留守儿童', '残疾'], DAYS)).toBe(14);
    expect(intervalDays(['留守儿童'], { ...DAYS, 留守儿童: 21 })).toBe(21);
  });
  test('tags the setting does not schedule (or sets to 0) ask for no visits', () => {
    expect(intervalDays([], DAYS)).toBeNull();
    expect(intervalDays(['党员'], DAYS)).toBeNull();
    expect(intervalDays(['高龄'], { 高龄: 0 })).toBeNull();
    expect(intervalDays(['toString'], DAYS)).toBeNull();
  });
});

describe('schedule on a given day', () => {
  test('due interval days after the last visit, counted in China calendar days', () => {
    // Visited 2026-03-03 23:30 China time (15:30Z): due 2026-03-10 for 孤寡老人 (7 days), whatever the hour.
    const s = scheduleOf({ tags: ['孤寡老人'], ...kept }, '2026-03-03T15:30:00Z', DAYS, NOW);
    expect(s).toEqual({ intervalDays: 7, lastVisitAt: '2026-03-03T15:30:00Z', dueDate: '2026-03-10', daysLeft: 0, status: 'due' });
  });
  test('待走访 from 3 days before the due day; 已逾期 the day after it; otherwise on schedule', () => {
    const status = (lastVisit: string) => scheduleOf({ tags: ['高龄'], ...kept }, lastVisit, DAYS, NOW);
    expect(status('2026-02-28T02:00:00Z')).toMatchObject({ dueDate: '2026-03-14', daysLeft: 4, status: 'ok' });
    expect(status('2026-03-01T02:00:00Z')).toMatchObject({ dueDate: '2026-03-15', daysLeft: 5, status: 'ok' });
    expect(status('2026-02-27T02:00:00Z')).toMatchObject({ dueDate: '2026-03-13', daysLeft: 3, status: 'due' });
    expect(status('2026-02-23T02:00:00Z')).toMatchObject({ dueDate: '2026-03-09', daysLeft: -1, status: 'overdue' });
    expect(status('2026-02-01T02:00:00Z')).toMatchObject({ dueDate: '2026-02-15', daysLeft: -23, status: 'overdue' });
  });
  test('a record never visited is due from the day it was kept', () => {
    expect(scheduleOf({ tags: ['独居'], createdAt: '2026-03-09T20:00:00Z' }, null, DAYS, NOW)).toMatchObject({
      dueDate: '2026-03-10', // 04:00 on the 10th, China time
      daysLeft: 0,
      status: 'due',
    });
    expect(scheduleOf({ tags: ['独居'], ...kept }, null, DAYS, NOW)).toMatchObject({ dueDate: '2026-01-05', daysLeft: -64, status: 'overdue' });
  });
  test('a record no tag schedules is never due', () => {
    expect(scheduleOf({ tags: ['党员'], ...kept }, null, DAYS, NOW)).toEqual({ intervalDays: null, lastVisitAt: null, dueDate: null, daysLeft: null, status: 'ok' });
  });
});

test('the due list: due and overdue only, most overdue first, ties by id', () => {
  const rec = (id: string, tags: string[]) => ({ id, tags, ...kept });
  const list = dueList(
    [
      { record: rec('b', ['高龄']), lastVisitAt: '2026-02-20T02:00:00Z' }, // due 03-06: 4 days over
      { record: rec('a', ['孤寡老人']), lastVisitAt: '2026-03-09T02:00:00Z' }, // due 03-16: fine
      { record: rec('c', ['独居']), lastVisitAt: null }, // due 01-05: 64 days over
      { record: rec('d', ['高龄']), lastVisitAt: '2026-02-20T03:00:00Z' }, // same day as b
      { record: rec('e', ['孤寡老人']), lastVisitAt: '2026-03-04T02:00:00Z' }, // due 03-11: due tomorrow
      { record: rec('f', []), lastVisitAt: null },
    ],
    DAYS,
    NOW,
  );
  expect(list.map((e) => [e.record.id, e.schedule.daysLeft, e.schedule.status])).toEqual([
    ['c', -64, 'overdue'],
    ['b', -4, 'overdue'],
    ['d', -4, 'overdue'],
    ['e', 1, 'due'],
  ]);
});

test('a visit may be logged for today or an earlier day, not a later one (China calendar)', () => {
  expect(visitDateError('2026-03-10T15:59:00Z', NOW)).toBeNull(); // 23:59 today
  expect(visitDateError('2026-02-01T02:00:00Z', NOW)).toBeNull();
  expect(visitDateError('2026-03-10T16:00:00Z', NOW)).toBe('VISIT.IN_FUTURE'); // 00:00 tomorrow
  expect(chinaDate('2026-03-10T16:00:00Z')).toBe('2026-03-11');
});

describe('who may visit', () => {
  const grant = (role: RoleGrant['role'], communityId: string, gridId?: string): RoleGrant => ({
    role, communityId, streetId: null, memberStatus: null, ...(gridId ? { gridId } : {}),
  });
  const inG1 = { communityId: 'c1', gridId: 'c1-g1' };
  const inG2 = { communityId: 'c1', gridId: 'c1-g2' };
  const noGrid = { communityId: 'c1', gridId: null };

  test('staff and admin: every record of their community, no other', () => {
    for (const role of ['staff', 'admin'] as const) {
      const c = { roles: [grant(role, 'c1')] };
      expect(visitScope(c, 'c1')).toEqual({ gridIds: null });
      expect([inG1, inG2, noGrid].every((r) => mayVisit(c, r))).toBe(true);
      expect(mayVisit(c, { communityId: 'c2', gridId: 'c2-g1' })).toBe(false);
    }
  });
  test('grid workers and leaders: the records of their grids only', () => {
    const worker = { roles: [grant('grid_worker', 'c1', 'c1-g1'), grant('resident', 'c1')] };
    expect(visitScope(worker, 'c1')).toEqual({ gridIds: ['c1-g1'] });
    expect([inG1, inG2, noGrid].map((r) => mayVisit(worker, r))).toEqual([true, false, false]);
    const leader = { roles: [grant('grid_leader', 'c1', 'c1-g2')] };
    expect([inG1, inG2].map((r) => mayVisit(leader, r))).toEqual([false, true]);
    expect(visitScope(leader, 'c2')).toBeNull();
  });
  test('residents, members and street staff keep no visits', () => {
    const others = [grant('resident', 'c1'), grant('member', 'c1'), { ...grant('street_staff', 'c1'), communityId: null, streetId: 'st1' }];
    for (const g of others) {
      expect(visitScope({ roles: [g] }, 'c1')).toBeNull();
      expect(mayVisit({ roles: [g] }, inG1)).toBe(false);
    }
  });
});
