/**
 * The export page's work: the scope's recent exports, running one (its progress read from export.list while
 * export.create is still writing), and opening a finished file.
 */
import { useState } from 'react';
import type { ExportKind, ExportScope } from '../../../../types/exports';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { openFile } from '../../../utils/download';
import { toast } from '../../../utils/toast';
import type { Period } from './period';

/** How often the page asks how far a running export got. */
const POLL_MS = 1500;

export function useExports(scope: ExportScope) {
  const key = JSON.stringify(scope);
  const recent = useRequest(() => call('export.list', { scope }), [key]);
  /** Rows written so far while an export runs; null when none runs. */
  const [progress, setProgress] = useState<number | null>(null);
  const [periodError, setPeriodError] = useState<string | undefined>();
  const [opening, setOpening] = useState<string | null>(null);

  async function run(kind: ExportKind, period: Period) {
    setPeriodError(undefined);
    setProgress(0);
    const poll = setInterval(() => {
      call('export.list', { scope })
        .then((list) => {
          const mine = list.find((e) => e.state === 'running' && e.kind === kind);
          if (mine) setProgress(mine.rows);
        })
        .catch(() => undefined);
    }, POLL_MS);
    try {
      const out = await call('export.create', { scope, kind, ...period });
      toast.success(out.rows > 0 ? `已生成，共 ${out.rows} 行` : '已生成（该时段没有记录）');
      await recent.reload();
      await open(out.fileId);
    } catch (e) {
      if (e instanceof ApiError && (e.fields.to || e.fields.from)) setPeriodError(e.fields.to ?? e.fields.from);
      else toast.error(e);
      await recent.reload();
    } finally {
      clearInterval(poll);
      setProgress(null);
    }
  }

  async function open(fileId: string) {
    setOpening(fileId);
    try {
      const { url, name } = await call('export.url', { fileId });
      await openFile(url, name);
    } catch (e) {
      toast.error(e);
    } finally {
      setOpening(null);
    }
  }

  return { recent, progress, periodError, clearPeriodError: () => setPeriodError(undefined), run, open, opening };
}
