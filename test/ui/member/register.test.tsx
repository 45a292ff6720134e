/**
 * 党员报到: the form for someone not yet registered (checked here and by the server), and the state of a
 * registration already sent: under review, verified (三亮), or rejected with the reviewer's note and the form to re-apply.
 */
import { fireEvent, within } from '@testing-library/react';
import type { MemberView, MenuView } from '../../../types/views';
import RegisterPage from '../../../src/app/member/register';
import { api, refuse } from '../fake-api';
import { me } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const menu = (): MenuView => ({
  community: { id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' },
  categories: [],
  grids: [
    { id: 'c1-g1', communityId: 'c1', name: '第一网格' },
    { id: 'c1-g2', communityId: 'c1', name: '第二网格' },
  ],
  teams: [
    { id: 'c1-t1', communityId: 'c1', name: '红色先锋队', color: '#d32f2f' },
    { id: 'c1-t6', communityId: 'c1', name: '蓝色维修队', color: '#1565c0' },
  ],
  residentTags: [],
});

const profile = (over: Partial<MemberView> = {}): MemberView => ({
  userId: 'u1', communityId: 'c1', realName: '张建国', phone: '13905190002', workUnit: '常州市供电公司', branch: '供电公司第一党支部',
  skills: ['水电维修', '家电维修'], teamId: 'c1-t6', teamName: '蓝色维修队', gridId: 'c1-g1', gridName: '第一网格',
  status: 'pending', reviewNote: null, notifyPool: false, createdAt: '2026-11-20T02:00:00.000Z', ...over,
});

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

beforeEach(() => {
  api.on('menu.get', menu);
});

test('someone not registered fills the form and sees it under review', async () => {
  api.on('member.me', () => null);
  api.on('member.register', (input) => profile({ ...input, teamName: '红色先锋队', gridName: '第二网格', skills: input.skills ?? [] }));
  await renderAs(me(['resident'], '张建国'), <RegisterPage />);
  const form = await screen.findByTestId('member-register-form');
  expect(screen.getByTestId('register-realName')).toHaveValue('张建国');

  type('register-phone', '13905190002');
  type('register-workUnit', '常州市供电公司');
  type('register-branch', '供电公司第一党支部');
  fireEvent.click(within(form).getByText('+ 水电维修'));
  type('skill-input', '摄影');
  fireEvent.click(screen.getByTestId('skill-add'));
  expect(screen.getAllByTestId('skill-chip').map((c) => c.textContent)).toEqual(['水电维修×', '摄影×']);
  fireEvent.click(await screen.findByText('红色先锋队'));
  fireEvent.click(screen.getByText('第二网格'));
  fireEvent.click(screen.getByTestId('register-submit'));

  await waitFor(() =>
    expect(api.callsOf('member.register')).toEqual([
      { communityId: 'c1', realName: '张建国', phone: '13905190002', workUnit: '常州市供电公司', branch: '供电公司第一党支部', skills: ['水电维修', '摄影'], teamId: 'c1-t1', gridId: 'c1-g2' },
    ]),
  );
  const pending = await screen.findByTestId('member-status-pending');
  expect(pending).toHaveTextContent('报到审核中');
  expect(pending).toHaveTextContent('红色先锋队');
  expect(screen.queryByTestId('member-register-form')).not.toBeInTheDocument();
  expect(await screen.findByText('报到信息已提交，请等待社区审核')).toBeInTheDocument();
  // The session is read again so home and 我的 show the new member role.
  await waitFor(() => expect(api.callsOf('session.me').length).toBeGreaterThanOrEqual(2));
});

test('required fields and the phone are checked before anything is sent', async () => {
  api.on('member.me', () => null);
  await renderAs(me(['resident'], ''), <RegisterPage />);
  await screen.findByTestId('member-register-form');
  fireEvent.click(screen.getByTestId('register-submit'));
  expect(await screen.findByTestId('field-error-realName')).toHaveTextContent('请填写真实姓名');
  expect(screen.getByTestId('field-error-phone')).toHaveTextContent('请填写联系电话');
  expect(screen.getByTestId('field-error-workUnit')).toHaveTextContent('请填写在职单位');
  expect(screen.getByTestId('field-error-branch')).toHaveTextContent('请填写所在党支部');

  type('register-realName', '张');
  type('register-phone', '1390519');
  fireEvent.click(screen.getByTestId('register-submit'));
  expect(await screen.findByTestId('field-error-realName')).toHaveTextContent('真实姓名至少需要2个字');
  expect(screen.getByTestId('field-error-phone')).toHaveTextContent('请填写正确的手机号或座机号');
  expect(api.callsOf('member.register')).toEqual([]);

  // Typing in a field clears its message.
  type('register-phone', '0519-86601234');
  expect(screen.queryByTestId('field-error-phone')).not.toBeInTheDocument();
});

test("the server's field messages show beside the fields", async () => {
  api.on('member.me', () => null);
  api.on('member.register', () => refuse('INPUT.INVALID', { branch: '所在党支部最多50个字', 'skills.1': '技能最多20个字' }));
  await renderAs(me(['resident'], '张建国'), <RegisterPage />);
  await screen.findByTestId('member-register-form');
  type('register-phone', '13905190002');
  type('register-workUnit', '常州市供电公司');
  type('register-branch', '供电公司第一党支部');
  fireEvent.click(screen.getByTestId('register-submit'));
  expect(await screen.findByTestId('field-error-branch')).toHaveTextContent('所在党支部最多50个字');
  expect(screen.getByTestId('field-error-skills')).toHaveTextContent('技能最多20个字');
  expect(screen.getByTestId('member-register-form')).toBeInTheDocument();
});

test('skills: suggestions add, a tap on a chosen one removes it, duplicates and blanks are refused', async () => {
  api.on('member.me', () => null);
  await renderAs(me(['resident'], '张建国'), <RegisterPage />);
  await screen.findByTestId('member-register-form');
  for (const s of ['法律咨询', '医护', '课业辅导', '心理疏导', '助老陪护']) expect(screen.getByText(`+ ${s}`)).toBeInTheDocument();
  fireEvent.click(screen.getByText('+ 医护'));
  expect(screen.queryByText('+ 医护')).not.toBeInTheDocument();
  type('skill-input', '医护');
  fireEvent.click(screen.getByTestId('skill-add'));
  expect(screen.getAllByTestId('skill-chip')).toHaveLength(1);
  fireEvent.click(screen.getByTestId('skill-add'));
  expect(screen.getByTestId('field-error-skills')).toHaveTextContent('请先输入技能名称');
  fireEvent.click(screen.getByTestId('skill-chip'));
  expect(screen.queryByTestId('skill-chip')).not.toBeInTheDocument();
  expect(screen.getByText('+ 医护')).toBeInTheDocument();
});

test('a registration under review shows what was sent and no form', async () => {
  api.on('member.me', () => profile());
  await renderAs(me([['member', 'pending']], '张建国'), <RegisterPage />);
  const card = await screen.findByTestId('member-status-pending');
  for (const text of ['报到审核中', '张建国', '13905190002', '常州市供电公司', '供电公司第一党支部', '蓝色维修队', '第一网格', '水电维修、家电维修']) {
    expect(card).toHaveTextContent(text);
  }
  expect(screen.queryByTestId('member-register-form')).not.toBeInTheDocument();
  expect(api.callsOf('member.me')).toEqual([{ communityId: 'c1' }]);
});

test('a verified member sees 已报到 with 亮身份、亮职责、亮承诺', async () => {
  api.on('member.me', () => profile({ status: 'verified' }));
  await renderAs(me([['member', 'verified']], '张建国'), <RegisterPage />);
  const card = await screen.findByTestId('member-status-verified');
  for (const text of ['已报到', '张建国', '亮身份', '常州市供电公司', '供电公司第一党支部', '亮职责', '蓝色维修队', '水电维修、家电维修', '亮承诺']) {
    expect(card).toHaveTextContent(text);
  }
  expect(screen.queryByTestId('member-register-form')).not.toBeInTheDocument();
  expect(within(card).getByText('去接单大厅')).toBeInTheDocument();
});

test('a verified member turns on 有匹配的新需求时通知我; a refusal turns it back off', async () => {
  api.on('member.me', () => profile({ status: 'verified' }));
  api.on('member.setNotify', (input) => profile({ status: 'verified', notifyPool: input.notifyPool }));
  await renderAs(me([['member', 'verified']], '张建国'), <RegisterPage />);
  const toggle = await screen.findByTestId('notify-pool');
  expect(toggle).toHaveAttribute('aria-checked', 'false');
  expect(toggle).toHaveAttribute('aria-label', '有匹配的新需求时通知我');
  fireEvent.click(toggle);
  await waitFor(() => expect(api.callsOf('member.setNotify')).toEqual([{ communityId: 'c1', notifyPool: true }]));
  expect(toggle).toHaveAttribute('aria-checked', 'true');

  api.on('member.setNotify', () => refuse('NETWORK.OFFLINE'));
  fireEvent.click(toggle);
  await waitFor(() => expect(api.callsOf('member.setNotify')).toHaveLength(2));
  await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
});

test("a rejected registration shows the reviewer's note and the form filled in to re-apply", async () => {
  api.on('member.me', () => profile({ status: 'rejected', reviewNote: '所在党支部请填写全称' }));
  api.on('member.register', (input) => profile({ ...input, skills: input.skills ?? [], status: 'pending' }));
  await renderAs(me([['member', 'rejected']], '张建国'), <RegisterPage />);
  expect(await screen.findByTestId('member-review-note')).toHaveTextContent('所在党支部请填写全称');
  expect(screen.getByTestId('register-workUnit')).toHaveValue('常州市供电公司');
  expect(screen.getByTestId('register-branch')).toHaveValue('供电公司第一党支部');
  expect(screen.getAllByTestId('skill-chip').map((c) => c.textContent)).toEqual(['水电维修×', '家电维修×']);
  await waitFor(() => expect(screen.getAllByTestId('team-option').find((t) => t.textContent === '蓝色维修队')).toHaveAttribute('aria-checked', 'true'));

  type('register-branch', '国网常州供电公司第一党支部');
  fireEvent.click(screen.getByTestId('register-submit'));
  await waitFor(() =>
    expect(api.callsOf('member.register')).toEqual([
      { communityId: 'c1', realName: '张建国', phone: '13905190002', workUnit: '常州市供电公司', branch: '国网常州供电公司第一党支部', skills: ['水电维修', '家电维修'], teamId: 'c1-t6', gridId: 'c1-g1' },
    ]),
  );
  expect(await screen.findByTestId('member-status-pending')).toBeInTheDocument();
  expect(screen.queryByTestId('member-review-note')).not.toBeInTheDocument();
});

test('a dropped network offers a retry instead of a spinner', async () => {
  let offline = true;
  api.on('member.me', () => (offline ? refuse('NETWORK.OFFLINE') : null));
  await renderAs(me(['resident'], '张建国'), <RegisterPage />);
  expect(await screen.findByText('网络不太稳定，请检查网络后重试')).toBeInTheDocument();
  offline = false;
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByTestId('member-register-form')).toBeInTheDocument();
});

test('a registration reviewed since the session was read refreshes the session', async () => {
  api.on('member.me', () => profile({ status: 'verified' }));
  await renderAs(me([['member', 'pending']], '张建国'), <RegisterPage />);
  expect(await screen.findByTestId('member-status-verified')).toBeInTheDocument();
  await waitFor(() => expect(api.callsOf('session.me')).toHaveLength(2));
});

test('a failed check scrolls to the first field with a message', async () => {
  const scroll = jest.fn();
  Element.prototype.scrollIntoView = scroll;
  api.on('member.me', () => null);
  await renderAs(me(['resident'], '张建国'), <RegisterPage />);
  await screen.findByTestId('member-register-form');
  type('register-workUnit', '常州市供电公司');
  fireEvent.click(screen.getByTestId('register-submit'));
  expect(await screen.findByTestId('field-error-phone')).toHaveTextContent('请填写联系电话');
  await waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
  expect(scroll.mock.contexts[0]).toBe(document.getElementById('field-phone'));
});
