/**
 * A team order on screen: each member's part (who reported, hours, note), "2/3 已报告"; a holder reports their own
 * part (also straight from 我的任务); staff close it for the team (代为结单) with a reason.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { OrderView } from '../../../types/views';
import TasksPage from '../../../src/app/member/tasks';
import OrderPage from '../../../src/app/order/detail';
import { ROUTES } from '../../../src/utils/routes';
import { api, refuse } from '../fake-api';
import { me, orderDetail } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const part = (hours: number, note: string) => ({ note, hours, at: '2026-11-20T06:00:00.000Z', photos: [], photoUrls: [] });
const holders = [
  { memberId: 'u1', name: '张建国', claimedAt: '2026-11-20T03:00:00.000Z', part: part(2, '搬走了旧衣柜') },
  { memberId: 'u2', name: '陈静', claimedAt: '2026-11-20T03:05:00.000Z', part: part(1, '打扫楼道') },
  { memberId: 'u3', name: '刘洋', claimedAt: '2026-11-20T03:10:00.000Z', part: null },
];
const team = (over: Parameters<typeof orderDetail>[0] = {}) =>
  orderDetail({ status: 'in_progress', mode: 'pool', headcount: 3, version: 9, holders, deadline: '2099-01-01T00:00:00.000Z', ...over });

test('everyone sees each member’s part and 2/3 已报告', async () => {
  api.on('order.detail', () => team({ actions: [] }));
  await renderAs(me(['resident']), <OrderPage />, { id: 'o1' });
  const parts = await screen.findByTestId('team-parts');
  expect(within(parts).getByTestId('team-parts-count')).toHaveTextContent('2/3 已报告');
  const rows = parts.querySelectorAll('[data-member-id]');
  expect(Array.from(rows).map((r) => [r.getAttribute('data-member-id'), r.getAttribute('data-reported')])).toEqual([
    ['u1', 'true'],
    ['u2', 'true'],
    ['u3', 'false'],
  ]);
  expect(rows[0]).toHaveTextContent('已报告 · 2小时');
  expect(rows[0]).toHaveTextContent('搬走了旧衣柜');
  expect(rows[2]).toHaveTextContent('待报告');
});

test('the member still to report sends their own part through order.complete; a missing photo is shown beside the photos', async () => {
  api.on('order.detail', () => team({ actions: ['progress', 'report_part', 'release'] }));
  let tries = 0;
  api.on('order.complete', () => (++tries === 1 ? refuse('ORDER.PHOTO_REQUIRED', { photos: '请至少上传一张服务完成的照片' }) : team({ status: 'awaiting_rating', actions: [] })));
  await renderAs(me([['member', 'verified']], '刘洋'), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('报告我的完成情况'));
  fireEvent.change(screen.getByPlaceholderText('请写清情况'), { target: { value: '清运了三袋垃圾' } });
  fireEvent.click(screen.getByText('提交'));
  expect((await screen.findAllByText('请至少上传一张服务完成的照片')).length).toBeGreaterThan(0);
  fireEvent.click(screen.getByText('提交'));
  await waitFor(() => expect(api.callsOf('order.complete')).toHaveLength(2));
  expect(api.callsOf('order.complete')[1]).toEqual({ orderId: 'o1', version: 9, note: '清运了三袋垃圾', photos: [], hours: 1 });
});

test('opened from 我的任务 to report, the sheet is open at once', async () => {
  api.on('order.detail', () => team({ actions: ['progress', 'report_part', 'release'] }));
  await renderAs(me([['member', 'verified']], '刘洋'), <OrderPage />, { id: 'o1', do: 'report_part' });
  expect(await screen.findByTestId('command-sheet')).toHaveAttribute('aria-label', '报告我的完成情况');
});

test('staff close it for the team (代为结单) only with a reason', async () => {
  api.on('order.detail', () => team({ actions: ['close_team', 'escalate'] }));
  api.on('order.closeTeam', () => team({ status: 'awaiting_rating', actions: [] }));
  await renderAs(me(['staff']), <OrderPage />, { id: 'o1' });
  fireEvent.click(await screen.findByText('代为结单'));
  fireEvent.click(screen.getByText('确认代为结单'));
  expect(await screen.findByText('请填写代为结单的原因')).toBeInTheDocument();
  fireEvent.change(screen.getByPlaceholderText('例如：队员刘洋临时住院，其余队员已完成服务'), { target: { value: '刘洋临时住院' } });
  fireEvent.click(screen.getByText('确认代为结单'));
  await waitFor(() => expect(api.callsOf('order.closeTeam')).toEqual([{ orderId: 'o1', version: 9, reason: '刘洋临时住院' }]));
});

test('我的任务 shows a team task’s 2/3 and lets the member report their own part from there', async () => {
  const { timeline: _t, ...mine } = team({ id: 'o7', actions: ['progress', 'report_part', 'release'] });
  const { timeline: _u, ...reported } = team({ id: 'o8', actions: ['progress'] });
  api.on('order.myClaims', () => ({ items: [mine as OrderView, reported as OrderView], nextCursor: null }));
  (Taro.navigateTo as jest.Mock).mockClear();
  await renderAs(me([['member', 'verified']], '刘洋'), <TasksPage />);
  const [first, second] = await screen.findAllByTestId('task-team');
  expect(first).toHaveTextContent('团队任务 · 2/3 已报告');
  expect(second).toHaveTextContent('我已报告');
  expect(screen.getAllByTestId('task-report-part').map((b) => b.getAttribute('data-order-id'))).toEqual(['o7']);
  fireEvent.click(screen.getByTestId('task-report-part'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.order}?id=o7&do=report_part` });
});
