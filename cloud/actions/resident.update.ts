import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { checkPlacement, loadRecord, residentFields, residentViews } from './shared/residents';
import { id } from './shared/schemas';

/** Changes a record (staff, or a worker of its grid, who may only move it to another of their grids); audited. */
export default defineAction(
  'resident.update',
  z.object({
    residentId: id,
    version: z.number().int().positive(),
    name: residentFields.name.optional(),
    phone: residentFields.phone.optional(),
    address: residentFields.address.optional(),
    gridId: residentFields.gridId.optional(),
    tags: residentFields.tags.optional(),
  }),
  async ({ residentId, version, ...patch }, ctx) => {
    const { record, community } = await loadRecord(ctx, residentId, true);
    if (record.version !== version) throw new DomainError('RESIDENT.CONFLICT');
    const gridId = patch.gridId === undefined ? record.gridId : patch.gridId;
    await checkPlacement(ctx, community, gridId, patch.tags ?? record.tags.filter((t) => community.settings.residentTags.includes(t)));
    const tags = patch.tags && [...new Set(patch.tags)];
    const updated = await ctx.store.updateResidentRecord({ id: record.id, expectVersion: version, patch: { ...patch, tags }, actorId: ctx.user.id, now: ctx.now });
    if (!updated) throw new DomainError('RESIDENT.CONFLICT');
    return (await residentViews(ctx, community.id, [updated]))[0];
  },
);
