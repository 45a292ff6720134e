/**
 * The 晒 board pages: a visitor who is not signed in reads a community's board from its link and shares it with a
 * card that names only the community; staff hide and show items and approve a resident's comment on 晒板管理.
 */
import { fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import BoardViewPage from '../../../src/board/view';
import BoardManagePage from '../../../src/board/manage';
import { SessionProvider } from '../../../src/services/session';
import { DEFAULT_GRID_THRESHOLDS } from '../../../cloud/domain/grid.colors';
import type { BoardItem, BoardPage, BoardReviewItem } from '../../../types/board';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';
import { router } from '../stubs/taro';

const useShare = Taro.useShareAppMessage as jest.Mock;

const ORDER: BoardItem = { kind: 'order', id: 'o1', at: '2026-11-20T02:00:00.000Z', category: '水电维修', grid: '第一网格', days: 2, stars: 5, comment: '服务很周到，谢谢！' };
const WISH: BoardItem = { kind: 'wish', id: 'w1', at: '2026-11-18T02:00:00.000Z', title: '想要一台收音机', beneficiary: '东头村社区 · 独居老人', claimer: '社区党员' };
const PAGE: BoardPage = {
  community: { id: 'c1', name: '东头村社区' },
  figures: { month: '2026-11', received: 14, responseRate: 1, resolutionRate: 0.5, satisfaction: 0.9 },
  items: [ORDER, WISH],
  nextCursor: null,
  gridColors: {
    quarter: '2026年第4季度', fromDay: '2026-10-01', toDay: '2026-12-31', thresholds: DEFAULT_GRID_THRESHOLDS,
    grids: [{ gridId: 'g1', name: '第一网格', communityId: 'c1', communityName: '东头村社区', received: 20, onTimeRate: 1, satisfaction: 1, visitReachRate: 0.95, color: 'red' }],
  },
};

test('signed out, the board opens from its link: the month’s figures and the items; the share card names only the community', async () => {
  useShare.mockClear();
  router.params = { c: 'c1' };
  api.on('session.me', () => refuse('AUTH.REQUIRED'));
  api.on('board.get', () => PAGE);
  render(
    <SessionProvider>
      <BoardViewPage />
    </SessionProvider>,
  );
  await screen.findByText('水电维修');
  expect(api.callsOf('board.get')).toEqual([{ communityId: 'c1', cursor: undefined }]);
  expect(screen.getByTestId('board-figures')).toHaveTextContent('14 件本月受理100%响应率50%解决率90%满意率');
  expect(screen.getByText('第一网格 · 2 天办结')).toBeInTheDocument();
  expect(screen.getByText('“服务很周到，谢谢！”')).toBeInTheDocument();
  expect(screen.getByText('为 东头村社区 · 独居老人 圆梦')).toBeInTheDocument();
  expect(screen.getByText('没有更多了')).toBeInTheDocument();
  // 三色网格 of the quarter, the colour said in words.
  expect(screen.getByTestId('grid-colors')).toHaveTextContent('三色网格（2026年第4季度）');
  expect(screen.getByTestId('grid-color')).toHaveTextContent('红第一网格受理20件');
  const card = useShare.mock.calls.at(-1)![0]();
  expect(card).toEqual({ title: '东头村社区 · 晒晒我们的服务成绩单', path: '/board/view/index?c=c1', imageUrl: '/assets/share.png' });
});

test('a failed load says why and offers 重新加载, which loads the board', async () => {
  router.params = { c: 'c1' };
  api.on('session.me', () => refuse('AUTH.REQUIRED'));
  api.on('board.get', () => refuse('SYSTEM.INTERNAL'));
  render(
    <SessionProvider>
      <BoardViewPage />
    </SessionProvider>,
  );
  fireEvent.click(await screen.findByText('重新加载'));
  api.on('board.get', () => PAGE);
  fireEvent.click(await screen.findByText('重新加载'));
  await screen.findByText('水电维修');
});

test('staff hide an item and show it again, and approve a resident’s comment', async () => {
  const review: BoardReviewItem[] = [{ ...ORDER, comment: null, hidden: false, pendingComment: '张师傅很热心', commentApproved: false }];
  api.on('board.review', () => ({ items: review, nextCursor: null }));
  api.on('board.hide', (d) => ({ kind: d.kind, id: d.id, hidden: d.hidden }));
  api.on('board.approveComment', (d) => ({ orderId: d.orderId, approved: d.approved }));
  const staff = me(['staff']);
  await renderAs(staff, <BoardManagePage />);
  await screen.findByText('居民留言：“张师傅很热心”');
  expect(screen.getByText('未公开')).toBeInTheDocument();

  fireEvent.click(screen.getByText('隐藏'));
  await screen.findByText('已隐藏', { selector: '.board-card__hidden' });
  expect(api.callsOf('board.hide')).toEqual([{ communityId: 'c1', kind: 'order', id: 'o1', hidden: true }]);
  fireEvent.click(screen.getByText('恢复显示'));
  await waitFor(() => expect(screen.queryByText('已隐藏', { selector: '.board-card__hidden' })).toBeNull());

  fireEvent.click(screen.getByText('公开留言'));
  await screen.findByText('已公开');
  expect(api.callsOf('board.approveComment')).toEqual([{ orderId: 'o1', approved: true }]);
});

test('someone who is not staff of the community is told the page is for staff, and nothing is loaded', async () => {
  await renderAs(me(['resident']), <BoardManagePage />);
  await screen.findByText('只有社区工作人员可以管理晒板');
  expect(api.callsOf('board.review')).toEqual([]);
});
