import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { gridForBuilding } from '../../types/grids';
import { RECORD_OPENID_PREFIX, type PlacedBy } from '../../types/residents';
import { isStaffOf, isAdminOver } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { noticesForNew } from '../domain/notices';
import { newOrder } from '../domain/order.create';
import { defineAction } from './shared/action';
import { assertSafeText } from './shared/safety';
import { callerOf } from './shared/caller';
import { detailFor } from './shared/order.run';
import { loadRecord } from './shared/residents';
import { id, phone } from './shared/schemas';
import { submitFields } from './shared/submit.fields';

/**
 * 代点单: staff, or a worker of the record's grid, places an order for a resident without the app. The order is the
 * resident's (their linked account, or until they join a placeholder account kept for the record, so an order always
 * has a resident); it carries the record and who placed it. Contact, address and grid default to the record's.
 * A retry with the same key returns the same order.
 */
export default defineAction(
  'order.submitFor',
  z.object({
    ...submitFields,
    residentId: id,
    communityId: id.optional(),
    contactName: submitFields.contactName.optional(),
    contactPhone: phone.optional(),
  }),
  async (input, ctx) => {
    const { record, community } = await loadRecord(ctx, input.residentId, true);
    if (input.communityId && input.communityId !== record.communityId) throw new DomainError('RESIDENT.NOT_FOUND');
    const placedBy: PlacedBy = {
      userId: ctx.user.id,
      name: ctx.user.name,
      role: isStaffOf(ctx, community.id) ? (isAdminOver(ctx, community) ? 'admin' : 'staff') : placerGridRole(ctx, record.gridId),
    };
    const menu = await ctx.store.getMenu(community.id);
    const checked = newOrder(
      {
        ...input,
        id: randomUUID(),
        residentId: '',
        recordId: record.id,
        placedBy,
        community,
        category: menu.categories.find((c) => c.id === input.categoryId),
        // The record's grid, else the one covering the address's building.
        gridId: input.gridId ?? record.gridId ?? gridForBuilding(menu.grids, (input.address ?? record.address)?.building),
        gridIds: menu.grids.map((g) => g.id),
        address: input.address ?? record.address,
        contactName: input.contactName ?? record.name,
        contactPhone: input.contactPhone ?? record.phone,
      },
      ctx.now,
      community.settings,
    );
    // The placeholder account only once the order is known to be valid: a refused one leaves nothing behind.
    const order = { ...checked, residentId: record.linkedUserId ?? (await ctx.store.ensureUser(`${RECORD_OPENID_PREFIX}${record.id}`, record.name)).id };
    // Answers are user text too; only those the category asks are kept and checked.
    await assertSafeText(ctx, ...Object.values(order.answers).flat().map(String));
    const saved = await ctx.store.createOrder(order, input.idempotencyKey, noticesForNew(order, community.settings));
    return detailFor(ctx, saved.order, callerOf(ctx, await ctx.store.getMember(ctx.user.id, community.id)), ctx.now, saved.events);
  },
);

/** The grid role the placer holds for the record's grid: 网格长 over 网格员. */
function placerGridRole(ctx: { roles: { role: string; gridId?: string | null }[] }, gridId: string | null): PlacedBy['role'] {
  return ctx.roles.some((r) => r.role === 'grid_leader' && r.gridId === gridId) ? 'grid_leader' : 'grid_worker';
}
