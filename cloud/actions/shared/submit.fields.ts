/**
 * The input of an order's submission, shared by 群众点单 (order.submit) and 代点单 (order.submitFor).
 */
import { z } from 'zod';
import { LIMITS } from '../../../types/limits';
import { FIELD_LIMITS } from '../../../types/menu';
import { id, instant, optionalText, phone, photos, text } from './schemas';

const address = z
  .object({
    building: text('楼栋', LIMITS.building),
    unit: optionalText('单元', LIMITS.unit),
    room: optionalText('门牌号', LIMITS.room),
  })
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** The fields of a submission (群众点单), shared with 代点单 (order.submitFor). */
export const submitFields = {
  communityId: id,
  idempotencyKey: z.string().trim().min(8, '提交编号无效').max(64, '提交编号无效'),
  categoryId: id,
  title: text('需求标题', LIMITS.title),
  description: optionalText('详细描述', LIMITS.description).transform((v) => v ?? ''),
  photos,
  address,
  gridId: id.nullable().optional().transform((v) => v ?? null),
  preferredTime: instant('期望时间').nullable().optional().transform((v) => v ?? null),
  contactName: text('联系人', LIMITS.contactName),
  contactPhone: phone,
  /** Checked against the category's fields when it is known (newOrder); here only its shape. */
  answers: z
    .record(z.string().max(30), z.union([z.string().max(LIMITS.description.max), z.number(), z.array(z.string().max(FIELD_LIMITS.choice.max)).max(FIELD_LIMITS.choices.max)]), { error: '补充信息填写有误' })
    .optional()
    .transform((v) => v ?? {}),
  urgency: z.enum(['normal', 'urgent', 'life_threatening'], { error: '请选择紧急程度' }).default('normal'),
};
