/**
 * The rules of time: default deadlines by priority, what counts as overdue, and the cut-offs the sweep uses.
 */
import { ORDER_STATUSES, type Priority } from '../../types/domain';
import {
  assignTimeoutBefore,
  autoCloseBefore,
  DEFAULT_SETTINGS,
  defaultDeadline,
  isActive,
  isOverdue,
} from '../../cloud/domain/policies';

const NOW = new Date('2026-03-01T02:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();

describe('defaultDeadline', () => {
  test.each<[Priority, string]>([
    ['high', '2026-03-02T02:00:00.000Z'],
    ['normal', '2026-03-04T02:00:00.000Z'],
    ['low', '2026-03-08T02:00:00.000Z'],
  ])('%s priority → %s (1, 3, 7 calendar days, weekends included)', (priority, want) => {
    expect(defaultDeadline(priority, NOW)).toBe(want);
  });

  test('counts from the now it is given, not the wall clock', () => {
    expect(defaultDeadline('high', new Date('2020-02-28T12:00:00Z'))).toBe('2020-02-29T12:00:00.000Z');
  });
});

describe('isOverdue', () => {
  const ACTIVE = ['submitted', 'open', 'assigned', 'in_progress', 'escalated'];

  test('only the active statuses run a deadline', () => {
    expect(ORDER_STATUSES.filter(isActive)).toEqual(ACTIVE);
  });

  test.each(ORDER_STATUSES)('%s, an hour past the deadline', (status) => {
    expect(isOverdue({ status, deadline: at(-HOUR) }, NOW)).toBe(ACTIVE.includes(status));
  });

  test('the deadline itself is still on time; a millisecond later is overdue', () => {
    expect(isOverdue({ status: 'open', deadline: at(0) }, NOW)).toBe(false);
    expect(isOverdue({ status: 'open', deadline: at(-1) }, NOW)).toBe(true);
    expect(isOverdue({ status: 'open', deadline: at(DAY) }, NOW)).toBe(false);
  });

  test('an order without a deadline (not yet accepted) is never overdue', () => {
    expect(isOverdue({ status: 'submitted', deadline: null }, NOW)).toBe(false);
  });
});

describe('sweep cut-offs', () => {
  test('with the default settings: completed 7 days ago auto-closes, assigned 24 hours ago times out', () => {
    expect(autoCloseBefore(NOW, DEFAULT_SETTINGS).toISOString()).toBe('2026-02-22T02:00:00.000Z');
    expect(assignTimeoutBefore(NOW, DEFAULT_SETTINGS).toISOString()).toBe('2026-02-28T02:00:00.000Z');
  });

  test('a community’s own settings are honoured', () => {
    const settings = { ...DEFAULT_SETTINGS, autoCloseDays: 3, assignTimeoutHours: 6 };
    expect(autoCloseBefore(NOW, settings).toISOString()).toBe('2026-02-26T02:00:00.000Z');
    expect(assignTimeoutBefore(NOW, settings).toISOString()).toBe('2026-02-28T20:00:00.000Z');
  });
});
