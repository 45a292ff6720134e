/**
 * 积分补录记录: staff see each manual entry with for whom, how much, why, by whom and when; the month is asked of the
 * server as chosen, and 加载更多 brings the next page after the first.
 */
import { fireEvent } from '@testing-library/react';
import type { ManualEntryView } from '../../../types/points';
import ManualPage from '../../../src/honor/manual';
import { api } from '../fake-api';
import { me } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const entry = (id: string, memberName: string, points: number): ManualEntryView => ({
  id, memberId: `m-${id}`, memberName, points, hours: 2, reason: '参加社区义诊活动', createdBy: 's1', createdByName: '李娟', at: '2026-03-01T02:05:00.000Z',
});

test('staff see who was credited, how much, why, by whom and when, and page on', async () => {
  api.on('ledger.manualList', (input) => (input.cursor ? { items: [entry('3', '刘洋', 12)], nextCursor: null } : { items: [entry('1', '张建国', 10), entry('2', '陈静', 5)], nextCursor: 'next' }));
  await renderAs(me(['staff']), <ManualPage />);
  const first = await screen.findAllByTestId('manual-entry');
  expect(first).toHaveLength(2);
  expect(first[0]).toHaveTextContent('张建国');
  expect(first[0]).toHaveTextContent('+10 分 · 2 小时');
  expect(first[0]).toHaveTextContent('参加社区义诊活动');
  expect(first[0]).toHaveTextContent('李娟 记入 · 2026年3月1日 10:05');
  expect(api.callsOf('ledger.manualList')[0]).toEqual({ communityId: 'c1', month: expect.stringMatching(/^\d{4}-\d{2}$/) });
  fireEvent.click(screen.getByText('加载更多'));
  await waitFor(() => expect(screen.getAllByTestId('manual-entry')).toHaveLength(3));
  expect(screen.queryByText('加载更多')).not.toBeInTheDocument();
  fireEvent.click(screen.getByTestId('manual-all'));
  await waitFor(() => expect(api.callsOf('ledger.manualList').at(-1)).toEqual({ communityId: 'c1' }));
});

test('a resident is told the page is for staff', async () => {
  await renderAs(me(['resident']), <ManualPage />);
  expect(await screen.findByText('积分补录记录仅对社区工作人员开放')).toBeInTheDocument();
  expect(api.callsOf('ledger.manualList')).toEqual([]);
});
