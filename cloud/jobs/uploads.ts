/**
 * Removes photos uploaded but never attached to an order within LIMITS.uploads.keepHours: the stored file (through
 * the platform: the host's folder, or cloud storage) and then its record. Run with the sweep.
 */
import { LIMITS } from '../../types/limits';
import type { Platform } from '../platform/platform';
import type { Store } from '../store/store.port';

const BATCH = 100;

export async function removeStaleUploads(store: Store, platform: Platform, now: Date): Promise<number> {
  const before = new Date(now.getTime() - LIMITS.uploads.keepHours * 3_600_000);
  let removed = 0;
  for (;;) {
    const stale = (await store.staleUploads(before, BATCH)).map((u) => u.fileId);
    if (stale.length === 0) return removed;
    await platform.deleteFiles(stale);
    await store.deleteUploads(stale);
    removed += stale.length;
    if (stale.length < BATCH) return removed;
  }
}
