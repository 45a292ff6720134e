import { z } from 'zod';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { resolveScope, scopeOfKey } from './shared/export.scope';

/**
 * A short-lived URL of an export's file (the same signed or temporary URLs as photos), only for a caller who may
 * create that export; to anyone else the file does not exist.
 */
export default defineAction('export.url', z.object({ fileId: z.string().trim().min(1).max(300) }), async (input, ctx) => {
  const record = await ctx.store.getExportByFile(input.fileId);
  const scope = record && scopeOfKey(record.scopeKey);
  if (!record || !scope) throw new DomainError('EXPORT.NOT_FOUND');
  await resolveScope(ctx, scope).catch(() => {
    throw new DomainError('EXPORT.NOT_FOUND');
  });
  const url = (await ctx.platform.photoUrls([input.fileId]))[input.fileId];
  if (!url) throw new DomainError('EXPORT.NOT_FOUND');
  return { url, name: record.name };
});
