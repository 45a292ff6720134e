import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { VISIT_WAYS, type Visit } from '../../types/visits';
import { DomainError } from '../domain/domain.error';
import { visitDateError } from '../domain/visits';
import { defineAction } from './shared/action';
import { id, instant, optionalText, photos, text } from './shared/schemas';
import { recordToVisit, visitView } from './shared/visits';

/**
 * 记一次走访: a grid worker of the record's grid (or staff) logs a visit; its photos are attached to it. A retry with
 * the same key logs nothing more.
 */
export default defineAction(
  'visit.log',
  z.object({
    residentId: id,
    at: instant('走访日期'),
    way: z.enum(VISIT_WAYS, { error: '请选择走访方式' }),
    found: text('走访情况', LIMITS.note),
    needs: optionalText('需求', LIMITS.note),
    photos,
    /** Same key on a retry (from the same person) answers the visit already logged. */
    idempotencyKey: z.string().trim().min(8, '提交编号无效').max(64, '提交编号无效').optional(),
  }),
  async (input, ctx) => {
    const record = await recordToVisit(ctx, input.residentId);
    const refusal = visitDateError(input.at, ctx.now);
    if (refusal) throw new DomainError(refusal, { at: '走访日期不能晚于今天' });
    const visit: Visit = {
      id: randomUUID(),
      recordId: record.id,
      communityId: record.communityId,
      at: input.at,
      way: input.way,
      found: input.found,
      needs: input.needs,
      photos: input.photos,
      loggedBy: ctx.user.id,
      loggedAt: ctx.now.toISOString(),
      orderId: null,
      orderLinkedBy: null,
      orderLinkedAt: null,
    };
    return visitView(ctx, record, await ctx.store.logVisit(visit, input.idempotencyKey));
  },
);
