import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { belongsTo } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { unitView } from '../views/wish.view';
import { defineAction } from './shared/action';
import { id, phone, text } from './shared/schemas';

const input = z.object({
  communityId: id,
  name: text('单位名称', LIMITS.unitName),
  kind: z.enum(['resident_unit', 'new_org', 'private_firm'], { error: '请选择单位类型' }),
  contactName: text('联系人', LIMITS.contactName),
  phone,
});

/** 驻区单位, 两新组织 and 非公企业 register with the community; the caller is its contact; staff verify it. */
export default defineAction('unit.register', input, async (data, ctx) => {
  const community = await ctx.store.getCommunity(data.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  if (!belongsTo(ctx, community)) throw new DomainError('COMMUNITY.NOT_JOINED');
  const unit = await ctx.store.createUnit({
    ...data, id: randomUUID(), contactIds: [ctx.user.id], status: 'pending', reviewNote: null, createdAt: ctx.now.toISOString(),
  });
  if (!unit) throw new DomainError('UNIT.ALREADY_REGISTERED');
  return unitView(unit);
});
