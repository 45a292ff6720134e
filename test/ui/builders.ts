/**
 * Views as the server would send them, for UI tests: an order detail, a person's session.
 */
import type { RoleGrant } from '../../types/domain';
import type { Me, OrderDetail } from '../../types/views';

export function orderDetail(over: Partial<OrderDetail> = {}): OrderDetail {
  return {
    id: 'o1', communityId: 'c1', gridId: 'c1-g1', gridName: '第一网格', categoryId: 'c1-k1', categoryName: '水电维修',
    title: '厨房水龙头漏水', description: '一直滴水', answers: [], photos: [], photoUrls: [], flaggedPhotos: [], address: '3栋 2单元 501', contactName: '王秀英',
    contactPhone: '13912345678', contactMasked: false, urgency: 'normal', status: 'submitted', priority: 'normal',
    deadline: null, overdue: false, urgedAt: null, acceptBy: null, acceptOverdue: false, headcount: 1, points: 5, mode: null, poolLimit: null, assignee: null, answerBy: null, holders: [],
    escalationNote: null, department: null, preferredTime: null, completedAt: null, serviceHours: null, rating: null, placedBy: null, recordId: null,
    createdAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z', closedAt: null, version: 1, actions: [],
    timeline: [
      { id: '1', orderId: 'o1', at: '2026-11-20T02:00:00.000Z', actorId: 'u-res', actorRole: 'resident', type: 'submit', from: null, to: 'submitted', note: null, photos: [], photoUrls: [], actorName: '王秀英' },
    ],
    holderCards: [],
    ...over,
  };
}

/** The masked version of the same order, as a member browsing the pool gets it. */
export const masked = (over: Partial<OrderDetail> = {}) =>
  orderDetail({ contactPhone: '139******78', contactName: '王**', address: '3栋（门牌号已隐藏）', contactMasked: true, ...over });

const grant = (role: RoleGrant['role'], memberStatus: RoleGrant['memberStatus'] = null): RoleGrant => ({
  role, communityId: role === 'street_staff' ? null : 'c1', streetId: role === 'street_staff' ? 'st1' : null, memberStatus,
});

export function me(roles: (RoleGrant['role'] | [RoleGrant['role'], RoleGrant['memberStatus']])[], name = '王秀英'): Me {
  return {
    userId: 'u1',
    name,
    roles: roles.map((r) => (Array.isArray(r) ? grant(r[0], r[1]) : grant(r))),
    communities: [{ id: 'c1', streetId: 'st1', name: '东头村社区', dutyPhone: '0519-86601234' }],
    grids: [],
  };
}
