/**
 * The topic page: a resident co-signs and the progress moves ("已联名 7/10" → 8/10), sharing sends the title, the
 * community and a link to gather co-signs, a decision not adopted shows its reason, and a co-signer rates the
 * published outcome.
 */
import { fireEvent } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TopicView } from '../../../types/topics';
import TopicPage from '../../../src/app/topic/detail';
import { api } from '../fake-api';
import { me } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const topic = (over: Partial<TopicView> = {}): TopicView => ({
  id: 't1', communityId: 'c1', level: 'community', title: '三号楼楼道灯不亮', problem: '楼道灯坏了一个多月', place: '三号楼二单元',
  photoUrls: [], raiserName: '孙德福', proposed: false, status: 'collecting', threshold: 10, cosigns: 7, agendaAt: null, meeting: null,
  minutes: null, decision: null, orders: [], outcome: null, publishedAt: null, rating: null, ratingCount: 0,
  mine: { cosigned: false, rating: null, raised: false }, actions: ['cosign'], version: 1, ...over,
});

test('a resident co-signs; the progress moves and the share card asks neighbours to co-sign', async () => {
  const useShare = Taro.useShareAppMessage as jest.Mock;
  useShare.mockClear();
  api.on('topic.get', () => topic());
  api.on('topic.cosign', () => topic({ cosigns: 8, mine: { cosigned: true, rating: null, raised: false }, actions: ['withdraw'] }));
  await renderAs(me(['resident']), <TopicPage />, { id: 't1' });
  expect(await screen.findByText('已联名 7/10')).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('topic-cosign'));
  expect(await screen.findByText('已联名 8/10')).toBeInTheDocument();
  expect(api.callsOf('topic.cosign')).toEqual([{ topicId: 't1' }]);
  expect(screen.queryByTestId('topic-cosign')).toBeNull();
  expect(screen.getByText('撤回联名')).toBeInTheDocument();
  const card = useShare.mock.calls.at(-1)![0]();
  expect(card).toEqual({ title: '邀您联名 · 三号楼楼道灯不亮 · 东头村社区', path: '/app/topic/detail/index?id=t1', imageUrl: '/assets/share.png' });
  for (const secret of ['孙德福', '三号楼二单元', '楼道灯坏了一个多月']) expect(JSON.stringify(card)).not.toContain(secret);
});

test('a decision not adopted shows its reason; a co-signer rates the published outcome and sees the average', async () => {
  const decided = { status: 'published' as const, decision: { adopted: false, text: '路灯属市政管理，已转街道', at: '2026-03-01T02:00:00.000Z' }, outcome: '街道已派人更换' };
  api.on('topic.get', () => topic({ ...decided, cosigns: 10, mine: { cosigned: true, rating: null, raised: false }, actions: ['rate'] }));
  api.on('topic.rate', () => topic({ ...decided, cosigns: 10, rating: 4.5, ratingCount: 2, mine: { cosigned: true, rating: 4, raised: false }, actions: [] }));
  await renderAs(me(['resident']), <TopicPage />, { id: 't1' });
  expect(await screen.findByText('路灯属市政管理，已转街道')).toBeInTheDocument();
  expect(screen.getByText('未采纳')).toBeInTheDocument();
  expect(screen.getByTestId('rate-form')).toBeInTheDocument();
  expect(screen.getByText('10 人联名')).toBeInTheDocument();
  fireEvent.click(screen.getByLabelText('4星'));
  fireEvent.click(screen.getByText('提交评分'));
  await waitFor(() => expect(screen.getByText('4.5 分（2 人评价）')).toBeInTheDocument());
  expect(api.callsOf('topic.rate')).toEqual([{ topicId: 't1', stars: 4 }]);
  expect(screen.queryByTestId('rate-form')).toBeNull();
});
