/** The 三本帐 exports part of the store port (store.port.ts): periods read a page at a time, and the exports' records. */
import type { LedgerEntry, Order, OrderEvent } from '../../types/domain';
import type { ExportKind, ExportState } from '../../types/exports';
import type { Page } from '../../types/views';
import type { PageRequest } from './store.port';

/** What an export reads: these communities (one, or a street's), from `from` up to but not including `to`. */
export interface ExportQuery {
  communityIds: string[];
  from: Date;
  to: Date;
}

/** An order as an export reads it: with its timeline when the export asked for it (else empty). */
export interface ExportedOrder {
  order: Order;
  events: OrderEvent[];
}

/** An export as stored: who asked for which scope's ledger, and how far writing it got. */
export interface ExportRecord {
  id: string;
  /** `community:<id>` or `street:<id>`: the scope whose staff may list and download it. */
  scopeKey: string;
  kind: ExportKind;
  from: string;
  to: string;
  state: ExportState;
  rows: number;
  name: string;
  fileId: string | null;
  createdBy: string;
  at: string;
}

export interface ExportPort {
  // Read a page at a time, so an export of any size never holds more than a page.
  /** Orders of the communities submitted in the period, oldest first; with their timelines when `timeline`. */
  exportOrders(query: ExportQuery, page: PageRequest, timeline: boolean): Promise<Page<ExportedOrder>>;
  /** Ledger entries (awards and manual ones) of the communities dated in the period, oldest first. */
  exportLedger(query: ExportQuery, page: PageRequest): Promise<Page<LedgerEntry>>;
  /** Creates or replaces the record by id (its progress and outcome as the export goes). */
  saveExport(record: ExportRecord): Promise<void>;
  /** The scope's latest exports, newest first. */
  listExports(scopeKey: string, limit: number): Promise<ExportRecord[]>;
  getExportByFile(fileId: string): Promise<ExportRecord | null>;
}
