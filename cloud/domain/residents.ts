/**
 * 居民档案 rules: who may keep and see a record, and what an update changed (its audit line).
 */
import type { Address } from '../../types/domain';
import type { ResidentPatch, ResidentRecord } from '../../types/residents';

const sameAddress = (a: Address | null, b: Address | null) =>
  (a?.building ?? null) === (b?.building ?? null) && (a?.unit ?? null) === (b?.unit ?? null) && (a?.room ?? null) === (b?.room ?? null);

const SAME: { [K in keyof Required<ResidentPatch>]: (a: ResidentRecord[K], b: NonNullable<ResidentPatch[K]> | null) => boolean } = {
  name: (a, b) => a === b,
  phone: (a, b) => a === b,
  address: (a, b) => sameAddress(a, b),
  gridId: (a, b) => a === b,
  tags: (a, b) => a.length === (b ?? []).length && a.every((t, i) => t === b![i]),
};

/** The fields of the patch that differ from the record, in a fixed order: what the audit says was changed. */
export function changedFields(record: ResidentRecord, patch: ResidentPatch): (keyof ResidentPatch)[] {
  return (Object.keys(SAME) as (keyof ResidentPatch)[]).filter(
    (f) => f in patch && patch[f] !== undefined && !SAME[f](record[f] as never, patch[f] as never),
  );
}
