/**
 * The input of `menu.saveCategory`: a service category with its own questions, each message in Chinese. A field's
 * key is unique in its category, and a choice offers at least two options.
 */
import { z } from 'zod';
import { LIMITS } from '../../../types/limits';
import { FIELD_LIMITS } from '../../../types/menu';
import { id, optionalText, text } from './schemas';

const field = z
  .object({
    key: z.string({ error: '请填写字段标识' }).regex(FIELD_LIMITS.key.pattern, '字段标识须以小写字母开头，只含小写字母、数字和下划线'),
    label: text('问题', { max: FIELD_LIMITS.label.max }),
    type: z.enum(['text', 'number', 'single', 'multi', 'date'], { error: '请选择题型' }),
    required: z.boolean().default(false),
    choices: z
      .array(z.string().trim().min(1, '选项不能为空').max(FIELD_LIMITS.choice.max, `每个选项最多${FIELD_LIMITS.choice.max}个字`))
      .max(FIELD_LIMITS.choices.max, `最多${FIELD_LIMITS.choices.max}个选项`)
      .optional(),
    hint: optionalText('提示', { max: FIELD_LIMITS.hint.max }).transform((v) => v ?? undefined),
  })
  .superRefine((f, ctx) => {
    const choices = f.choices ?? [];
    if ((f.type === 'single' || f.type === 'multi') && choices.length < FIELD_LIMITS.choices.min) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `单选或多选题请至少给出${FIELD_LIMITS.choices.min}个选项` });
    }
    if (new Set(choices).size !== choices.length) ctx.addIssue({ code: 'custom', path: ['choices'], message: '选项不能重复' });
  })
  // Only choices keep their options.
  .transform(({ choices, ...f }) => (f.type === 'single' || f.type === 'multi' ? { ...f, choices } : f));

/** A category as staff save it; without an id it is new. */
export const categoryInput = z.object({
  id: id.optional(),
  group: text('分组', { max: 10 }),
  name: text('服务名称', { max: 20 }),
  icon: z.string().trim().max(20, '图标无效').default('heart'),
  basePoints: z.number({ error: '请填写基础积分' }).int('基础积分须为整数').min(LIMITS.points.min, `基础积分须在${LIMITS.points.min}至${LIMITS.points.max}之间`).max(LIMITS.points.max, `基础积分须在${LIMITS.points.min}至${LIMITS.points.max}之间`),
  defaultPriority: z.enum(['low', 'normal', 'high'], { error: '请选择默认优先级' }).default('normal'),
  photoRequired: z.boolean().default(true),
  active: z.boolean().default(true),
  sort: z.number().int().min(0).max(999).optional(),
  fields: z
    .array(field)
    .max(FIELD_LIMITS.fields.max, `每个服务最多${FIELD_LIMITS.fields.max}个问题`)
    .default([])
    .superRefine((fields, ctx) => {
      const seen = new Set<string>();
      fields.forEach((f, i) => {
        if (seen.has(f.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `字段标识“${f.key}”重复了` });
        seen.add(f.key);
      });
    }),
});
