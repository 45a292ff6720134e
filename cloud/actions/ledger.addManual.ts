import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { DomainError } from '../domain/domain.error';
import { refuseSelf } from '../domain/duties';
import { defineAction } from './shared/action';
import { requireStaff } from './shared/caller';
import { id, reason } from './shared/schemas';

/**
 * Staff credit a member for work done outside an order, with a reason, within the community's cap per member per
 * month (manualPointsCap, manualHoursCap). Marked manual; never to themselves.
 */
export default defineAction(
  'ledger.addManual',
  z.object({
    communityId: id,
    memberId: id,
    points: z.number({ error: '请填写积分' }).int('积分须为整数').min(LIMITS.manualPoints.min, `积分至少为${LIMITS.manualPoints.min}`),
    hours: z.number().min(LIMITS.manualHours.min).default(0),
    reason,
  }),
  async (input, ctx) => {
    await requireStaff(ctx, input.communityId);
    refuseSelf('credit', ctx.user.id, input.memberId);
    const community = (await ctx.store.getCommunity(input.communityId))!;
    const cap = { points: community.settings.manualPointsCap, hours: community.settings.manualHoursCap };
    if (input.points > cap.points || input.hours > cap.hours) throw new DomainError('LEDGER.CAP_EXCEEDED');
    const member = await ctx.store.getMember(input.memberId, input.communityId);
    if (member?.status !== 'verified') throw new DomainError('USER.NOT_FOUND');
    const entry = await ctx.store.addManualWithin({ ...input, createdBy: ctx.user.id, at: ctx.now }, cap);
    if (!entry) throw new DomainError('LEDGER.CAP_EXCEEDED');
    return entry;
  },
);
