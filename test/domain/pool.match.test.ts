/**
 * Who hears of a new 接单大厅 order (poolMatchNotices): opted-in verified members it is claimable by, under the same
 * pool limit rule as the claim, once per order and at most POOL_MATCH_PER_DAY a day. Pure: no store.
 */
import type { MemberProfile, Order } from '../../types/domain';
import { newOrder } from '../../cloud/domain/order.create';
import { chinaDayStart, POOL_MATCH_PER_DAY, poolMatchNotices } from '../../cloud/domain/pool.match';

const NOW = new Date('2026-03-01T02:00:00Z');

const profile = (userId: string, over: Partial<MemberProfile> = {}): MemberProfile => ({
  userId, communityId: 'c1', realName: userId, phone: '13900001111', workUnit: '', branch: '', skills: ['水电维修'], teamId: 'c1-t1',
  gridId: 'c1-g1', status: 'verified', reviewNote: null, notifyPool: true, createdAt: NOW.toISOString(), ...over,
});

const order = (id: string, over: Partial<Order> = {}): Order => ({
  ...newOrder(
    {
      id, residentId: 'u-owner', community: { id: 'c1', streetId: 'st1', name: '一号社区', dutyPhone: '' },
      category: { id: 'k1', communityId: 'c1', group: '常用', name: '水电维修', icon: '', basePoints: 5, sort: 0, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
      gridId: 'c1-g1', gridIds: ['c1-g1'], title: `需求${id}`, description: '', photos: [], address: null, preferredTime: null,
      contactName: '王阿姨', contactPhone: '13912345678', urgency: 'normal',
    },
    NOW,
  ),
  status: 'open', mode: 'pool', headcount: 1, poolLimit: { skills: ['水电维修'], teamId: null, gridIds: ['c1-g1'] }, ...over,
});

const told = (orders: Order[], members: MemberProfile[], sent = new Map<string, Set<string>>()) =>
  poolMatchNotices(orders, members, sent).map((d) => [('userId' in d.to ? d.to.userId : '?'), d.orderId]);

test('opted-in verified members the order is claimable by hear of it, with its title; nobody else', () => {
  const members = [
    profile('u-match'),
    profile('u-off', { notifyPool: false }),
    profile('u-pending', { status: 'pending' }),
    profile('u-skill', { skills: ['课业辅导'] }),
    profile('u-grid', { gridId: 'c1-g2' }),
    profile('u-owner'), // their own order
    profile('u-holder'),
    profile('u-other', { communityId: 'c2' }),
  ];
  expect(poolMatchNotices([order('o1')], members, new Map())[0]).toEqual(
    { to: { userId: 'u-match' }, kind: 'pool_match', orderId: 'o1', title: '需求o1', text: '接单大厅有新需求：需求o1', key: 'pool_match:o1', actorId: null },
  );
  expect(told([order('o1')], members)).toEqual([['u-match', 'o1'], ['u-holder', 'o1']]);
  // Held by one of them, or full: no longer claimable.
  const held = order('o2', { headcount: 2, holders: [{ memberId: 'u-holder', name: 'u-holder', claimedAt: NOW.toISOString(), progressAt: null, remindedAt: null, part: null }] });
  expect(told([held], members)).toEqual([['u-match', 'o2']]);
  expect(told([order('o3', { status: 'in_progress' })], members)).toEqual([]);
  // No pool limit: every opted-in verified member of the community.
  expect(told([order('o4', { poolLimit: null })], members).map(([u]) => u)).toEqual(['u-match', 'u-skill', 'u-grid', 'u-holder']);
});

test(`at most ${POOL_MATCH_PER_DAY} a day, counting those already sent today; an order already told is not told again`, () => {
  const orders = ['o1', 'o2', 'o3', 'o4', 'o5'].map((id) => order(id));
  expect(told(orders, [profile('u1')])).toEqual([['u1', 'o1'], ['u1', 'o2'], ['u1', 'o3']]);
  expect(told(orders, [profile('u1')], new Map([['u1', new Set(['o1'])]]))).toEqual([['u1', 'o2'], ['u1', 'o3']]);
  expect(told(orders, [profile('u1')], new Map([['u1', new Set(['x', 'y', 'z'])]]))).toEqual([]);
});

test('the day starts at midnight China time', () => {
  expect(chinaDayStart(new Date('2026-03-01T02:00:00Z')).toISOString()).toBe('2026-02-28T16:00:00.000Z');
  expect(chinaDayStart(new Date('2026-03-01T16:30:00Z')).toISOString()).toBe('2026-03-01T16:00:00.000Z');
});
