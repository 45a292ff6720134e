/**
 * The 居民档案 part of the store port (store.port.ts): records and their audit. Every write is audited in the same
 * call; an update is conditional on the record's version.
 */
import type { Page } from '../../types/views';
import type { RecordAuditAction, RecordAuditEntry, ResidentPatch, ResidentQuery, ResidentRecord } from '../../types/residents';
import type { PageRequest } from './store.port';

/** A record update, committed only if the record is still at `expectVersion`. */
export interface ResidentChange {
  id: string;
  expectVersion: number;
  patch: ResidentPatch;
  actorId: string;
  now: Date;
}

export interface ResidentPort {
  /** Inserts a new record, audited as created by its `createdBy`. */
  createResidentRecord(record: ResidentRecord): Promise<ResidentRecord>;
  getResidentRecord(id: string): Promise<ResidentRecord | null>;
  /** Applies the patch if the record is still at `expectVersion` (null otherwise), auditing the fields it changed. */
  updateResidentRecord(change: ResidentChange): Promise<ResidentRecord | null>;
  /**
   * Links an unlinked record to the resident's own account, and makes the orders placed for it theirs; null if the
   * record is gone or already linked.
   */
  linkResidentRecord(id: string, userId: string, actorId: string, now: Date): Promise<ResidentRecord | null>;
  /** A community's records matching the query, newest first. */
  listResidentRecords(query: ResidentQuery, page: PageRequest): Promise<Page<ResidentRecord>>;
  /** Adds one line to a record's audit (a reveal of its phone). */
  auditResidentRecord(entry: { recordId: string; communityId: string; actorId: string; action: RecordAuditAction; at: Date }): Promise<void>;
  /** A record's audit, newest first. */
  residentAudit(recordId: string, limit: number): Promise<RecordAuditEntry[]>;
}
