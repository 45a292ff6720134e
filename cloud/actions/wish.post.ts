import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { gridsOf, isResidentOf, isStaffOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { newWish } from '../domain/wish.create';
import { defineAction } from './shared/action';
import { callerOf } from './shared/caller';
import { id, instant, photos, text } from './shared/schemas';
import { wishViews } from '../views/wish.view';

const input = z.object({
  communityId: id,
  beneficiaryId: id.nullish().transform((v) => v ?? null),
  beneficiaryTag: text('受助对象标签', LIMITS.beneficiaryTag),
  title: text('心愿名称', LIMITS.title),
  story: text('心愿故事', LIMITS.story),
  photos,
  value: z.number({ error: '请填写心愿估值' }).int('估值请填整数（元）').min(LIMITS.wishValue.min, '请填写心愿估值').max(LIMITS.wishValue.max, '估值过大'),
  points: z.number().int().min(LIMITS.points.min).max(LIMITS.points.max).optional(),
  releaseAt: instant('发布时间'),
  deadline: instant('截止时间'),
});

/**
 * 微心愿: staff, or a grid worker who met the need on their rounds, post a wish for a resident of the community,
 * released on the wall at its time.
 */
export default defineAction('wish.post', input, async (data, ctx) => {
  if (!isStaffOf(ctx, data.communityId) && gridsOf(ctx, data.communityId).length === 0) throw new DomainError('AUTH.FORBIDDEN');
  const community = await ctx.store.getCommunity(data.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  if (data.beneficiaryId && !isResidentOf({ roles: await ctx.store.rolesOf(data.beneficiaryId) }, community.id)) {
    throw new DomainError('USER.NOT_FOUND', { beneficiaryId: '受助居民须是本社区居民' });
  }
  const wish = newWish({ ...data, id: randomUUID(), community, points: data.points ?? null, postedBy: ctx.user.id }, ctx.now, community.settings);
  const saved = await ctx.store.createWish(wish);
  return (await wishViews(ctx, [saved], { now: ctx.now, caller: callerOf(ctx), unit: null }))[0];
});
