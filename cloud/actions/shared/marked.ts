/**
 * Fields a schema marks for a check every action shares: `text` (user text others read, content-checked) and
 * `files` (uploaded photos, which must belong to the caller). The helpers in schemas.ts mark their schemas, and
 * defineAction finds every marked field of an action's input, so no action can forget one.
 */
import type { z } from 'zod';

export type MarkKind = 'text' | 'files';

const marks = new WeakMap<object, MarkKind>();

/** Marks a schema as a field of this kind; returns it unchanged. */
export function mark<S extends z.ZodType>(kind: MarkKind, schema: S): S {
  marks.set(schema, kind);
  return schema;
}

/** A path into parsed input: keys, and '*' for every element of an array. */
export type FieldPath = string[];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  in?: z.ZodType;
  innerType?: z.ZodType;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function walk(schema: z.ZodType, path: FieldPath, kind: MarkKind, out: FieldPath[]): void {
  if (marks.get(schema) === kind) return void out.push(path);
  const def = defOf(schema);
  if (def.type === 'object') for (const [key, s] of Object.entries(def.shape!)) walk(s, [...path, key], kind, out);
  else if (def.type === 'array') walk(def.element!, [...path, '*'], kind, out);
  else if (def.type === 'pipe') walk(def.in!, path, kind, out);
  else if (def.innerType) walk(def.innerType, path, kind, out);
}

const cache: Record<MarkKind, WeakMap<object, FieldPath[]>> = { text: new WeakMap(), files: new WeakMap() };

/** Where an input schema holds fields of this kind (e.g. `['address', 'building']`, `['skills', '*']`). */
export function markedPaths(kind: MarkKind, schema: z.ZodType): FieldPath[] {
  let paths = cache[kind].get(schema);
  if (!paths) {
    paths = [];
    walk(schema, [], kind, paths);
    cache[kind].set(schema, paths);
  }
  return paths;
}

function valuesAt(value: unknown, path: FieldPath, out: string[]): void {
  if (path.length === 0) {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push(v);
    return;
  }
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(value)) for (const v of value) valuesAt(v, rest, out);
  } else if (value !== null && typeof value === 'object') valuesAt((value as Record<string, unknown>)[head], rest, out);
}

/** Every string held by a marked field of this kind in parsed input. */
export function markedValues(kind: MarkKind, schema: z.ZodType, input: unknown): string[] {
  const out: string[] = [];
  for (const path of markedPaths(kind, schema)) valuesAt(input, path, out);
  return out;
}
