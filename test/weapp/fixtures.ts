/**
 * What the fake cloud function answers in the weapp tests: a resident of 东头村社区, one open order, two unread notices.
 */
import type { Me, MenuView, OrderDetail } from '../../types/views';

const me: Me = {
  userId: 'u1',
  name: '王秀英',
  roles: [
    { role: 'resident', communityId: 'c1', streetId: null, memberStatus: null },
  ],
  communities: [{ id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' }],
  grids: [],
};

const menu: MenuView = {
  community: me.communities[0],
  categories: [
    { id: 'k1', communityId: 'c1', group: '十大公益岗', name: '邻里守望', icon: 'eye', basePoints: 5, sort: 0, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
    { id: 'k2', communityId: 'c1', group: '生活服务', name: '水电维修', icon: 'water', basePoints: 5, sort: 1, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] },
  ],
  grids: [],
  teams: [],
  residentTags: [],
};

const order: OrderDetail = {
  id: 'o1', communityId: 'c1', gridId: null, gridName: null, categoryId: 'k2', categoryName: '水电维修', title: '楼道灯坏了',
  description: '晚上看不见', answers: [], photos: [], photoUrls: [], flaggedPhotos: [], address: '3栋（门牌号已隐藏）', contactName: '王**', contactPhone: '139******78',
  contactMasked: true, urgency: 'normal', status: 'open', priority: 'normal', deadline: '2099-01-01T00:00:00.000Z', overdue: false, urgedAt: null, acceptBy: null, acceptOverdue: false,
  headcount: 1, points: 5, mode: 'pool', poolLimit: null, assignee: null, answerBy: null, holders: [], escalationNote: null, department: null, preferredTime: null,
  completedAt: null, serviceHours: null, rating: null, placedBy: null, recordId: null, createdAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z',
  closedAt: null, version: 2, actions: ['claim'],
  holderCards: [],
  timeline: [{ id: '1', orderId: 'o1', at: '2026-11-20T02:00:00.000Z', actorId: null, actorRole: 'resident', type: 'submit', from: null, to: 'submitted', note: null, photos: [], photoUrls: [], actorName: '居民' }],
};

export const fixtures: Record<string, (data: unknown) => unknown> = {
  'session.me': () => me,
  'menu.get': () => menu,
  'order.detail': () => order,
  'notice.list': () => ({ items: [], nextCursor: null, unread: 2 }),
};
