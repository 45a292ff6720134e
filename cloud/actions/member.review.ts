import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { DomainError } from '../domain/domain.error';
import { refuseSelf } from '../domain/duties';
import { defineAction } from './shared/action';
import { requireStaff } from './shared/caller';
import { memberViews } from '../views/member.view';
import { id, optionalText } from './shared/schemas';

/** Staff verify a pending 报到, or reject it with a note the applicant reads. */
export default defineAction(
  'member.review',
  z.object({ communityId: id, userId: id, decision: z.enum(['verify', 'reject'], { error: '请选择审核结果' }), note: optionalText('审核意见', LIMITS.reviewNote) }),
  async (input, ctx) => {
    await requireStaff(ctx, input.communityId);
    refuseSelf('review', ctx.user.id, input.userId);
    if (input.decision === 'reject' && !input.note) throw new DomainError('INPUT.INVALID', { note: '驳回时请填写原因' });
    const status = input.decision === 'verify' ? 'verified' : 'rejected';
    const profile = await ctx.store.reviewMember(input.userId, input.communityId, status, input.note, ctx.user.id, ctx.now);
    if (!profile) {
      const existing = await ctx.store.getMember(input.userId, input.communityId);
      throw new DomainError(existing ? 'MEMBER.NOT_PENDING' : 'USER.NOT_FOUND');
    }
    return (await memberViews(ctx, input.communityId, [profile], true))[0];
  },
);
