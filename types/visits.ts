/**
 * 民情日记: visits grid workers and staff pay to the residents they keep records of (types/residents.ts), how often
 * each record is due for one (the community's `visitDays` per tag), and the 代点单 order a visit led to.
 * Both the mini-program and the cloud side import these.
 */
import type { Page } from './views';

/** How the resident was reached: 上门 or 电话. */
export type VisitWay = 'door' | 'phone';

export const VISIT_WAYS = ['door', 'phone'] as const satisfies readonly VisitWay[];

export const VISIT_WAY_NAMES: Record<VisitWay, string> = { door: '上门走访', phone: '电话走访' };

/**
 * One visit. A visit is never edited: what was logged stays as logged, by whom and when; the one later change, the
 * order it led to, is set once and carries who set it and when. The row is its own audit.
 */
export interface Visit {
  id: string;
  /** The 居民档案 record visited. */
  recordId: string;
  communityId: string;
  /** When the visit took place (the caller's date, never later than today). */
  at: string;
  way: VisitWay;
  /** 走访情况: what the visitor found. */
  found: string;
  /** 需求: what the resident needs, if anything; it can become a 代点单 order. */
  needs: string | null;
  photos: string[];
  loggedBy: string;
  loggedAt: string;
  /** The 代点单 order placed from this visit's needs, with who linked it and when. */
  orderId: string | null;
  orderLinkedBy: string | null;
  orderLinkedAt: string | null;
}

/** Where a record stands in its visit schedule: 已逾期 past its due day, 待走访 due within DUE_SOON_DAYS. */
export type VisitStatus = 'overdue' | 'due' | 'ok';

export const VISIT_STATUS_NAMES: Record<VisitStatus, string> = { overdue: '已逾期', due: '待走访', ok: '按期' };

/** A record's schedule: its interval from its tags, its last visit, the day the next one is due. */
export interface VisitSchedule {
  /** Days between visits: the shortest of its tags' (the community's `visitDays`); null when no tag asks for visits. */
  intervalDays: number | null;
  lastVisitAt: string | null;
  /** The day (YYYY-MM-DD, China time) the next visit is due; a record never visited is due from the day it was kept. */
  dueDate: string | null;
  /** Whole days from today to the due day: negative when overdue. */
  daysLeft: number | null;
  status: VisitStatus;
}

/** A line of 待走访 / 已逾期: the record (name, grid, tags; no phone) and its schedule. */
export interface DueVisitView extends VisitSchedule {
  residentId: string;
  name: string;
  gridId: string | null;
  gridName: string | null;
  tags: string[];
  /** The building only: enough to plan a round of visits. */
  building: string | null;
}

export interface DuePage extends Page<DueVisitView> {
  /** Over the whole list, not only this page. */
  counts: { overdue: number; due: number };
}

/** A visit as shown in the diary: names instead of ids, photo URLs issued for this request. */
export interface VisitView extends Omit<Visit, 'photos'> {
  wayName: string;
  loggedByName: string | null;
  /** The photos this caller may see that have a URL, and their URLs (same order). */
  photos: string[];
  photoUrls: string[];
}

/** 民情日记 of one record: who it is, where its schedule stands, its visits newest first. */
export interface DiaryPage extends Page<VisitView> {
  resident: Omit<DueVisitView, keyof VisitSchedule> & { schedule: VisitSchedule };
}
