import type { FieldErrors } from '../../../types/errors';
import { FIELD_LIMITS, type CategoryField } from '../../../types/menu';
import Chips from '../chips';
import Field from '../field';
import TextInput from '../text-input';

/** What the form holds for one question: typed text (numbers and dates too), a choice, or several. */
export type AnswerDraft = string | string[];

export interface CategoryFieldsProps {
  /** The chosen category's own questions. */
  fields: CategoryField[];
  /** The answers so far, by field key. */
  value: Record<string, AnswerDraft>;
  onChange: (key: string, value: AnswerDraft) => void;
  /** Messages by `answers.<key>`, as the server and checkAnswers name them. */
  errors: FieldErrors;
}

/** The questions a service asks on the 点单 and 代点单 forms, each a card like the form's own fields. */
export default function CategoryFields({ fields, value, onChange, errors }: CategoryFieldsProps) {
  return (
    <>
      {fields.map((f) => {
        const error = errors[`answers.${f.key}`];
        const v = value[f.key];
        const choices = (f.choices ?? []).map((c) => ({ value: c, label: c, testId: `answer-${f.key}-option` }));
        return (
          <Field card key={f.key} name={`answers.${f.key}`} label={f.label} required={f.required} hint={f.hint} error={error}>
            {f.type === 'single' && <Chips label={f.label} clearable={!f.required} options={choices} value={typeof v === 'string' ? v : ''} onChange={(c) => onChange(f.key, c ?? '')} />}
            {f.type === 'multi' && (
              <Chips
                multiple
                label={f.label}
                options={choices}
                value={Array.isArray(v) ? v : []}
                onChange={(c) => {
                  const now = Array.isArray(v) ? v : [];
                  onChange(f.key, now.includes(c) ? now.filter((x) => x !== c) : [...now, c]);
                }}
              />
            )}
            {(f.type === 'text' || f.type === 'number' || f.type === 'date') && (
              <TextInput
                testId={`answer-${f.key}`}
                label={f.label}
                type={f.type === 'number' ? 'digit' : 'text'}
                value={typeof v === 'string' ? v : ''}
                maxLength={FIELD_LIMITS.answer.max}
                invalid={!!error}
                placeholder={f.type === 'number' ? '请填写数字' : f.type === 'date' ? '如：2026-12-01' : '请填写'}
                onChange={(text) => onChange(f.key, text)}
              />
            )}
          </Field>
        );
      })}
    </>
  );
}

/** The answers as the server takes them: numbers as numbers (what is not one is sent as typed, for its message). */
export function answersOf(fields: CategoryField[], value: Record<string, AnswerDraft>): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const f of fields) {
    const v = value[f.key];
    if (v === undefined) continue;
    out[f.key] = f.type === 'number' && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
  }
  return out;
}
