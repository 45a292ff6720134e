/**
 * 群众点单: a resident's submission becomes an order waiting for the community to accept it (待受理).
 */
import type { Address, Category, Community, Order, Urgency } from '../../types/domain';
import type { PlacedBy } from '../../types/residents';
import { DomainError } from './domain.error';
import { acceptDeadline, DEFAULT_SETTINGS, type CommunitySettings } from './policies';

export interface Submission {
  id: string;
  residentId: string;
  category: Category | undefined;
  community: Community;
  gridId: string | null;
  /** Grids of the community, to check the chosen one belongs to it. */
  gridIds: string[];
  title: string;
  description: string;
  photos: string[];
  address: Address | null;
  preferredTime: string | null;
  contactName: string;
  contactPhone: string;
  urgency: Urgency;
  /** 代点单: the record it is placed for and who places it. */
  recordId?: string | null;
  placedBy?: PlacedBy | null;
}

/** The order as submitted; its 受理时限 follows from the urgency and the community's settings. */
export function newOrder(s: Submission, now: Date, settings: Pick<CommunitySettings, 'acceptMinutes'> = DEFAULT_SETTINGS): Order {
  if (!s.category || s.category.communityId !== s.community.id) throw new DomainError('CATEGORY.NOT_FOUND');
  if (s.gridId && !s.gridIds.includes(s.gridId)) throw new DomainError('GRID.NOT_FOUND');
  if (!s.address && !s.gridId) {
    throw new DomainError('INPUT.INVALID', { address: '请填写楼栋门牌或选择所在网格，方便党员上门' });
  }
  const at = now.toISOString();
  return {
    id: s.id,
    communityId: s.community.id,
    streetId: s.community.streetId,
    gridId: s.gridId,
    residentId: s.residentId,
    recordId: s.recordId ?? null,
    placedBy: s.placedBy ?? null,
    categoryId: s.category.id,
    title: s.title,
    description: s.description,
    photos: s.photos,
    address: s.address,
    preferredTime: s.preferredTime,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    urgency: s.urgency,
    status: 'submitted',
    // Urgent needs go to the top of the staff queue's attention.
    priority: s.urgency === 'normal' ? 'normal' : 'high',
    deadline: null,
    headcount: 1,
    points: s.category.basePoints,
    mode: null,
    poolLimit: null,
    assigneeId: null,
    holders: [],
    escalationNote: null,
    completedAt: null,
    serviceHours: null,
    rating: null,
    overdueAt: null,
    urgedAt: null,
    assignedAt: null,
    acceptBy: acceptDeadline(s.urgency, now, settings),
    acceptOverdueAt: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    version: 1,
  };
}
