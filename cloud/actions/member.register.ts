import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { memberViews } from '../views/member.view';
import { id, optionalText, phone, skills, text } from './shared/schemas';

/** 党员报到: an in-service member registers with the community they live in; staff verify it. */
export default defineAction(
  'member.register',
  z.object({
    communityId: id,
    realName: text('真实姓名', LIMITS.realName),
    phone,
    workUnit: text('在职单位', LIMITS.workUnit),
    branch: text('所在党支部', LIMITS.branch),
    skills,
    pledge: optionalText('服务承诺', LIMITS.pledge).transform((v) => v ?? ''),
    teamId: id.nullable().optional().transform((v) => v ?? null),
    gridId: id.nullable().optional().transform((v) => v ?? null),
  }),
  async (input, ctx) => {
    const community = await ctx.store.getCommunity(input.communityId);
    if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
    const menu = await ctx.store.getMenu(community.id);
    if (input.teamId && !menu.teams.some((t) => t.id === input.teamId)) throw new DomainError('TEAM.NOT_FOUND');
    if (input.gridId && !menu.grids.some((g) => g.id === input.gridId)) throw new DomainError('GRID.NOT_FOUND');
    const profile = await ctx.store.applyMember({ ...input, userId: ctx.user.id, createdAt: ctx.now.toISOString() });
    if (!profile) throw new DomainError('MEMBER.ALREADY_REGISTERED');
    if (!ctx.user.name) await ctx.store.setUserName(ctx.user.id, input.realName);
    return (await memberViews(ctx, community.id, [profile], true))[0];
  },
);
