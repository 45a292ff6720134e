import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { EXPORT_KIND_LABEL, EXPORT_KINDS } from '../../types/exports';
import { LIMITS } from '../../types/limits';
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors';
import { local } from '../../src/utils/time';
import { DomainError } from '../domain/domain.error';
import { namesFor } from '../exports/names';
import { writeWorkbook } from '../exports/workbook';
import type { ExportRecord } from '../store/store.port';
import { defineAction } from './shared/action';
import { callerOf } from './shared/caller';
import { exportScopeInput, resolveScope } from './shared/export.scope';
import { instant } from './shared/schemas';

const DAY = 86_400_000;
const refuse = (code: ErrorCode) => new DomainError(code, { to: ERROR_MESSAGES[code] });
const day = (ms: number) => local(new Date(ms).toISOString()).format('YYYY-MM-DD');

/**
 * Writes the scope's 问题帐, 办法帐, 民意帐 or members' hours for a period as an .xlsx file and keeps it in the
 * platform's file storage. Its record shows the rows written so far while it runs (export.list); the file is read
 * through export.url, by whoever may create it.
 */
export default defineAction(
  'export.create',
  z.object({
    scope: exportScopeInput,
    kind: z.enum(EXPORT_KINDS, { error: '请选择要导出的台账' }),
    from: instant('开始时间'),
    to: instant('结束时间'),
  }),
  async (input, ctx) => {
    const from = Date.parse(input.from);
    const to = Date.parse(input.to);
    if (from >= to) throw refuse('EXPORT.PERIOD_INVALID');
    if (to - from > LIMITS.exportPeriod.maxDays * DAY) throw refuse('EXPORT.PERIOD_TOO_LONG');
    const scope = await resolveScope(ctx, input.scope);
    const id = randomUUID();
    const record: ExportRecord = {
      id,
      scopeKey: scope.key,
      kind: input.kind,
      from: input.from,
      to: input.to,
      state: 'running',
      rows: 0,
      // The period as people name it: its first and last day (`to` is the instant after it).
      name: `${scope.label}-${EXPORT_KIND_LABEL[input.kind]}-${day(from)}至${day(to - 1)}.xlsx`,
      fileId: null,
      createdBy: ctx.user.id,
      at: ctx.now.toISOString(),
    };
    await ctx.store.saveExport(record);
    const path = join(tmpdir(), `sandan-export-${id}.xlsx`);
    try {
      const rows = await writeWorkbook(path, {
        store: ctx.store,
        kind: input.kind,
        query: { communityIds: scope.communities.map((c) => c.id), from: new Date(from), to: new Date(to) },
        caller: callerOf(ctx),
        names: await namesFor(ctx.store, scope.communities),
        now: ctx.now,
        progress: (n) => ctx.store.saveExport({ ...record, rows: n }),
      });
      const fileId = await ctx.platform.keepFile(path, `exports/${scope.key.replace(':', '-')}/${id}.xlsx`);
      await ctx.store.saveExport({ ...record, state: 'done', rows, fileId });
      return { fileId, name: record.name, rows };
    } catch (e) {
      rmSync(path, { force: true });
      await ctx.store.saveExport({ ...record, state: 'failed' });
      throw e;
    }
  },
);
