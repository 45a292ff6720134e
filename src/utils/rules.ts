/**
 * The checks the forms make before sending, in the words the user reads. Numbers and patterns come from
 * types/limits.ts, which the server's schemas use too; these only say them in Chinese.
 */
import type { FieldErrors } from '../../types/errors';
import { LIMITS, PHONE_MESSAGE, PHONE_PATTERN } from '../../types/limits';

/** Said in a toast once the fields show what to fix. */
export const CHECK_FAILED = '还有内容没填好，请按红字提示修改';

/** A required text: 请填写… when blank, then its length against min/max (counted after trimming). */
export function textError(value: string, name: string, limit: { min?: number; max?: number }, required = true): string | undefined {
  const v = value.trim();
  if (!v) return required ? `请填写${name}` : undefined;
  if (limit.min && v.length < limit.min) return `${name}至少需要${limit.min}个字`;
  if (limit.max && v.length > limit.max) return `${name}最多${limit.max}个字`;
  return undefined;
}

/** A phone number: mobile or landline, as the server accepts it. */
export function phoneError(value: string, name = '联系电话'): string | undefined {
  const v = value.trim();
  if (!v) return `请填写${name}`;
  return PHONE_PATTERN.test(v) ? undefined : PHONE_MESSAGE;
}

/** A whole number within a range (积分, 人数). */
export function integerError(value: string, name: string, limit: { min: number; max: number }): string | undefined {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < limit.min || n > limit.max) return `${name}须为${limit.min}–${limit.max}的整数`;
  return undefined;
}

/** Why a skill cannot be added to these (blank, too long, too many), or undefined when it can. */
export function skillError(skills: string[], raw: string): string | undefined {
  const s = raw.trim();
  if (!s) return '请先输入技能名称';
  if (s.length > LIMITS.skill.max) return `技能最多${LIMITS.skill.max}个字`;
  if (!skills.includes(s) && skills.length >= LIMITS.skills.max) return `最多填写${LIMITS.skills.max}项技能`;
  return undefined;
}

/** Only the messages that are set, in the order given (the order the fields appear in). */
export function collect(entries: [string, string | undefined][]): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of entries) if (v) out[k] = v;
  return out;
}

/** The first message for `name` or a path under it (`poolLimit.skills` for `poolLimit.skills.0`). */
export function errorFor(errors: FieldErrors | undefined, name: string): string | undefined {
  if (!errors) return undefined;
  if (errors[name]) return errors[name];
  const key = Object.keys(errors).find((k) => k.startsWith(`${name}.`));
  return key ? errors[key] : undefined;
}
