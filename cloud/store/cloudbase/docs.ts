/**
 * Documents to domain shapes and back. Instants are stored as Date (a BSON date: sorts and compares in CloudBase
 * and in mingo alike) and come back as ISO strings, exactly as the pg adapter returns them.
 *
 * An order is one document: its fields, its holders (the members whose claims are not released) and its timeline
 * (`events`), so a transition, its event and its claim changes are one atomic update. Beside the domain fields it
 * keeps what the store needs to decide and to find it:
 * - `slotsLeft` = headcount − holders: a claim takes a slot with `where({ slotsLeft: _.gt(0) })`;
 * - `finished`: the holders' claims are done (the order closed), not active;
 * - `poolSkills`, `poolTeam`, `poolGrids`: the pool limit as match keys, `*` on an axis without a limit, so the pool
 *   query is three `_.in` conditions on indexed fields;
 * - each holder's `progressAt` (their last report) and `remindedAt` (the claim sweep's reminder), for the claim sweep;
 * - `idempotencyKey` (unique with `residentId`) and `assignedAt` (for the assign-timeout sweep);
 * - `attention`: the rank staff queues sort by first (cloud/domain/attention.ts), set on every write that can move it;
 * - `department`: the department the street sent it to, its instants as Dates (the department's queue and sweep read
 *   `department.departmentId`, `.outcome`, `.deadline`);
 * - `parts`: the holders' own parts of a team order, `[{ memberId, note, photos, hours, at }]`, beside `holders` so
 *   a report is one `_.push` (read back onto each holder as `part`).
 */
import type { DepartmentTask } from '../../../types/departments';
import type { Holder, LedgerEntry, MemberProfile, Order, OrderEvent, PoolLimit } from '../../../types/domain';
import { attentionOf } from '../../domain/attention';
import type { Doc } from './db';

export type Instant = Date | string;

export const iso = (v: Instant | null | undefined): string | null =>
  v == null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();
export const date = (v: string | Date | null | undefined): Date | null => (v == null ? null : new Date(v));

/** The match key of an axis the pool does not limit. */
export const ANY = '*';

/** A limit on no axis is no limit (as the pg adapter reads it back). */
export function poolLimitOf(limit: PoolLimit | null | undefined): PoolLimit | null {
  return limit && (limit.skills.length > 0 || limit.teamId !== null || limit.gridIds.length > 0) ? limit : null;
}

export function poolKeys(limit: PoolLimit | null | undefined): { poolSkills: string[]; poolTeam: string; poolGrids: string[] } {
  const l = poolLimitOf(limit);
  return {
    poolSkills: l && l.skills.length > 0 ? l.skills : [ANY],
    poolTeam: l?.teamId ?? ANY,
    poolGrids: l && l.gridIds.length > 0 ? l.gridIds : [ANY],
  };
}

/** A new order as the pg adapter inserts it: what the submission says, everything else at its starting value. */
export function newOrderDoc(o: Order, idempotencyKey: string, submit: Doc): Doc {
  const createdAt = new Date(o.createdAt);
  return {
    _id: o.id,
    communityId: o.communityId,
    streetId: o.streetId,
    gridId: o.gridId,
    residentId: o.residentId,
    recordId: o.recordId,
    placedBy: o.placedBy,
    idempotencyKey,
    categoryId: o.categoryId,
    title: o.title,
    description: o.description,
    photos: o.photos,
    address: o.address,
    preferredTime: date(o.preferredTime),
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    urgency: o.urgency,
    answers: o.answers,
    status: o.status,
    priority: o.priority,
    deadline: null,
    headcount: o.headcount,
    points: o.points,
    mode: null,
    poolLimit: null,
    ...poolKeys(null),
    assigneeId: null,
    assignedAt: null,
    holders: [],
    parts: [],
    slotsLeft: o.headcount,
    finished: false,
    escalationNote: null,
    department: null,
    completedAt: null,
    serviceHours: null,
    rating: null,
    overdueAt: null,
    urgedAt: null,
    acceptBy: date(o.acceptBy),
    acceptOverdueAt: null,
    attention: attentionOf(o),
    createdAt,
    updatedAt: createdAt,
    closedAt: null,
    version: 1,
    events: [submit],
  };
}

export function toHolder(h: Doc, part: Doc | undefined): Holder {
  return {
    memberId: h.memberId,
    name: h.name,
    claimedAt: iso(h.claimedAt)!,
    progressAt: iso(h.progressAt),
    remindedAt: iso(h.remindedAt),
    part: part ? { note: part.note, photos: part.photos, hours: part.hours, at: iso(part.at)! } : null,
  };
}

/** A member taking on an order, as stored among its holders: nothing reported yet, never reminded. */
export const newHolder = (memberId: string, name: string, claimedAt: Date): Doc => ({ memberId, name, claimedAt, progressAt: null, remindedAt: null });

/** Holders in the order they claimed (pg: claimed_at, then claim id; a stable sort keeps the commit order on ties). */
function holdersOf(d: Doc): Holder[] {
  const list: Doc[] = [...(d.holders ?? [])];
  list.sort((a, b) => date(a.claimedAt)!.getTime() - date(b.claimedAt)!.getTime());
  const parts: Doc[] = d.parts ?? [];
  return list.map((h) => toHolder(h, parts.find((p) => p.memberId === h.memberId)));
}

/** An order's `department` as stored (instants as Dates, so the sweep and the queue compare them) to the domain's. */
export function departmentOf(t: Doc | null | undefined): DepartmentTask | null {
  if (!t) return null;
  const { deadline, sentAt, overdueAt, endedAt, ...rest } = t;
  return { ...(rest as Pick<DepartmentTask, 'departmentId' | 'name' | 'outcome'>), deadline: iso(deadline)!, sentAt: iso(sentAt)!, overdueAt: iso(overdueAt), endedAt: iso(endedAt) };
}

/** The domain's `department` as stored. */
export function departmentDoc(t: DepartmentTask | null): Doc | null {
  return t && { ...t, deadline: date(t.deadline), sentAt: date(t.sentAt), overdueAt: date(t.overdueAt), endedAt: date(t.endedAt) };
}

export function toOrder(d: Doc): Order {
  return {
    id: d._id,
    communityId: d.communityId,
    streetId: d.streetId,
    gridId: d.gridId,
    residentId: d.residentId,
    recordId: d.recordId ?? null,
    placedBy: d.placedBy ?? null,
    categoryId: d.categoryId,
    title: d.title,
    description: d.description,
    photos: d.photos,
    address: d.address,
    preferredTime: iso(d.preferredTime),
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    urgency: d.urgency,
    answers: d.answers ?? {},
    status: d.status,
    priority: d.priority,
    deadline: iso(d.deadline),
    headcount: d.headcount,
    points: d.points,
    mode: d.mode,
    poolLimit: poolLimitOf(d.poolLimit),
    assigneeId: d.assigneeId,
    holders: holdersOf(d),
    escalationNote: d.escalationNote,
    department: departmentOf(d.department),
    completedAt: iso(d.completedAt),
    serviceHours: d.serviceHours,
    rating: d.rating,
    overdueAt: iso(d.overdueAt),
    urgedAt: iso(d.urgedAt),
    assignedAt: iso(d.assignedAt),
    acceptBy: iso(d.acceptBy),
    acceptOverdueAt: iso(d.acceptOverdueAt),
    createdAt: iso(d.createdAt)!,
    updatedAt: iso(d.updatedAt)!,
    closedAt: iso(d.closedAt),
    version: d.version,
  };
}

export const toEvent = (orderId: string, e: Doc): OrderEvent => ({
  id: e.id,
  orderId,
  at: iso(e.at)!,
  actorId: e.actorId,
  actorRole: e.actorRole,
  type: e.type,
  from: e.from,
  to: e.to,
  note: e.note,
  photos: e.photos,
});

/** 党员报到 profiles are keyed by member and community: one per pair, by construction. */
export const memberDocId = (userId: string, communityId: string) => `${userId}:${communityId}`;

export const toMember = (d: Doc): MemberProfile => ({
  userId: d.userId,
  communityId: d.communityId,
  realName: d.realName,
  phone: d.phone,
  workUnit: d.workUnit,
  branch: d.branch,
  skills: d.skills,
  pledge: d.pledge ?? '', // profiles filed before the pledge existed
  teamId: d.teamId,
  gridId: d.gridId,
  status: d.status,
  reviewNote: d.reviewNote,
  notifyPool: d.notifyPool ?? false, // profiles filed before the opt-in existed
  createdAt: iso(d.createdAt)!,
});

/** An award's id is its member and order: a repeated award is the same document and cannot count twice. */
export const awardId = (memberId: string, orderId: string) => `${memberId}:${orderId}`;

export const toLedger = (d: Doc): LedgerEntry => ({
  id: d._id,
  memberId: d.memberId,
  communityId: d.communityId,
  orderId: d.orderId,
  points: d.points,
  hours: d.hours,
  manual: d.manual,
  reason: d.reason,
  createdBy: d.createdBy,
  at: iso(d.at)!,
});
