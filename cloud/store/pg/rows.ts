/**
 * Rows to domain shapes. PGlite and node-postgres both return timestamptz as Date, jsonb parsed, text[] as arrays.
 */
import type { Holder, LedgerEntry, MemberProfile, Order, OrderEvent } from '../../../types/domain';

type Row = Record<string, any>;

export const iso = (v: Date | string | null | undefined): string | null =>
  v == null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();

export function toOrder(r: Row, holders: Holder[]): Order {
  const limited = r.pool_skills.length > 0 || r.pool_team !== null || r.pool_grids.length > 0;
  return {
    id: r.id,
    communityId: r.community_id,
    streetId: r.street_id,
    gridId: r.grid_id,
    residentId: r.resident_id,
    recordId: r.record_id ?? null,
    placedBy: r.placed_by ?? null,
    categoryId: r.category_id,
    title: r.title,
    description: r.description,
    photos: r.photos,
    address: r.address,
    preferredTime: iso(r.preferred_time),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    urgency: r.urgency,
    answers: r.answers ?? {},
    status: r.status,
    priority: r.priority,
    deadline: iso(r.deadline),
    headcount: r.headcount,
    points: r.points,
    mode: r.mode,
    poolLimit: limited ? { skills: r.pool_skills, teamId: r.pool_team, gridIds: r.pool_grids } : null,
    assigneeId: r.assignee_id,
    holders,
    escalationNote: r.escalation_note,
    department: r.department_id
      ? {
          departmentId: r.department_id,
          name: r.department_name,
          deadline: iso(r.department_deadline)!,
          sentAt: iso(r.department_sent_at)!,
          overdueAt: iso(r.department_overdue_at),
          outcome: r.department_outcome,
          endedAt: iso(r.department_ended_at),
        }
      : null,
    completedAt: iso(r.completed_at),
    serviceHours: r.service_hours,
    rating: r.rating,
    overdueAt: iso(r.overdue_at),
    urgedAt: iso(r.urged_at),
    assignedAt: iso(r.assigned_at),
    acceptBy: iso(r.accept_by),
    acceptOverdueAt: iso(r.accept_overdue_at),
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    closedAt: iso(r.closed_at),
    version: r.version,
  };
}

export const toHolder = (r: Row): Holder => ({
  memberId: r.member_id,
  name: r.name,
  claimedAt: iso(r.claimed_at)!,
  progressAt: iso(r.progress_at),
  remindedAt: iso(r.reminded_at),
  part: r.part_at == null ? null : { note: r.part_note, photos: r.part_photos ?? [], hours: r.part_hours, at: iso(r.part_at)! },
});

export const toEvent = (r: Row): OrderEvent => ({
  id: String(r.id),
  orderId: r.order_id,
  at: iso(r.at)!,
  actorId: r.actor_id,
  actorRole: r.actor_role,
  type: r.type,
  from: r.from_status,
  to: r.to_status,
  note: r.note,
  photos: r.photos,
});

export const toMember = (r: Row): MemberProfile => ({
  userId: r.user_id,
  communityId: r.community_id,
  realName: r.real_name,
  phone: r.phone,
  workUnit: r.work_unit,
  branch: r.branch,
  skills: r.skills,
  pledge: r.pledge ?? '',
  teamId: r.team_id,
  gridId: r.grid_id,
  status: r.status,
  reviewNote: r.review_note,
  notifyPool: r.notify_pool ?? false,
  createdAt: iso(r.created_at)!,
});

export const toLedger = (r: Row): LedgerEntry => ({
  id: String(r.id),
  memberId: r.member_id,
  communityId: r.community_id,
  orderId: r.order_id,
  points: r.points,
  hours: r.hours,
  manual: r.manual,
  reason: r.reason,
  createdBy: r.created_by,
  at: iso(r.at)!,
});
