/**
 * 我的积分: the totals (积分, 服务时长, 服务次数) and the entries behind them; manual entries say 手动记分 and why.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { LedgerEntry } from '../../../types/domain';
import PointsPage from '../../../src/app/member/points';
import { ROUTES } from '../../../src/utils/routes';
import { api, refuse } from '../fake-api';
import { me } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const entry = (id: string, over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id, memberId: 'u1', communityId: 'c1', orderId: `o-${id}`, points: 5, hours: 2, manual: false, reason: null, createdBy: null,
  at: '2026-11-20T02:00:00.000Z', ...over,
});

beforeEach(() => (Taro.navigateTo as jest.Mock).mockClear());

test('shows the totals and each entry; manual ones are marked 手动记分 with their reason', async () => {
  api.on('ledger.mine', () => ({
    points: 23, hours: 7.5, orders: 3,
    entries: { items: [entry('e1'), entry('e2', { manual: true, orderId: null, points: 10, hours: 0, reason: '疫情防控志愿服务', createdBy: 'u-staff' })], nextCursor: null },
  }));
  await renderAs(me([['member', 'verified']], '张建国'), <PointsPage />);
  await waitFor(() => expect(screen.getByTestId('points-total-points')).toHaveTextContent('23'));
  expect(screen.getByTestId('points-total-hours')).toHaveTextContent('7.5');
  expect(screen.getByTestId('points-total-orders')).toHaveTextContent('3');
  expect(api.callsOf('ledger.mine')).toEqual([{ communityId: 'c1' }]);

  const [service, manual] = screen.getAllByTestId('ledger-entry');
  expect(service).toHaveAttribute('data-manual', 'false');
  expect(service).toHaveTextContent('完成服务');
  expect(service).toHaveTextContent('+5 分');
  expect(service).toHaveTextContent('2 小时');
  expect(manual).toHaveAttribute('data-manual', 'true');
  expect(within(manual).getByText('手动记分')).toBeInTheDocument();
  expect(manual).toHaveTextContent('疫情防控志愿服务');
  expect(manual).toHaveTextContent('+10 分');
  expect(manual).not.toHaveTextContent('小时');

  fireEvent.click(service);
  expect((Taro.navigateTo as jest.Mock).mock.calls).toEqual([[{ url: `${ROUTES.order}?id=o-e1` }]]);
});

test('entries load page by page', async () => {
  api.on('ledger.mine', ({ cursor }) => ({
    points: 15, hours: 6, orders: 3,
    entries: cursor === 'p2' ? { items: [entry('e3')], nextCursor: null } : { items: [entry('e1'), entry('e2')], nextCursor: 'p2' },
  }));
  await renderAs(me([['member', 'verified']], '张建国'), <PointsPage />);
  await screen.findAllByTestId('ledger-entry');
  fireEvent.click(screen.getByText('加载更多'));
  await waitFor(() => expect(screen.getAllByTestId('ledger-entry')).toHaveLength(3));
  expect(api.callsOf('ledger.mine').at(-1)).toEqual({ communityId: 'c1', cursor: 'p2' });
  expect(screen.getByText('没有更多了')).toBeInTheDocument();
});

test('no entries yet points to the pool; a dropped network offers a retry', async () => {
  let offline = true;
  api.on('ledger.mine', () => (offline ? refuse('NETWORK.OFFLINE') : { points: 0, hours: 0, orders: 0, entries: { items: [], nextCursor: null } }));
  await renderAs(me([['member', 'verified']], '张建国'), <PointsPage />);
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  offline = false;
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByText('还没有积分记录')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByTestId('points-total-points')).toHaveTextContent('0'));
  fireEvent.click(screen.getByText('去接单大厅'));
  expect((Taro.navigateTo as jest.Mock).mock.calls).toEqual([[{ url: ROUTES.pool }]]);
});
