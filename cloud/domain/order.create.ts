/**
 * 群众点单: a resident's submission becomes an order waiting for the community to accept it (待受理).
 */
import type { Address, Category, Community, Order, Urgency } from '../../types/domain';
import { checkAnswers } from '../../types/menu';
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
  /** Answers to the category's own questions, as sent (none: an empty set). */
  answers?: Record<string, unknown>;
  /** 代点单: the record it is placed for and who places it. */
  recordId?: string | null;
  placedBy?: PlacedBy | null;
}

/** The order as submitted; its 受理时限 follows from the urgency and the community's settings. */
export function newOrder(s: Submission, now: Date, settings: Pick<CommunitySettings, 'acceptMinutes'> = DEFAULT_SETTINGS): Order {
  if (!s.category || s.category.communityId !== s.community.id || !s.category.active) throw new DomainError('CATEGORY.NOT_FOUND');
  const { answers, errors } = checkAnswers(s.category.fields, s.answers ?? {});
  if (Object.keys(errors).length > 0) throw new DomainError('INPUT.INVALID', errors, Object.values(errors)[0]);
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
    answers,
    status: 'submitted',
    // Urgent needs go to the top of the staff queue's attention; others start where their service puts them.
    priority: s.urgency === 'normal' ? s.category.defaultPriority : 'high',
    deadline: null,
    headcount: 1,
    points: s.category.basePoints,
    mode: null,
    poolLimit: null,
    assigneeId: null,
    holders: [],
    escalationNote: null,
    department: null,
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
