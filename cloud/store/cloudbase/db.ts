/**
 * The part of wx-server-sdk's database the CloudBase adapter uses, typed, and the few moves every part of it makes:
 * read one document, insert once (a duplicate `_id` or unique key means "already there"), count, and read a sorted
 * list by keyset in server pages of at most 100 (CloudBase's limit per get).
 */
import type { database } from 'wx-server-sdk';
import type { Page } from '../../../types/views';
import type { PageRequest } from '../store.port';
import { decodeCursor, toPage, type CursorKey, type CursorKind } from '../cursor';

/** What `cloud.database()` returns. */
export type WxDatabase = ReturnType<typeof database>;
export type Command = WxDatabase['command'];
export type Doc = Record<string, any>;
/** A `where` condition: a plain object, or a logic command (`_.and`, `_.or`). */
export type Filter = Parameters<Command['and']>[number];

export interface CbQuery {
  where(condition: Filter): CbQuery;
  orderBy(field: string, order: 'asc' | 'desc'): CbQuery;
  limit(max: number): CbQuery;
  field(projection: Record<string, boolean>): CbQuery;
  get(): Promise<{ data: Doc[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: Doc }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface CbAggregate {
  match(condition: Filter): CbAggregate;
  group(spec: Doc): CbAggregate;
  end(): Promise<{ list: Doc[] }>;
}

export interface CbCollection extends CbQuery {
  add(options: { data: Doc }): Promise<{ _id: string }>;
  aggregate(): CbAggregate;
}

/** Every collection the adapter touches; indexes.json lists each with its indexes. */
export type CollectionName =
  | 'streets'
  | 'departments'
  | 'communities'
  | 'grids'
  | 'teams'
  | 'categories'
  | 'users'
  | 'members'
  | 'orders'
  | 'claimers'
  | 'ledger'
  | 'ledgerMonths'
  | 'notices'
  | 'uploads'
  | 'residents'
  | 'residentAudit'
  | 'visits'
  | 'visitLast'
  | 'stats_facts'
  | 'stats_days'
  | 'stats_member_days'
  | 'stats_member_months'
  | 'stats_now'
  | 'stats_meta'
  | 'exports'
  | 'wishes'
  | 'units'
  | 'wishHolds'
  | 'topics'
  | 'topicCosigns'
  | 'settingsAudit'
  | 'boardMarks';

export interface Cb {
  readonly _: Command;
  readonly $: Command['aggregate'];
  coll(name: CollectionName): CbCollection;
  /** A regular expression matching `text` literally anywhere in a string. */
  contains(text: string): unknown;
  /** A regular expression matching strings that end with `text`, literally. */
  endsWith(text: string): unknown;
}

/** CloudBase returns at most this many documents per get from a cloud function. */
export const MAX_PAGE = 100;

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function openCb(db: WxDatabase): Cb {
  return {
    _: db.command,
    $: db.command.aggregate,
    coll: (name) => db.collection(name) as unknown as CbCollection,
    contains: (text) => db.RegExp({ regexp: literal(text), options: '' }),
    endsWith: (text) => db.RegExp({ regexp: `${literal(text)}$`, options: '' }),
  };
}

/** All conditions at once: one of them as is, several under `_.and`. */
export function all(cb: Cb, conditions: Filter[]): Filter {
  return conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : cb._.and(...conditions);
}

export async function first(query: CbQuery): Promise<Doc | null> {
  return (await query.limit(1).get()).data[0] ?? null;
}

export async function byId(cb: Cb, name: CollectionName, id: string, projection?: Record<string, boolean>): Promise<Doc | null> {
  const query = cb.coll(name).where({ _id: id });
  return first(projection ? query.field(projection) : query);
}

export async function updated(write: Promise<{ stats: { updated: number } }>): Promise<number> {
  return (await write).stats.updated;
}

/**
 * Inserts `doc` unless it is already there: a failed insert is a duplicate exactly when `existing` finds the
 * document that blocked it (by `_id` or a unique index); any other failure is thrown.
 */
export async function insertOnce(
  coll: CbCollection,
  doc: Doc,
  existing: () => Promise<Doc | null>,
): Promise<{ doc: Doc; created: boolean }> {
  try {
    await coll.add({ data: doc });
    return { doc, created: true };
  } catch (e) {
    const found = await existing();
    if (found) return { doc: found, created: false };
    throw e;
  }
}

/** Adds `counters` to the document `id`, creating it with `fields` when it is not there yet. */
export async function incDoc(cb: Cb, name: CollectionName, id: string, fields: Doc, counters: Record<string, number>): Promise<void> {
  const changes = Object.entries(counters).filter(([, v]) => v !== 0);
  if (changes.length === 0) return;
  const inc = () => updated(cb.coll(name).where({ _id: id }).update({ data: Object.fromEntries(changes.map(([k, v]) => [k, cb._.inc(v)])) }));
  if ((await inc()) > 0) return;
  const { created } = await insertOnce(cb.coll(name), { _id: id, ...fields, ...counters }, () => byId(cb, name, id));
  if (!created) await inc();
}

export type SortKey = readonly [field: string, dir: 'asc' | 'desc'];

/** Rows strictly after `after` (the sort values of the last row seen) in the order of `sort`. */
function keysetAfter(cb: Cb, sort: readonly SortKey[], after: readonly unknown[]): Filter {
  const { _ } = cb;
  const branches = sort.map(([field, dir], i) => {
    const branch: Doc = {};
    for (let j = 0; j < i; j++) branch[sort[j][0]] = after[j];
    branch[field] = dir === 'asc' ? _.gt(after[i]) : _.lt(after[i]);
    return branch;
  });
  return branches.length === 1 ? branches[0] : _.or(...branches);
}

export interface SortedRead {
  filter: Filter[];
  /** Sort keys; the last one must be unique (the id), so the keyset never skips or repeats a row. */
  sort: readonly SortKey[];
  projection?: Record<string, boolean>;
}

/**
 * Up to `want` documents in the order of `sort`, after the row whose sort values are `after`, fetched by keyset in
 * server pages of at most 100: a list of any length costs ceil(n / 100) gets and never an offset scan.
 */
export async function readSorted(cb: Cb, name: CollectionName, read: SortedRead, after: readonly unknown[] | null, want: number): Promise<Doc[]> {
  const rows: Doc[] = [];
  let from = after;
  while (rows.length < want) {
    const n = Math.min(MAX_PAGE, want - rows.length);
    let query = cb.coll(name).where(all(cb, from ? [...read.filter, keysetAfter(cb, read.sort, from)] : read.filter));
    for (const [field, dir] of read.sort) query = query.orderBy(field, dir);
    query = query.limit(n);
    if (read.projection) query = query.field(read.projection);
    const { data } = await query.get();
    rows.push(...data);
    if (data.length < n) break;
    const last = data[data.length - 1];
    from = read.sort.map(([field]) => last[field]);
  }
  return rows;
}

/** Every matching document, however many (menus, a user's profiles, a chunk of ids). */
export function readAll(cb: Cb, name: CollectionName, read: SortedRead): Promise<Doc[]> {
  return readSorted(cb, name, read, null, Infinity);
}

/**
 * One page of a client list sorted by an instant and the id (ranked lists: the attention rank first): the same
 * opaque cursors as the pg adapter ([ISO instant, id] or [rank, ISO instant, id]), checked before anything is read.
 */
export async function pageOf<T>(
  cb: Cb,
  name: CollectionName,
  read: SortedRead,
  page: PageRequest,
  toItem: (d: Doc) => T,
  keyOf: (item: T) => CursorKey,
  kind: Exclude<CursorKind, 'serial'> = 'instant',
): Promise<Page<T>> {
  const after = decodeCursor(page.cursor, kind);
  // The value before the id is the instant, stored as a Date.
  const values = after && after.map((v, i) => (i === after.length - 2 ? new Date(v as string) : v));
  const rows = await readSorted(cb, name, read, values, page.limit + 1);
  return toPage(rows.map(toItem), page.limit, keyOf);
}
