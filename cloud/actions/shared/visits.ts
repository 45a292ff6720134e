/**
 * Steps the 民情日记 actions share: the record a caller may visit (any other is "not found", so a record outside
 * one's grids does not leak), and a visit as this caller sees it.
 */
import type { ResidentRecord } from '../../../types/residents';
import type { Visit, VisitView } from '../../../types/visits';
import { isStaffOf } from '../../domain/access';
import { DomainError } from '../../domain/domain.error';
import { mayVisit } from '../../domain/visits';
import { visitViews } from '../../views/visit.view';
import type { ActionContext } from './action';

/** The record, if the caller is staff of its community or works its grid; RESIDENT.NOT_FOUND otherwise. */
export async function recordToVisit(ctx: ActionContext, recordId: string): Promise<ResidentRecord> {
  const record = await ctx.store.getResidentRecord(recordId);
  if (!record || !mayVisit(ctx, record)) throw new DomainError('RESIDENT.NOT_FOUND');
  return record;
}

/** One visit of this record as the caller sees it. */
export async function visitView(ctx: ActionContext, record: ResidentRecord, visit: Visit): Promise<VisitView> {
  return (await visitViews(ctx, [visit], isStaffOf(ctx, record.communityId)))[0];
}
