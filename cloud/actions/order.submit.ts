import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { isResidentOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { noticesForNew } from '../domain/notices';
import { newOrder } from '../domain/order.create';
import { defineAction } from './shared/action';
import { callerOf } from './shared/caller';
import { detailFor } from './shared/order.run';
import { id, instant, optionalText, phone, photos, text } from './shared/schemas';

const address = z
  .object({
    building: text('楼栋', LIMITS.building),
    unit: optionalText('单元', LIMITS.unit),
    room: optionalText('门牌号', LIMITS.room),
  })
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** 群众点单: a resident of the community places an order; a retry with the same key returns the same order. */
export default defineAction(
  'order.submit',
  z.object({
    communityId: id,
    idempotencyKey: z.string().trim().min(8, '提交编号无效').max(64, '提交编号无效'),
    categoryId: id,
    title: text('需求标题', LIMITS.title),
    description: optionalText('详细描述', LIMITS.description).transform((v) => v ?? ''),
    photos,
    address,
    gridId: id.nullable().optional().transform((v) => v ?? null),
    preferredTime: instant('期望时间').nullable().optional().transform((v) => v ?? null),
    contactName: text('联系人', LIMITS.contactName),
    contactPhone: phone,
    urgency: z.enum(['normal', 'urgent', 'life_threatening'], { error: '请选择紧急程度' }).default('normal'),
  }),
  async (input, ctx) => {
    const community = await ctx.store.getCommunity(input.communityId);
    if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
    if (!isResidentOf(ctx, community.id)) throw new DomainError('COMMUNITY.NOT_JOINED');
    const menu = await ctx.store.getMenu(community.id);
    const order = newOrder(
      {
        ...input,
        id: randomUUID(),
        residentId: ctx.user.id,
        community,
        category: menu.categories.find((c) => c.id === input.categoryId),
        gridIds: menu.grids.map((g) => g.id),
      },
      ctx.now,
      community.settings,
    );
    const saved = await ctx.store.createOrder(order, input.idempotencyKey, noticesForNew(order, community.settings));
    return detailFor(ctx, saved.order, callerOf(ctx), ctx.now, saved.events);
  },
);
