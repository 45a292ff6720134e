import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { noticesForNew } from '../domain/notices';
import { newOrder } from '../domain/order.create';
import { defineAction } from './action';
import { hasRoleIn } from './caller';
import { detailFor } from './order.run';
import { assertSafeText } from './safety';
import { id, instant, optionalText, phone, photos, text } from './schemas';

const address = z
  .object({
    building: text('楼栋', 30),
    unit: optionalText('单元', 20),
    room: optionalText('门牌号', 20),
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
    title: text('需求标题', 40, 2),
    description: optionalText('详细描述', 1000).transform((v) => v ?? ''),
    photos,
    address,
    gridId: id.nullable().optional().transform((v) => v ?? null),
    preferredTime: instant('期望时间').nullable().optional().transform((v) => v ?? null),
    contactName: text('联系人', 20),
    contactPhone: phone,
    urgency: z.enum(['normal', 'urgent', 'life_threatening'], { error: '请选择紧急程度' }).default('normal'),
  }),
  async (input, ctx) => {
    const community = await ctx.store.getCommunity(input.communityId);
    if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
    if (!hasRoleIn(ctx, 'resident', community.id)) throw new DomainError('COMMUNITY.NOT_JOINED');
    await assertSafeText(ctx, input.title, input.description);
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
    const caller = { userId: ctx.user.id, name: ctx.user.name, roles: ctx.roles, member: null };
    return detailFor(ctx.store, saved.order, caller, ctx.now);
  },
);
