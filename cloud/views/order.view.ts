/**
 * Orders as a caller sees them: contact masked unless they need it, names instead of ids,
 * and the buttons they may press now.
 */
import type { Order, OrderEvent } from '../../types/domain';
import { answerText, type CategoryField } from '../../types/menu';
import type { PioneerCard } from '../../types/points';
import type { OrderDetail, OrderView } from '../../types/views';
import { canSeeContact, canSeeFlaggedPhotos, relationsOf, type Caller } from '../domain/access';
import { formatAddress, maskName, maskPhone } from '../domain/masking';
import { availableCommands } from '../domain/order.decide';
import { withDepartment } from '../domain/order.guards';
import { answerBy, isAcceptOverdue, isOverdue, type CommunitySettings } from '../domain/policies';

/** Still with its department past the department's deadline. */
const isDepartmentOverdue = (o: Order, now: Date) => withDepartment(o) && Date.parse(o.department!.deadline) < now.getTime();

/** Names the view needs, looked up once per request. */
export interface ViewLookup {
  categoryName(id: string): string;
  /** The category's own questions (their labels head the answers). */
  categoryFields(id: string): CategoryField[];
  gridName(id: string | null): string | null;
  userName(id: string): string | null;
  /** The community's settings that views show (the time an assigned member has to answer). */
  settings(communityId: string): Pick<CommunitySettings, 'assignTimeoutHours'>;
  /** A URL issued for this request to show the photo; null when none could be issued. */
  photoUrl(fileId: string): string | null;
  /** Why the media check flagged the photo, or null. */
  photoFlag(fileId: string): string | null;
}

/** The photos this caller may see (a flagged one only for staff) that have a URL, and their URLs. */
function photosFor(fileIds: string[], staff: boolean, names: ViewLookup): { photos: string[]; photoUrls: string[] } {
  const shown = fileIds.filter((id) => names.photoUrl(id) && (staff || !names.photoFlag(id)));
  return { photos: shown, photoUrls: shown.map((id) => names.photoUrl(id)!) };
}

export function orderView(order: Order, caller: Caller, now: Date, names: ViewLookup): OrderView {
  const rel = relationsOf(order, caller);
  const full = canSeeContact(order, rel);
  const staff = canSeeFlaggedPhotos(rel);
  return {
    id: order.id,
    communityId: order.communityId,
    gridId: order.gridId,
    gridName: names.gridName(order.gridId),
    categoryId: order.categoryId,
    categoryName: names.categoryName(order.categoryId),
    title: order.title,
    description: order.description,
    // Answers may name the resident's circumstances: only for those who see the contact too.
    answers: full
      ? names.categoryFields(order.categoryId).flatMap((f) => (f.key in order.answers ? [{ key: f.key, label: f.label, text: answerText(order.answers[f.key]) }] : []))
      : [],
    ...photosFor(order.photos, staff, names),
    flaggedPhotos: staff ? order.photos.flatMap((fileId) => (names.photoFlag(fileId) ? [{ fileId, reason: names.photoFlag(fileId)! }] : [])) : [],
    address: formatAddress(order.address, !full),
    contactName: full ? order.contactName : maskName(order.contactName),
    contactPhone: full ? order.contactPhone : maskPhone(order.contactPhone),
    contactMasked: !full,
    urgency: order.urgency,
    status: order.status,
    priority: order.priority,
    deadline: order.deadline,
    overdue: isOverdue(order, now),
    urgedAt: order.urgedAt,
    acceptBy: order.acceptBy,
    acceptOverdue: isAcceptOverdue(order, now),
    headcount: order.headcount,
    points: order.points,
    mode: order.mode,
    poolLimit: order.poolLimit,
    assignee: order.assigneeId ? { memberId: order.assigneeId, name: names.userName(order.assigneeId) ?? '党员' } : null,
    answerBy: answerBy(order, names.settings(order.communityId)),
    holders: order.holders.map((h) => ({
      memberId: h.memberId,
      name: h.name,
      claimedAt: h.claimedAt,
      part: h.part && { note: h.part.note, hours: h.part.hours, at: h.part.at, ...photosFor(h.part.photos, staff, names) },
    })),
    escalationNote: order.escalationNote,
    department: order.department && { ...order.department, overdue: isDepartmentOverdue(order, now) },
    preferredTime: order.preferredTime,
    completedAt: order.completedAt,
    serviceHours: order.serviceHours,
    rating: order.rating,
    placedBy: order.placedBy,
    recordId: order.recordId,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    closedAt: order.closedAt,
    version: order.version,
    actions: availableCommands(order, { now, caller }),
  };
}

/** The order with its timeline; `holderCards` are the 三亮 cards of its holders (loaded by the caller). */
export function orderDetail(order: Order, events: OrderEvent[], caller: Caller, now: Date, names: ViewLookup, holderCards: PioneerCard[] = []): OrderDetail {
  const view = orderView(order, caller, now, names);
  const staff = canSeeFlaggedPhotos(relationsOf(order, caller));
  const named = (e: OrderEvent) => {
    if (e.actorRole === 'system') return { ...e, actorName: '系统' };
    // The resident's name and id are contact data too.
    if (e.actorRole === 'resident' && view.contactMasked) return { ...e, actorId: null, actorName: '居民' };
    return { ...e, actorName: e.actorId ? names.userName(e.actorId) : null };
  };
  const step = (e: OrderEvent) => ({ ...named(e), ...photosFor(e.photos, staff, names) });
  return { ...view, timeline: events.map(step), holderCards };
}
