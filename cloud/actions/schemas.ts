/**
 * Input pieces shared by the action schemas, with the Chinese a resident reads when one is wrong.
 * Zod's zh-CN locale covers the rest; objects strip unknown keys.
 */
import { z } from 'zod';

z.config(z.locales.zhCN());

export const id = z.string({ error: '缺少必要的编号' }).trim().min(1, '缺少编号').max(64, '编号无效');

export const text = (label: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min > 1 ? `${label}至少需要${min}个字` : `请填写${label}`)
    .max(max, `${label}最多${max}个字`);

export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}最多${max}个字`).nullish().transform((v) => (v ? v : null));

/** Mainland mobile numbers, or a landline with area code (e.g. 0519-88888888). */
export const phone = z
  .string({ error: '请填写联系电话' })
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请填写正确的手机号或座机号');

export const instant = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label}格式不正确` }).transform((v) => new Date(v).toISOString());

/** A stored photo: a WeChat cloud fileID or a file the local host accepted. */
export const photos = z
  .array(z.string().regex(/^(cloud:\/\/[\w.\-/]+|\/files\/[\w.-]+)$/, '图片地址无效'), { error: '图片格式不正确' })
  .max(6, '最多上传6张图片')
  .default([]);

export const orderRef = {
  orderId: id,
  /** The version the caller saw; a stale one is refused, and a retry of the caller's own last step is recognised. */
  version: z.number().int().positive().optional(),
};

export const pageInput = {
  cursor: z.string().max(512).optional(),
  limit: z.number().int().min(1).max(50).default(20),
};

export const reason = text('原因', 200, 2);
export const note = text('说明', 500);
