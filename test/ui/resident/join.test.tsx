/**
 * 加入社区: pick a community (ones already joined are marked), optionally say how to be called, join, and land
 * on the home page with the session refreshed.
 */
import { fireEvent } from '@testing-library/react';
import Taro from '@tarojs/taro';
import JoinPage from '../../../src/app/resident/join';
import { ROUTES } from '../../../src/utils/routes';
import type { Community } from '../../../types/domain';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const community = (id: string, name: string): Community => ({ id, streetId: 'st1', name, dutyPhone: '0519-86600000' });
const COMMUNITIES = [community('c1', '东头村社区'), community('c2', '西瀛里社区')];
const option = (id: string) => screen.getAllByTestId('community-option').find((o) => o.getAttribute('data-community-id') === id)!;

beforeEach(() => jest.clearAllMocks());

test('a newcomer picks a community, gives a name, joins and goes home', async () => {
  const newcomer = { ...me([], ''), communities: [] };
  api.on('community.list', () => COMMUNITIES);
  api.on('community.join', ({ communityId, name }) => ({ ...me(['resident'], name ?? ''), communities: COMMUNITIES.filter((c) => c.id === communityId) }));
  await renderAs(newcomer, <JoinPage />);
  await screen.findByTestId('join-form');
  fireEvent.click(screen.getByTestId('join-button'));
  expect(await screen.findByText('请先在上面选择您居住的社区')).toBeInTheDocument();
  expect(api.callsOf('community.join')).toEqual([]);

  fireEvent.click(screen.getByText('西瀛里社区'));
  expect(option('c2')).toHaveAttribute('aria-checked', 'true');
  fireEvent.change(screen.getByTestId('join-name'), { target: { value: '李阿姨' } });
  expect(screen.getByTestId('join-button')).toHaveTextContent('加入西瀛里社区');
  fireEvent.click(screen.getByTestId('join-button'));
  await waitFor(() => expect(api.callsOf('community.join')).toEqual([{ communityId: 'c2', name: '李阿姨' }]));
  await waitFor(() => expect(api.callsOf('session.me').length).toBe(2));
  expect(await screen.findByText('已加入西瀛里社区')).toBeInTheDocument();
  await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.home }), { timeout: 2000 });
});

test('communities already joined are marked and cannot be picked; a named person is not asked again', async () => {
  api.on('community.list', () => COMMUNITIES);
  api.on('community.join', () => me(['resident']));
  await renderAs(me(['resident']), <JoinPage />);
  await screen.findByTestId('join-form');
  expect(option('c1')).toHaveTextContent('已加入');
  fireEvent.click(option('c1'));
  expect(option('c1')).toHaveAttribute('aria-checked', 'false');
  expect(screen.queryByTestId('join-name')).not.toBeInTheDocument();
  fireEvent.click(option('c2'));
  fireEvent.click(screen.getByTestId('join-button'));
  await waitFor(() => expect(api.callsOf('community.join')).toEqual([{ communityId: 'c2' }]));
});

test("a refused join shows the server's message and stays on the page", async () => {
  api.on('community.list', () => COMMUNITIES);
  api.on('community.join', () => refuse('COMMUNITY.NOT_FOUND'));
  await renderAs(me([]), <JoinPage />);
  fireEvent.click(await screen.findByText('西瀛里社区'));
  fireEvent.click(screen.getByTestId('join-button'));
  expect(await screen.findByText('未找到该社区')).toBeInTheDocument();
  expect(Taro.switchTab).not.toHaveBeenCalled();
  expect(screen.getByTestId('join-button')).not.toBeDisabled();
});

test('with no communities to join it says whom to ask; a dropped network can be retried', async () => {
  let calls = 0;
  api.on('community.list', () => (++calls === 1 ? refuse('NETWORK.OFFLINE') : []));
  await renderAs(me([]), <JoinPage />);
  expect((await screen.findAllByText('网络不太稳定，请检查网络后重试')).length).toBeGreaterThan(0);
  fireEvent.click(screen.getByText('重新加载'));
  expect(await screen.findByText('暂时没有可以加入的社区')).toBeInTheDocument();
  expect(screen.getByText('请联系您所在的街道或社区工作人员')).toBeInTheDocument();
});

test('many communities can be searched by name', async () => {
  const many = Array.from({ length: 8 }, (_, i) => community(`k${i}`, `第${i + 1}社区`)).concat(community('c9', '红梅新村社区'));
  api.on('community.list', () => many);
  await renderAs(me([]), <JoinPage />);
  fireEvent.change(await screen.findByTestId('join-search'), { target: { value: '红梅' } });
  expect(screen.getAllByTestId('community-option')).toHaveLength(1);
  expect(screen.getByText('红梅新村社区')).toBeInTheDocument();
});
