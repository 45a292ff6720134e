/**
 * 民情日记 pages: the due list (已逾期 first, with days, counts; a tap opens the diary), the diary (schedule, visits,
 * 记一次走访 with its checks and the server's field message) and 转为代点单 carrying the visit's need to the form.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { DiaryPage, DueVisitView, VisitView } from '../../../types/visits';
import VisitsPage from '../../../src/app/staff/visits';
import DiaryPageView from '../../../src/app/staff/visits/diary';
import { local } from '../../../src/utils/time';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const due = (over: Partial<DueVisitView>): DueVisitView => ({
  residentId: 'r1', name: '周桂兰', gridId: 'c1-g1', gridName: '第一网格', tags: ['孤寡老人'], building: '5栋',
  intervalDays: 7, lastVisitAt: null, dueDate: '2026-11-20', daysLeft: -8, status: 'overdue', ...over,
});

const visit = (over: Partial<VisitView> = {}): VisitView => ({
  id: 'v1', recordId: 'r1', communityId: 'c1', at: '2026-11-20T04:00:00.000Z', way: 'door', wayName: '上门走访',
  found: '老人腿脚不便', needs: '希望每周有人帮忙买一次菜', photos: [], photoUrls: [], loggedBy: 'u1', loggedByName: '李娟',
  loggedAt: '2026-11-20T05:00:00.000Z', orderId: null, orderLinkedBy: null, orderLinkedAt: null, ...over,
});

const diary = (items: VisitView[]): DiaryPage => ({
  resident: {
    residentId: 'r1', name: '周桂兰', gridId: 'c1-g1', gridName: '第一网格', tags: ['孤寡老人', '高龄'], building: '5栋',
    schedule: { intervalDays: 7, lastVisitAt: items[0]?.at ?? null, dueDate: '2026-11-27', daysLeft: -1, status: 'overdue' },
  },
  items,
  nextCursor: null,
});

beforeEach(() => (Taro.navigateTo as jest.Mock).mockClear());

test('the due list: most overdue first with days, counts, and a tap opens the diary', async () => {
  api.on('visit.due', () => ({
    items: [due({}), due({ residentId: 'r2', name: '孙德福', daysLeft: 0, status: 'due', tags: ['独居'] }), due({ residentId: 'r3', name: '钱大爷', daysLeft: 2, status: 'due' })],
    nextCursor: null,
    counts: { overdue: 1, due: 2 },
  }));
  await renderAs(me(['staff']), <VisitsPage />);
  const cards = await screen.findAllByTestId('due-card');
  expect(api.callsOf('visit.due')[0]).toMatchObject({ communityId: 'c1' });
  expect(cards.map((c) => c.textContent)).toEqual([
    expect.stringContaining('已逾期8天'),
    expect.stringContaining('今天到期'),
    expect.stringContaining('2天后到期'),
  ]);
  expect(cards[0]).toHaveTextContent('第一网格 · 5栋 · 每7天走访一次');
  expect(screen.getByTestId('visit-counts')).toHaveTextContent('已逾期 1 户待走访 2 户');
  fireEvent.click(cards[1]);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/app/staff/visits/diary/index?id=r2' });
});

test('staff look at one grid at a time if they like; a grid worker chooses among their own grids only', async () => {
  const grids = [1, 2, 3].map((i) => ({ id: `c1-g${i}`, communityId: 'c1', name: `第${i}网格` }));
  api.on('menu.get', () => ({ community: me([]).communities[0], categories: [], grids, teams: [], residentTags: [] }));
  api.on('visit.due', ({ gridId }) => ({ items: [due({ gridId: gridId ?? 'c1-g1' })], nextCursor: null, counts: { overdue: 1, due: 0 } }));
  const view = await renderAs(me(['staff']), <VisitsPage />);
  const chips = await screen.findByTestId('visit-grids');
  expect(chips).toHaveTextContent('全部网格第1网格第2网格第3网格');
  fireEvent.click(within(chips).getByText('第2网格'));
  await waitFor(() => expect(api.callsOf('visit.due').at(-1)).toMatchObject({ communityId: 'c1', gridId: 'c1-g2' }));
  view.unmount();

  const worker = me([]);
  worker.roles = ['c1-g1', 'c1-g3'].map((gridId) => ({ role: 'grid_worker', communityId: 'c1', streetId: null, memberStatus: null, gridId }));
  await renderAs(worker, <VisitsPage />);
  expect(await screen.findByTestId('visit-grids')).toHaveTextContent('我的网格第1网格第3网格');
});

test('the diary: the schedule and visits; 记一次走访 checks what was found, then sends the way and the day', async () => {
  let items = [visit()];
  api.on('visit.list', () => diary(items));
  api.on('visit.log', (d) => {
    const logged = visit({ id: 'v2', at: d.at, way: d.way, wayName: '电话走访', found: d.found, needs: d.needs ?? null });
    items = [logged, ...items];
    return logged;
  });
  await renderAs(me(['grid_worker']), <DiaryPageView />, { id: 'r1' });
  const head = await screen.findByTestId('diary-head');
  expect(head).toHaveTextContent('周桂兰');
  expect(head).toHaveTextContent('已逾期1天');
  expect(head).toHaveTextContent('每7天走访一次 · 上次走访 11月20日');
  expect(screen.getAllByTestId('visit-card')[0]).toHaveTextContent('需求：希望每周有人帮忙买一次菜');

  fireEvent.click(screen.getByTestId('visit-new'));
  const form = await screen.findByTestId('visit-form');
  fireEvent.click(within(form).getByTestId('visit-submit'));
  expect(await screen.findByTestId('field-error-found')).toHaveTextContent('请填写走访情况');
  expect(api.callsOf('visit.log')).toEqual([]);

  fireEvent.click(within(form).getByText('电话走访'));
  fireEvent.click(within(form).getByText('昨天'));
  fireEvent.change(within(form).getByPlaceholderText(/身体还好/), { target: { value: '电话联系，一切正常' } });
  fireEvent.click(within(form).getByTestId('visit-submit'));
  await waitFor(() => expect(api.callsOf('visit.log')).toHaveLength(1));
  const sent = api.callsOf('visit.log')[0];
  const yesterday = local(new Date().toISOString()).add(-1, 'day').format('YYYY-MM-DD');
  expect(sent).toEqual({ residentId: 'r1', at: new Date(`${yesterday}T12:00:00+08:00`).toISOString(), way: 'phone', found: '电话联系，一切正常', needs: null, photos: [], idempotencyKey: expect.stringMatching(/^visit-/) });
  await waitFor(() => expect(screen.queryByTestId('visit-form')).not.toBeInTheDocument());
  await waitFor(() => expect(screen.getAllByTestId('visit-card')).toHaveLength(2));
});

test('the server’s message for the day is shown beside it and the form stays open', async () => {
  api.on('visit.list', () => diary([]));
  api.on('visit.log', () => refuse('VISIT.IN_FUTURE', { at: '走访日期不能晚于今天' }));
  await renderAs(me(['staff']), <DiaryPageView />, { id: 'r1' });
  fireEvent.click(await screen.findByTestId('visit-new'));
  const form = await screen.findByTestId('visit-form');
  fireEvent.change(within(form).getByPlaceholderText(/身体还好/), { target: { value: '上门看望' } });
  fireEvent.click(within(form).getByTestId('visit-submit'));
  expect(await screen.findByTestId('field-error-at')).toHaveTextContent('走访日期不能晚于今天');
  expect(screen.getByTestId('visit-form')).toBeInTheDocument();
});

test('转为代点单 opens the 代点单 form prefilled from the visit; a visit already placed shows its order', async () => {
  api.on('visit.list', () => diary([visit(), visit({ id: 'v0', needs: '修水管', orderId: 'o9', orderLinkedBy: 'u1', orderLinkedAt: '2026-11-13T05:00:00.000Z' })]));
  await renderAs(me(['grid_worker']), <DiaryPageView />, { id: 'r1' });
  const [first, second] = await screen.findAllByTestId('visit-card');
  fireEvent.click(within(first).getByText('转为代点单'));
  const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string;
  const [path, query] = url.split('?');
  expect(path).toBe('/app/staff/order-for/index');
  expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
    residentId: 'r1', title: '希望每周有人帮忙买一次菜', visitId: 'v1',
    description: `${local('2026-11-20T04:00:00.000Z').format('M月D日')}上门走访：老人腿脚不便\n需求：希望每周有人帮忙买一次菜`,
  });
  expect(within(second).queryByText('转为代点单')).not.toBeInTheDocument();
  fireEvent.click(within(second).getByText('查看代点单'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/app/order/detail/index?id=o9' });
});
