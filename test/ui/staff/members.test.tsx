/**
 * 党员审核: pending 报到 with everything staff need to decide (phone in full), 通过 removes the card, 驳回 needs a
 * note (client check and the server's field message), tabs and search reach the server.
 */
import { fireEvent, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MemberListItem } from '../../../types/views';
import MembersPage from '../../../src/app/staff/members';
import { formatTime } from '../../../src/utils/time';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const member = (over: Partial<MemberListItem> = {}): MemberListItem => ({
  userId: 'm4', communityId: 'c1', realName: '赵磊', phone: '13905190005', workUnit: '常州市第一中学', branch: '常州市第一中学党支部',
  skills: ['课业辅导', '心理疏导'], teamId: 'c1-t3', gridId: 'c1-g1', status: 'pending', reviewNote: null, notifyPool: false,
  createdAt: '2026-11-19T02:00:00.000Z', teamName: '黄色助学队', gridName: '第一网格', activeOrders: 0, lastActiveAt: null, ...over,
});

let pending: MemberListItem[];

beforeEach(() => {
  (Taro.showModal as jest.Mock).mockClear();
  pending = [member(), member({ userId: 'm5', realName: '钱芳', phone: '13905190006', workUnit: '天宁区人民法院', branch: '法院机关党支部', skills: [] })];
  api.on('member.list', ({ status, q }) => ({
    items: (status === 'pending' ? pending : status === 'rejected' ? [member({ userId: 'm9', realName: '孙强', status: 'rejected', reviewNote: '单位信息不符' })] : [])
      .filter((m) => !q || m.realName.includes(q) || m.workUnit.includes(q) || m.branch.includes(q)),
    nextCursor: null,
  }));
});

const card = (name: string) => screen.getAllByTestId('member-card').find((c) => c.textContent?.includes(name))!;

test('pending cards show what staff need to decide, the phone in full', async () => {
  await renderAs(me(['staff'], '李娟'), <MembersPage />);
  await screen.findAllByTestId('member-card');
  expect(api.callsOf('member.list')[0]).toMatchObject({ communityId: 'c1', status: 'pending' });
  const c = card('赵磊');
  for (const text of ['13905190005', '常州市第一中学', '常州市第一中学党支部', '课业辅导', '心理疏导', '黄色助学队', '第一网格', formatTime('2026-11-19T02:00:00.000Z')]) {
    expect(c).toHaveTextContent(text);
  }
  expect(within(c).getByTestId('member-phone')).toHaveTextContent('13905190005');
  expect(within(c).getByText('通过')).toBeInTheDocument();
  expect(within(c).getByText('驳回')).toBeInTheDocument();
});

test('通过 asks to confirm, sends verify, and the card leaves the pending list', async () => {
  api.on('member.review', (d) => member({ userId: d.userId, status: 'verified' }));
  await renderAs(me(['staff']), <MembersPage />);
  await screen.findAllByTestId('member-card');
  fireEvent.click(within(card('赵磊')).getByText('通过'));
  await waitFor(() => expect(api.callsOf('member.review')).toEqual([{ communityId: 'c1', userId: 'm4', decision: 'verify' }]));
  expect(Taro.showModal).toHaveBeenCalled();
  await waitFor(() => expect(screen.getAllByTestId('member-card')).toHaveLength(1));
  expect(screen.queryByText('赵磊')).not.toBeInTheDocument();
  expect(await screen.findByText('已通过赵磊的报到')).toBeInTheDocument();
});

test('驳回 requires a note before it is sent; then the card leaves', async () => {
  api.on('member.review', (d) => member({ userId: d.userId, status: 'rejected', reviewNote: d.note ?? null }));
  await renderAs(me(['staff']), <MembersPage />);
  await screen.findAllByTestId('member-card');
  fireEvent.click(within(card('钱芳')).getByText('驳回'));
  const sheet = await screen.findByTestId('reject-sheet');
  fireEvent.click(within(sheet).getByText('确认驳回'));
  expect(await screen.findByTestId('field-error-note')).toHaveTextContent('驳回时请填写原因');
  expect(api.callsOf('member.review')).toEqual([]);

  fireEvent.change(within(sheet).getByPlaceholderText(/工作单位/), { target: { value: '工作单位与组织关系不符，请核实' } });
  fireEvent.click(within(sheet).getByText('确认驳回'));
  await waitFor(() =>
    expect(api.callsOf('member.review')).toEqual([{ communityId: 'c1', userId: 'm5', decision: 'reject', note: '工作单位与组织关系不符，请核实' }]),
  );
  await waitFor(() => expect(screen.queryByTestId('reject-sheet')).not.toBeInTheDocument());
  expect(screen.getAllByTestId('member-card')).toHaveLength(1);
  expect(screen.queryByText('钱芳')).not.toBeInTheDocument();
});

test('the server’s field message for the note is shown beside it and the sheet stays open', async () => {
  api.on('member.review', () => refuse('INPUT.INVALID', { note: '审核意见最多200个字' }));
  await renderAs(me(['staff']), <MembersPage />);
  await screen.findAllByTestId('member-card');
  fireEvent.click(within(card('赵磊')).getByText('驳回'));
  const sheet = await screen.findByTestId('reject-sheet');
  fireEvent.change(within(sheet).getByPlaceholderText(/工作单位/), { target: { value: '太长了' } });
  fireEvent.click(within(sheet).getByText('确认驳回'));
  expect(await within(sheet).findByTestId('field-error-note')).toHaveTextContent('审核意见最多200个字');
  expect(screen.getAllByTestId('member-card')).toHaveLength(2);
});

test('someone else reviewed it first: the message, and the card leaves', async () => {
  api.on('member.review', () => refuse('MEMBER.NOT_PENDING'));
  await renderAs(me(['staff']), <MembersPage />);
  await screen.findAllByTestId('member-card');
  fireEvent.click(within(card('赵磊')).getByText('通过'));
  expect(await screen.findByText('该报到申请已处理过了')).toBeInTheDocument();
  await waitFor(() => expect(screen.getAllByTestId('member-card')).toHaveLength(1));
});

test('tabs and search go to the server; other tabs have no review buttons', async () => {
  await renderAs(me(['staff']), <MembersPage />);
  await screen.findAllByTestId('member-card');
  fireEvent.change(screen.getByTestId('members-search'), { target: { value: '法院' } });
  await waitFor(() => expect(api.callsOf('member.list').at(-1)).toMatchObject({ status: 'pending', q: '法院' }));
  await waitFor(() => expect(screen.getAllByTestId('member-card')).toHaveLength(1));
  expect(screen.getByTestId('member-card')).toHaveTextContent('钱芳');

  fireEvent.change(screen.getByTestId('members-search'), { target: { value: '没有这个人' } });
  expect(await screen.findByText('没有找到“没有这个人”')).toBeInTheDocument();
  fireEvent.click(screen.getByText('清除搜索'));

  fireEvent.click(screen.getByTestId('tab-rejected'));
  await waitFor(() => expect(api.callsOf('member.list').at(-1)).toEqual({ communityId: 'c1', status: 'rejected', limit: 20 }));
  const rejected = await screen.findByTestId('member-card');
  expect(rejected).toHaveTextContent('单位信息不符');
  expect(within(rejected).queryByText('通过')).not.toBeInTheDocument();

  fireEvent.click(screen.getByTestId('tab-verified'));
  expect(await screen.findByText('还没有已报到的党员')).toBeInTheDocument();
});
