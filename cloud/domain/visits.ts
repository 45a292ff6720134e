/**
 * 民情日记 rules: how often a record is due for a visit, where its schedule stands on a given day, and who may visit
 * it. Pure: the clock is a parameter; days are calendar days in China time (UTC+8, no daylight saving).
 */
import { GRID_ROLES, type RoleGrant } from '../../types/domain';
import type { ErrorCode } from '../../types/errors';
import type { ResidentRecord } from '../../types/residents';
import type { VisitSchedule, VisitStatus } from '../../types/visits';
import { isStaffOf } from './access';

/** A record is listed as 待走访 this many days before its due day. */
export const DUE_SOON_DAYS = 3;

const DAY = 86_400_000;
const CHINA_OFFSET = 8 * 3_600_000;

/** The China-time calendar day of an instant, as a day number (days since 1970-01-01). */
const dayOf = (t: Date | string) => Math.floor((new Date(t).getTime() + CHINA_OFFSET) / DAY);
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The China-time day (YYYY-MM-DD) an instant falls on. */
export function chinaDate(t: Date | string): string {
  return dateOf(dayOf(t));
}

/** Days between visits for these tags: the shortest any of them asks for, or null when none asks for visits. */
export function intervalDays(tags: readonly string[], visitDays: Readonly<Record<string, number>>): number | null {
  const days = tags.map((t) => (Object.hasOwn(visitDays, t) ? visitDays[t] : 0)).filter((d) => d > 0);
  return days.length ? Math.min(...days) : null;
}

/**
 * Where a record's visits stand on `now`'s day: due `interval` days after the last visit (or, never visited, from
 * the day it was kept); overdue once that day has passed, 待走访 from DUE_SOON_DAYS before it.
 */
export function scheduleOf(
  record: Pick<ResidentRecord, 'tags' | 'createdAt'>,
  lastVisitAt: string | null,
  visitDays: Readonly<Record<string, number>>,
  now: Date,
): VisitSchedule {
  const interval = intervalDays(record.tags, visitDays);
  if (interval === null) return { intervalDays: null, lastVisitAt, dueDate: null, daysLeft: null, status: 'ok' };
  const dueDay = lastVisitAt ? dayOf(lastVisitAt) + interval : dayOf(record.createdAt);
  const daysLeft = dueDay - dayOf(now);
  const status: VisitStatus = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due' : 'ok';
  return { intervalDays: interval, lastVisitAt, dueDate: dateOf(dueDay), daysLeft, status };
}

/** A record with its schedule on the due list. */
export interface Scheduled<R> {
  record: R;
  schedule: VisitSchedule;
}

/** The records due or overdue, most overdue first (then by id, so pages are stable). */
export function dueList<R extends Pick<ResidentRecord, 'id' | 'tags' | 'createdAt'>>(
  entries: readonly { record: R; lastVisitAt: string | null }[],
  visitDays: Readonly<Record<string, number>>,
  now: Date,
): Scheduled<R>[] {
  return entries
    .map(({ record, lastVisitAt }) => ({ record, schedule: scheduleOf(record, lastVisitAt, visitDays, now) }))
    .filter((e) => e.schedule.status !== 'ok')
    .sort((a, b) => a.schedule.daysLeft! - b.schedule.daysLeft! || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
}

/** Why a visit cannot be logged on this day (a day after today), or null. */
export function visitDateError(at: string, now: Date): ErrorCode | null {
  return dayOf(at) > dayOf(now) ? 'VISIT.IN_FUTURE' : null;
}

type Grants = { roles: RoleGrant[] };

/** The grids of this community the caller works as 网格员 or 网格长. */
export function gridsOf(caller: Grants, communityId: string): string[] {
  return caller.roles.flatMap((r) =>
    (GRID_ROLES as readonly string[]).includes(r.role) && r.communityId === communityId && r.gridId ? [r.gridId] : [],
  );
}

/**
 * Whose visits the caller keeps in a community: every record (staff, admin), the records of their grids (grid
 * workers and leaders), or none (null).
 */
export function visitScope(caller: Grants, communityId: string): { gridIds: string[] | null } | null {
  if (isStaffOf(caller, communityId)) return { gridIds: null };
  const grids = gridsOf(caller, communityId);
  return grids.length ? { gridIds: grids } : null;
}

/** Whether the caller may visit this record and read its diary: staff of its community, or a worker of its grid. */
export function mayVisit(caller: Grants, record: Pick<ResidentRecord, 'communityId' | 'gridId'>): boolean {
  const scope = visitScope(caller, record.communityId);
  return !!scope && (scope.gridIds === null || (record.gridId !== null && scope.gridIds.includes(record.gridId)));
}
