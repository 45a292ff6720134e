/**
 * The wish page: a member claims (as themself, or as the verified unit they are a contact of), losing the race says
 * so and shows the wish as it is now, the claimer delivers with a photo, and sharing sends the title, the community
 * and a link but never the beneficiary.
 */
import { fireEvent } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { UnitView, WishView } from '../../../types/wishes';
import WishPage from '../../../src/app/wish/detail';
import { api, refuse } from '../fake-api';
import { me } from '../builders';
import { renderAs, screen, waitFor } from '../render';

const wish = (over: Partial<WishView> = {}): WishView => ({
  id: 'w1', communityId: 'c1', title: '想要一台收音机', story: '老人独居，想听戏曲', photoUrls: [], value: 80, points: 5,
  beneficiary: '东头村社区 · 独居老人', beneficiaryId: null, releaseAt: '2026-03-01T02:00:00.000Z', deadline: '2099-01-01T00:00:00.000Z',
  status: 'open', released: true, claimer: null, claimedAt: null, delivery: null, thanks: null, realisedAt: null, returnedAt: null,
  actions: ['claim'], version: 1, ...over,
});

const unit: UnitView = {
  id: 'unit1', communityId: 'c1', name: '天宁爱心超市', kind: 'private_firm', kindName: '非公企业', contactName: '钱伟', phone: '13961200001',
  contactIds: ['u1'], status: 'verified', reviewNote: null, createdAt: '2026-03-01T02:00:00.000Z',
};

const member = () => me([['member', 'verified']], '张建国');

beforeEach(() => {
  api.on('unit.list', () => ({ items: [], nextCursor: null }));
});

test('a member sees the wish by its label only and claims it', async () => {
  api.on('wish.get', () => wish());
  api.on('wish.claim', () => wish({ status: 'claimed', claimer: { kind: 'member', name: '张建国' }, actions: ['release', 'deliver'] }));
  await renderAs(member(), <WishPage />, { id: 'w1' });
  expect(await screen.findByText('东头村社区 · 独居老人')).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('wish-claim'));
  await waitFor(() => expect(screen.getByTestId('wish-state')).toHaveTextContent('已认领'));
  expect(api.callsOf('wish.claim')).toEqual([{ wishId: 'w1' }]);
  expect(screen.getByTestId('deliver-form')).toBeInTheDocument();
});

test('losing the race says so and shows the wish as it is now', async () => {
  let reads = 0;
  api.on('wish.get', () => (++reads === 1 ? wish() : wish({ status: 'claimed', claimer: { kind: 'unit', name: '天宁爱心超市' }, actions: [] })));
  api.on('wish.claim', () => refuse('WISH.TAKEN'));
  await renderAs(member(), <WishPage />, { id: 'w1' });
  fireEvent.click(await screen.findByTestId('wish-claim'));
  expect(await screen.findByText('手慢了，该微心愿已被认领')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByTestId('wish-state')).toHaveTextContent('已认领'));
  expect(screen.getByText('天宁爱心超市（单位）')).toBeInTheDocument();
  expect(screen.queryByTestId('wish-claim')).not.toBeInTheDocument();
});

test("a unit's contact may claim in the unit's name", async () => {
  api.on('unit.list', () => ({ items: [unit], nextCursor: null }));
  api.on('wish.get', () => wish());
  api.on('wish.claim', () => wish({ status: 'claimed', claimer: { kind: 'unit', name: '天宁爱心超市' }, actions: ['release', 'deliver'] }));
  await renderAs(me(['resident'], '钱伟'), <WishPage />, { id: 'w1' });
  fireEvent.click(await screen.findByText('天宁爱心超市'));
  await waitFor(() => expect(api.callsOf('wish.get').at(-1)).toEqual({ wishId: 'w1', unitId: 'unit1' }));
  fireEvent.click(await screen.findByTestId('wish-claim'));
  await waitFor(() => expect(api.callsOf('wish.claim')).toEqual([{ wishId: 'w1', unitId: 'unit1' }]));
});

test('sharing sends the title, the community and a link to the wish: nothing of the beneficiary or the claimer', async () => {
  const useShare = Taro.useShareAppMessage as jest.Mock;
  useShare.mockClear();
  const realised = wish({
    status: 'realised', beneficiaryId: 'u-res', photoUrls: ['/files/p1.png'], claimer: { kind: 'member', name: '张建国' }, thanks: '谢谢张书记',
    delivery: { note: '已送到王奶奶家3栋501', photoUrls: ['/files/p2.png'], at: '2026-03-02T02:00:00.000Z' }, actions: [],
  });
  api.on('wish.get', () => realised);
  await renderAs(me(['staff'], '李娟'), <WishPage />, { id: 'w1' });
  await screen.findByTestId('wish-page');
  const card = useShare.mock.calls.at(-1)![0]();
  expect(card).toEqual({ title: '微心愿 · 想要一台收音机 · 东头村社区', path: '/app/wish/detail/index?id=w1', imageUrl: '/assets/share.png' });
  const text = JSON.stringify(card);
  for (const secret of ['独居老人', 'u-res', realised.story, '张建国', '谢谢', '3栋', '/files/']) expect(text).not.toContain(secret);
});
