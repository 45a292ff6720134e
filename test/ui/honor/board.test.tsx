/**
 * 先锋榜: the period and the reach are asked of the server as chosen; members show ranked with their 三亮 cards;
 * manual points are listed apart, saying they are not in the rank.
 */
import { fireEvent } from '@testing-library/react';
import type { Leaderboard } from '../../../types/points';
import BoardPage from '../../../src/honor/board';
import { api } from '../fake-api';
import { me } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const card = (memberId: string, name: string) => ({
  memberId, communityId: 'c1', name, branch: '供电公司党支部', workUnit: '常州市供电公司', skills: ['水电维修'], pledge: '随叫随到，修好为止',
});

const board = (over: Partial<Leaderboard> = {}): Leaderboard => ({
  period: 'month', fromDay: '2026-11-01', toDay: '2026-11-30', label: '2026年11月', scopeName: '东头村社区',
  entries: [
    { rank: 1, card: card('m1', '张建国'), communityName: '东头村社区', points: 25, hours: 6.5 },
    { rank: 2, card: card('m2', '陈静'), communityName: '东头村社区', points: 10, hours: 3 },
  ],
  manual: [{ memberId: 'm3', name: '刘洋', communityName: '东头村社区', points: 12, hours: 3 }],
  ...over,
});

test('a resident sees members ranked with their 三亮 cards and manual points apart', async () => {
  api.on('leaderboard.get', () => board());
  await renderAs(me(['resident']), <BoardPage />);
  expect(await screen.findByText('东头村社区 · 2026年11月 先锋榜')).toBeInTheDocument();
  const entries = screen.getAllByTestId('board-entry');
  expect(entries.map((e) => e.getAttribute('data-rank'))).toEqual(['1', '2']);
  expect(entries[0]).toHaveTextContent('张建国');
  expect(entries[0]).toHaveTextContent('25 分 · 6.5 小时');
  expect(entries[0]).toHaveTextContent('随叫随到，修好为止');
  expect(screen.getByTestId('board-manual')).toHaveTextContent('不计入排名');
  expect(screen.getByTestId('board-manual')).toHaveTextContent('刘洋');
  expect(api.callsOf('leaderboard.get')).toEqual([{ scope: { communityId: 'c1' }, period: 'month' }]);
});

test('本年 and 全街道 are asked of the server', async () => {
  api.on('leaderboard.get', (input) => board({ scopeName: 'streetId' in input.scope ? '全街道' : '东头村社区', label: input.period === 'year' ? '2026年' : '2026年11月' }));
  await renderAs(me(['resident']), <BoardPage />);
  await screen.findByTestId('board-title');
  fireEvent.click(screen.getByTestId('period-year'));
  await waitFor(() => expect(screen.getByTestId('board-title')).toHaveTextContent('东头村社区 · 2026年 先锋榜'));
  fireEvent.click(screen.getByTestId('reach-street'));
  await waitFor(() => expect(screen.getByTestId('board-title')).toHaveTextContent('全街道 · 2026年 先锋榜'));
  expect(api.callsOf('leaderboard.get').at(-1)).toEqual({ scope: { streetId: 'st1' }, period: 'year' });
});

test('an empty period says how points get there', async () => {
  api.on('leaderboard.get', () => board({ entries: [], manual: [] }));
  await renderAs(me(['resident']), <BoardPage />);
  expect(await screen.findByText('这段时间还没有党员记分')).toBeInTheDocument();
  expect(screen.queryByTestId('board-manual')).not.toBeInTheDocument();
});
