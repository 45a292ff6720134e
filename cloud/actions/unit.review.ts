import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { DomainError } from '../domain/domain.error';
import { unitView } from '../views/wish.view';
import { defineAction } from './shared/action';
import { requireStaff } from './shared/caller';
import { id, optionalText } from './shared/schemas';

/** Staff verify a pending unit, or reject it with a note; nobody reviews a unit they are a contact of. */
export default defineAction(
  'unit.review',
  z.object({ unitId: id, decision: z.enum(['verify', 'reject'], { error: '请选择审核结果' }), note: optionalText('审核意见', LIMITS.reviewNote) }),
  async (input, ctx) => {
    const unit = await ctx.store.getUnit(input.unitId);
    if (!unit) throw new DomainError('UNIT.NOT_FOUND');
    await requireStaff(ctx, unit.communityId);
    if (unit.contactIds.includes(ctx.user.id)) throw new DomainError('AUTH.FORBIDDEN');
    if (input.decision === 'reject' && !input.note) throw new DomainError('INPUT.INVALID', { note: '驳回时请填写原因' });
    const status = input.decision === 'verify' ? 'verified' : 'rejected';
    const reviewed = await ctx.store.reviewUnit(unit.id, status, input.note, ctx.user.id, ctx.now);
    if (!reviewed) throw new DomainError('UNIT.NOT_PENDING');
    return unitView(reviewed);
  },
);
