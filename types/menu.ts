/**
 * A service category's own questions (fields) and a resident's answers to them: the field types, their rules and the
 * one check of answers, shared by the 点单 forms and the server (order.submit, order.submitFor).
 */
import type { FieldErrors } from './errors';

export type FieldType = 'text' | 'number' | 'single' | 'multi' | 'date';

export const FIELD_TYPES: Record<FieldType, string> = { text: '文字', number: '数字', single: '单选', multi: '多选', date: '日期' };

export interface CategoryField {
  /** Stable within the category: answers are kept under it. */
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** The options of a single or multiple choice. */
  choices?: string[];
  /** One line under the field on the form. */
  hint?: string;
}

/** A category as staff send it to 服务菜单管理 (no id: a new one; defaults for what they leave out). */
export interface CategoryInput {
  id?: string;
  group: string;
  name: string;
  icon?: string;
  basePoints: number;
  defaultPriority?: 'low' | 'normal' | 'high';
  photoRequired?: boolean;
  active?: boolean;
  sort?: number;
  fields?: CategoryField[];
}

/** A resident's answers by field key: text, a number, a date (YYYY-MM-DD), a choice or several. */
export type Answers = Record<string, string | number | string[]>;

/** Sizes of a category's fields, checked on both sides. */
export const FIELD_LIMITS = {
  fields: { max: 10 },
  key: { pattern: /^[a-z][a-z0-9_]{0,29}$/ },
  label: { max: 20 },
  hint: { max: 50 },
  choice: { max: 20 },
  choices: { min: 2, max: 20 },
  answer: { max: 200 },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** One answer's problem, as the user reads it, or null when it is fine. */
function answerProblem(field: CategoryField, value: unknown): string | null {
  const choices = field.choices ?? [];
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') return `“${field.label}”请填写文字`;
      return value.trim().length > FIELD_LIMITS.answer.max ? `“${field.label}”最多${FIELD_LIMITS.answer.max}个字` : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `“${field.label}”请填写数字`;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : `“${field.label}”请选择日期`;
    case 'single':
      return typeof value === 'string' && choices.includes(value) ? null : `“${field.label}”请从给出的选项中选择`;
    case 'multi':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && choices.includes(v)) && new Set(value).size === value.length
        ? null
        : `“${field.label}”请从给出的选项中选择`;
  }
}

/**
 * Checks answers against a category's fields: the answers kept (trimmed text; empty ones and keys the category
 * does not ask dropped) and a message per field key that is missing or wrong (`answers.<key>`).
 */
export function checkAnswers(fields: CategoryField[], answers: Record<string, unknown>): { answers: Answers; errors: FieldErrors } {
  const kept: Answers = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    const raw = answers[field.key];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (isEmpty(value)) {
      if (field.required) errors[`answers.${field.key}`] = `请填写“${field.label}”`;
      continue;
    }
    const problem = answerProblem(field, value);
    if (problem) errors[`answers.${field.key}`] = problem;
    else kept[field.key] = value as Answers[string];
  }
  return { answers: kept, errors };
}

/** An answer as staff and holders read it on the order page. */
export function answerText(value: Answers[string]): string {
  return Array.isArray(value) ? value.join('、') : String(value);
}
