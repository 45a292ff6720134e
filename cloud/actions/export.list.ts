import { z } from 'zod';
import { defineAction } from './shared/action';
import { exportScopeInput, resolveScope } from './shared/export.scope';

/** How many of a scope's exports the export page lists. */
const RECENT = 20;
/**
 * A run still marked running after this long was cut off (the process or the cloud function stopped mid-file): it
 * will never finish, so it is shown as not done rather than forever in progress.
 */
const CUT_OFF_MS = 15 * 60_000;

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
    state: r.state === 'running' && ctx.now.getTime() - Date.parse(r.at) > CUT_OFF_MS ? ('failed' as const) : r.state,
    rows: r.rows,
    name: r.name,
    fileId: r.fileId,
    byName: names.get(r.createdBy) ?? '',
    at: r.at,
  }));
});
