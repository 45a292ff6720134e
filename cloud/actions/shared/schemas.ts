/**
 * Input pieces shared by the action schemas, with the Chinese a resident reads when one is wrong.
 * Numbers and patterns come from types/limits.ts, which the pages check too. Zod's zh-CN locale covers the rest;
 * objects strip unknown keys.
 */
import { z } from 'zod';
// One locale, imported by path: `z.locales` would pull every language into the cloud function bundle.
import zhCN from 'zod/v4/locales/zh-CN.cjs';
import { inInstantRange, LIMITS, PHONE_MESSAGE, PHONE_PATTERN } from '../../../types/limits';
import { mark } from './marked';

z.config(zhCN());

type Range = { readonly min?: number; readonly max: number };

export const id = z.string({ error: '缺少必要的编号' }).trim().min(1, '缺少编号').max(64, '编号无效');

/**
 * Required text within a limit from LIMITS; a minimum above 1 is named in the message. User text: every action
 * content-checks it before running (action.ts).
 */
export const text = (label: string, { min = 1, max }: Range) =>
  mark(
    'text',
    z
      .string({ error: `请填写${label}` })
      .trim()
      .min(min, min > 1 ? `${label}至少需要${min}个字` : `请填写${label}`)
      .max(max, `${label}最多${max}个字`),
  );

/** Optional text: blank becomes null. User text, like `text`. */
export const optionalText = (label: string, { max }: Range) =>
  mark('text', z.string().trim().max(max, `${label}最多${max}个字`).nullish().transform((v) => (v ? v : null)));

export const phone = z.string({ error: '请填写联系电话' }).trim().regex(PHONE_PATTERN, PHONE_MESSAGE);

export const instant = (label: string) =>
  z.iso
    .datetime({ offset: true, error: `${label}格式不正确` })
    .refine(inInstantRange, `${label}不在有效范围内`)
    .transform((v) => new Date(v).toISOString());

/** Control characters no one types; PostgreSQL refuses NUL outright. Tab and line breaks are text. */
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const UNREADABLE_MESSAGE = '内容中有无法识别的字符，请删除后重试';

/**
 * The path of the first string anywhere in a request that holds an unreadable character, or null. Checked once for
 * every action before its schema, so no action can forget it.
 */
export function unreadableAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return UNREADABLE.test(value) ? path || '_' : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, v] of Object.entries(value)) {
    const found = UNREADABLE.test(key) ? path || '_' : unreadableAt(v, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/** Stored photos: WeChat cloud fileIDs or files the local host accepted, each one the caller may attach (action.ts). */
export const photos = mark(
  'files',
  z
    .array(z.string().regex(/^(cloud:\/\/[\w.\-/]+|\/files\/[\w.-]+)$/, '图片地址无效'), { error: '图片格式不正确' })
    .max(LIMITS.photos.max, `最多上传${LIMITS.photos.max}张图片`)
    .default([]),
);

/** A member's skills: short tags, a few of them; user text. */
export const skills = z
  .array(mark('text', z.string().trim().min(1).max(LIMITS.skill.max, `技能最多${LIMITS.skill.max}个字`)))
  .max(LIMITS.skills.max, `最多填写${LIMITS.skills.max}项技能`)
  .default([]);

export const orderRef = {
  orderId: id,
  /** The version the caller saw; a stale one is refused, and a retry of the caller's own last step is recognised. */
  version: z.number().int().positive().optional(),
};

export const pageInput = {
  cursor: z.string().max(512).optional(),
  limit: z.number().int().min(LIMITS.pageSize.min).max(LIMITS.pageSize.max).default(LIMITS.pageSize.default),
};

export const reason = text('原因', LIMITS.reason);
export const note = text('说明', LIMITS.note);
