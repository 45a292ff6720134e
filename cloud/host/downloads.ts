/**
 * Export files on the local host: kept in the files area beside photos, served through the same short-lived signed
 * URLs (export.url issues them to callers who may create the export), as a download under the export's own name.
 */
import { createReadStream, existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Store } from '../store/store.port';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the export `name` (a signed URL's, already checked); false when it is not an export file kept here. */
export async function serveExport(res: ServerResponse, dir: string, name: string, store: Store): Promise<boolean> {
  if (!/^[0-9a-f-]{36}\.xlsx$/.test(name)) return false;
  const path = join(dir, name);
  if (!existsSync(path)) return false;
  const record = await store.getExportByFile(`/files/${name}`);
  res.writeHead(200, {
    'content-type': XLSX,
    // The Chinese name for browsers (RFC 6266 / 5987), the plain one for the rest.
    'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(record?.name ?? name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  createReadStream(path).pipe(res);
  return true;
}
