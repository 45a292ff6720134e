/**
 * 服务菜单管理's form state: a category as staff edit it (numbers and choices as typed text), checked here with the
 * server's own words, and turned into `menu.saveCategory`'s input.
 */
import type { Category } from '../../../types/domain';
import type { FieldErrors } from '../../../types/errors';
import { FIELD_LIMITS, type CategoryInput, type FieldType } from '../../../types/menu';

export interface FieldDraft {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  hint: string;
  /** The options as typed, one per line or separated by 、 or commas. */
  choices: string;
}

export interface CategoryDraft {
  id?: string;
  group: string;
  name: string;
  icon: string;
  basePoints: string;
  defaultPriority: 'low' | 'normal' | 'high';
  photoRequired: boolean;
  active: boolean;
  fields: FieldDraft[];
}

/** The options a typed list holds. */
export const choicesOf = (text: string) => text.split(/[、,，;；\n]/).map((c) => c.trim()).filter(Boolean);

const isChoice = (t: FieldType) => t === 'single' || t === 'multi';

/** A new category's draft, or an existing one's. */
export function draftOf(c?: Category): CategoryDraft {
  if (!c) return { group: '生活服务', name: '', icon: 'heart', basePoints: '5', defaultPriority: 'normal', photoRequired: true, active: true, fields: [] };
  return {
    id: c.id, group: c.group, name: c.name, icon: c.icon, basePoints: String(c.basePoints), defaultPriority: c.defaultPriority ?? 'normal',
    photoRequired: c.photoRequired, active: c.active,
    fields: (c.fields ?? []).map((f) => ({ key: f.key, label: f.label, type: f.type, required: f.required, hint: f.hint ?? '', choices: (f.choices ?? []).join('、') })),
  };
}

/** A new question with a key no other question of the category has. */
export function newField(fields: FieldDraft[]): FieldDraft {
  let n = fields.length + 1;
  while (fields.some((f) => f.key === `q${n}`)) n++;
  return { key: `q${n}`, label: '', type: 'single', required: false, hint: '', choices: '' };
}

/** The messages for what the server would refuse, under the server's names (`name`, `fields.0.choices`…). */
export function validate(d: CategoryDraft): FieldErrors {
  const e: FieldErrors = {};
  if (!d.group.trim()) e.group = '请填写分组';
  if (!d.name.trim()) e.name = '请填写服务名称';
  if (!/^\d+$/.test(d.basePoints.trim())) e.basePoints = '请填写基础积分（整数）';
  const seen = new Set<string>();
  d.fields.forEach((f, i) => {
    if (!FIELD_LIMITS.key.pattern.test(f.key)) e[`fields.${i}.key`] = '字段标识须以小写字母开头，只含小写字母、数字和下划线';
    else if (seen.has(f.key)) e[`fields.${i}.key`] = `字段标识“${f.key}”重复了`;
    seen.add(f.key);
    if (!f.label.trim()) e[`fields.${i}.label`] = '请填写问题';
    if (isChoice(f.type) && choicesOf(f.choices).length < FIELD_LIMITS.choices.min) e[`fields.${i}.choices`] = `单选或多选题请至少给出${FIELD_LIMITS.choices.min}个选项`;
  });
  return e;
}

/** What `menu.saveCategory` takes. */
export function toInput(d: CategoryDraft): CategoryInput {
  return {
    ...(d.id ? { id: d.id } : {}),
    group: d.group.trim(), name: d.name.trim(), icon: d.icon, basePoints: Number(d.basePoints.trim()), defaultPriority: d.defaultPriority,
    photoRequired: d.photoRequired, active: d.active,
    fields: d.fields.map((f) => ({
      key: f.key.trim(), label: f.label.trim(), type: f.type, required: f.required,
      ...(f.hint.trim() ? { hint: f.hint.trim() } : {}),
      ...(isChoice(f.type) ? { choices: choicesOf(f.choices) } : {}),
    })),
  };
}

/** A server message's place on the form: `category.fields.1.key` beside that question's key. */
export const fieldOf = (path: string) => path.replace(/^category\./, '');
