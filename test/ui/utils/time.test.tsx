/**
 * Honest times: one figure for the time left on every screen (剩余3天 stays 剩余3天 just after it is set), time
 * left or overdue only while an order runs, and a finished order says when it finished and whether in time.
 * An escalated order shows its own step.
 */
import { render, within } from '@testing-library/react';
import OrderCard from '../../../src/components/order-card';
import OrderSteps from '../../../src/components/order-steps';
import StatusTag from '../../../src/components/status-tag';
import { deadlineNote, remaining } from '../../../src/utils/time';
import { orderDetail } from '../builders';

const NOW = new Date('2026-11-21T06:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

test('the time left reads as set: 3 days stays 剩余3天 a moment later, hours under a day, minutes under an hour', () => {
  expect(remaining(at(3 * DAY), NOW)).toBe('剩余3天');
  expect(remaining(at(3 * DAY - 60_000), NOW)).toBe('剩余3天');
  expect(remaining(at(3 * DAY - 10 * HOUR), NOW)).toBe('剩余3天');
  expect(remaining(at(2 * DAY + 11 * HOUR), NOW)).toBe('剩余2天');
  expect(remaining(at(DAY), NOW)).toBe('剩余1天');
  expect(remaining(at(5 * HOUR - 60_000), NOW)).toBe('剩余5小时');
  expect(remaining(at(30 * 60_000), NOW)).toBe('剩余30分钟');
  expect(remaining(at(-3 * HOUR), NOW)).toBe('已超期3小时');
  expect(remaining(at(-17 * DAY), NOW)).toBe('已超期17天');
});

test('time left or overdue only while the order runs; refused or cancelled orders say nothing of it', () => {
  for (const status of ['submitted', 'open', 'assigned', 'in_progress', 'escalated'] as const) {
    expect(deadlineNote({ status, deadline: at(2 * DAY), completedAt: null, closedAt: null }, NOW)).toEqual({ text: '剩余2天', late: false });
  }
  expect(deadlineNote({ status: 'in_progress', deadline: at(-DAY), completedAt: null, closedAt: null }, NOW)).toEqual({ text: '已超期1天', late: true });
  for (const status of ['rejected', 'cancelled'] as const) {
    expect(deadlineNote({ status, deadline: at(2 * DAY), completedAt: null, closedAt: at(-HOUR) }, NOW)).toBeNull();
  }
});

test('a finished order says when it finished and whether that was in time, however long ago', () => {
  const deadline = '2026-11-01T06:00:00.000Z';
  expect(deadlineNote({ status: 'closed', deadline, completedAt: '2026-10-31T02:00:00.000Z', closedAt: '2026-11-02T02:00:00.000Z' }, NOW)).toEqual({
    text: '10月31日 10:00 按时办结',
    late: false,
  });
  expect(deadlineNote({ status: 'awaiting_rating', deadline, completedAt: '2026-11-03T06:00:00.000Z', closedAt: null }, NOW)).toEqual({
    text: '11月3日 14:00 办结，超期2天',
    late: true,
  });
});

test('a finished order in a list shows how it finished, not 已超期17天; the 已超期 tag is for running orders only', () => {
  const late = orderDetail({ status: 'closed', deadline: '2026-11-01T06:00:00.000Z', completedAt: '2026-11-01T02:00:00.000Z', closedAt: '2026-11-02T02:00:00.000Z', overdue: true });
  const { container } = render(<OrderCard order={late} showDeadline />);
  expect(container).toHaveTextContent('按时办结');
  expect(container).not.toHaveTextContent('超期');
  const tag = render(<StatusTag status="in_progress" overdue />);
  expect(tag.container).toHaveTextContent('已超期');
});

test('an escalated order shows 已上报 as its current step, not 已派单', () => {
  const { getByTestId } = render(<OrderSteps status="escalated" />);
  const steps = within(getByTestId('order-steps'));
  expect(steps.queryByText('已派单')).not.toBeInTheDocument();
  expect(steps.getByText('已上报').closest('[aria-current]')).toHaveAttribute('aria-current', 'step');
});
