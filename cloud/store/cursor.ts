/**
 * Keyset pagination cursors: the sort key and id of the last row seen, opaque to the client.
 * A page never skips or repeats rows when orders arrive between requests, and costs the same at page 1 or 1,000.
 */
import { inInstantRange } from '../../types/limits';
import { DomainError } from '../domain/domain.error';

/** [sort value, id], or for lists ranked by attention first (cloud/domain/attention.ts) [rank, sort value, id]. */
export type CursorKey = [string | number | null, string] | [number, string, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What the sort key of a list is: an instant (orders, members), nothing, the id being a serial (ledger), or an
 * attention rank then an instant (the queues staff work from).
 */
export type CursorKind = 'instant' | 'serial' | 'ranked';

const isInstant = (v: unknown): v is string => typeof v === 'string' && inInstantRange(v) && new Date(v).toISOString() === v;

/** Only keys the store itself writes: instants as toISOString(), serial ids as digits, ranks 0–3. */
function isKey(key: unknown, kind: CursorKind): key is CursorKey {
  if (!Array.isArray(key) || key.length !== (kind === 'ranked' ? 3 : 2)) return false;
  const id: unknown = key[key.length - 1];
  if (typeof id !== 'string' || id === '') return false;
  if (kind === 'serial') return key[0] === null && /^\d{1,15}$/.test(id);
  if (kind === 'ranked') return [0, 1, 2, 3].includes(key[0]) && isInstant(key[1]);
  return isInstant(key[0]);
}

export function decodeCursor(cursor: string | null, kind: CursorKind = 'instant'): CursorKey | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isKey(key, kind)) return key;
  } catch {
    // fall through: a cursor we did not write
  }
  throw new DomainError('INPUT.INVALID', { cursor: '翻页参数无效，请刷新列表' });
}

/** Cuts one extra row off a fetch of `limit + 1` and makes the cursor for the next page from the last row kept. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit && items.length > 0 ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
