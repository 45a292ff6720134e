/**
 * The 先锋榜 and manual-points part of the store port (store.port.ts): points and hours per member per month kept
 * with every ledger entry (verified and manual apart), manual entries within a monthly cap, and the audit list of
 * manual entries.
 */
import type { LedgerEntry } from '../../types/domain';
import type { Page } from '../../types/views';
import type { NewLedgerEntry, PageRequest } from './store.port';

/** One member's sums over the months asked, in one community. */
export interface BoardRow {
  communityId: string;
  memberId: string;
  /** Verified: awarded for orders and 微心愿. */
  points: number;
  hours: number;
  /** 补录 by staff, never blended into the verified figures. */
  manualPoints: number;
  manualHours: number;
}

/** Months YYYY-MM (at +08:00), both ends inclusive. */
export interface MonthRange {
  fromMonth: string;
  toMonth: string;
}

/** The community's manual entries, newest first; optionally one member's, or those in [from, to). */
export interface ManualQuery {
  communityId: string;
  memberId?: string;
  from?: Date;
  to?: Date;
}

/** What a member may get by manual entries in one month. */
export interface ManualCap {
  points: number;
  hours: number;
}

export interface PointsOps {
  /** Sums of the month rows of these communities in the range, per community and member (no row: no entry). */
  ledgerBoard(communityIds: string[], range: MonthRange): Promise<BoardRow[]>;
  /**
   * Adds a manual entry unless it would take the member's manual points or hours of the entry's month (+08:00)
   * past the cap: checked and written as one (two entries at once cannot both slip under it). Null when refused.
   */
  addManualWithin(entry: NewLedgerEntry, cap: ManualCap): Promise<LedgerEntry | null>;
  /** The member's manual sums in the month (YYYY-MM). */
  manualMonth(memberId: string, communityId: string, month: string): Promise<{ points: number; hours: number }>;
  manualEntries(query: ManualQuery, page: PageRequest): Promise<Page<LedgerEntry>>;
}
