import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { checkPlacement, residentFields, residentViews } from './shared/residents';
import { id } from './shared/schemas';

/** 居民档案: staff, or a grid worker in one of their grids, records a resident who cannot use the app. */
const input = z.object({
  communityId: id,
  ...residentFields,
  address: residentFields.address.optional().transform((v) => v ?? null),
  gridId: residentFields.gridId.optional().transform((v) => v ?? null),
  tags: residentFields.tags.default([]),
});

export default defineAction('resident.create', input, async (input, ctx) => {
  const community = await ctx.store.getCommunity(input.communityId);
  if (!community) throw new DomainError('COMMUNITY.NOT_FOUND');
  await checkPlacement(ctx, community, input.gridId, input.tags);
  const at = ctx.now.toISOString();
  const record = await ctx.store.createResidentRecord({
    id: randomUUID(),
    communityId: community.id,
    name: input.name,
    phone: input.phone,
    address: input.address,
    gridId: input.gridId,
    tags: [...new Set(input.tags)],
    linkedUserId: null,
    createdBy: ctx.user.id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  return (await residentViews(ctx, community.id, [record]))[0];
});
