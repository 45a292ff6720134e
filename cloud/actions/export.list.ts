import { z } from 'zod';
import { defineAction } from './shared/action';
import { exportScopeInput, resolveScope } from './shared/export.scope';

/** How many of a scope's exports the export page lists. */
const RECENT = 20;

/** The scope's recent exports, newest first; a running one's rows so far is the progress the page shows. */
export default defineAction('export.list', z.object({ scope: exportScopeInput }), async (input, ctx) => {
  const scope = await resolveScope(ctx, input.scope);
  const records = await ctx.store.listExports(scope.key, RECENT);
  const names = new Map((await ctx.store.getUsers([...new Set(records.map((r) => r.createdBy))])).map((u) => [u.id, u.name] as const));
  return records.map((r) => ({
    id: r.id,
    kind: r.kind,
    from: r.from,
    to: r.to,
    state: r.state,
    rows: r.rows,
    name: r.name,
    fileId: r.fileId,
    byName: names.get(r.createdBy) ?? '',
    at: r.at,
  }));
});
