/**
 * Small form pieces the staff pages share: a labelled field with its error beside it, and a row of chips.
 */
import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { Category } from '../../../types/domain';
import type { FieldErrors } from '../../../types/errors';
import './form.scss';

export interface FieldProps {
  label: string;
  /** Field name: the error shown is the one for this name or any path under it (e.g. `poolLimit.skills.0`). */
  name?: string;
  errors?: FieldErrors;
  /** A line of help under the label. */
  hint?: string;
  optional?: boolean;
}

/** The first message for `name` or a path under it. */
export function errorFor(errors: FieldErrors | undefined, name: string): string | undefined {
  if (!errors) return undefined;
  if (errors[name]) return errors[name];
  const key = Object.keys(errors).find((k) => k.startsWith(`${name}.`));
  return key ? errors[key] : undefined;
}

export function Field({ label, name, errors, hint, optional, children }: PropsWithChildren<FieldProps>) {
  const error = name ? errorFor(errors, name) : undefined;
  return (
    <View className={`staff-field ${error ? 'staff-field--invalid' : ''}`} data-field={name}>
      <Text className="staff-field__label">
        {label}
        {optional && <Text className="staff-field__optional">（选填）</Text>}
      </Text>
      {hint && <Text className="staff-field__hint">{hint}</Text>}
      {children}
      {error && (
        <Text className="staff-field__error" data-testid={`field-error-${name}`}>
          {error}
        </Text>
      )}
    </View>
  );
}

export interface ChipOption<T> {
  value: T;
  label: string;
}

export interface ChipsProps<T> {
  options: ChipOption<T>[];
  /** One value, or several when `multiple`. */
  value: T | T[];
  onChange: (value: T) => void;
  multiple?: boolean;
  testId?: string;
}

/** Choices as tappable pills (one or several); wraps so nothing clips in 大字模式. */
export function Chips<T extends string | number | null>({ options, value, onChange, multiple, testId }: ChipsProps<T>) {
  const on = (v: T) => (multiple ? (value as T[]).includes(v) : value === v);
  return (
    <View className="staff-chips" ariaRole={multiple ? 'group' : 'radiogroup'} data-testid={testId}>
      {options.map((o) => (
        <View
          key={String(o.value)}
          ariaRole={multiple ? 'checkbox' : 'radio'}
          aria-checked={on(o.value)}
          className={`staff-chip ${on(o.value) ? 'staff-chip--on' : ''}`}
          onClick={() => onChange(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** Categories grouped as the service menu groups them; `all` adds a 全部 choice (null). */
export function CategoryChoices({ categories, value, onChange, all }: { categories: Category[]; value: string | null; onChange: (id: string | null) => void; all?: boolean }) {
  const groups = new Map<string, Category[]>();
  for (const c of [...categories].sort((a, b) => a.sort - b.sort)) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return (
    <View className="staff-categories" data-testid="category-choices">
      {all && <Chips options={[{ value: null, label: '全部类别' }]} value={value} onChange={onChange} />}
      {[...groups].map(([group, items]) => (
        <View key={group}>
          <Text className="staff-categories__group">{group}</Text>
          <Chips options={items.map((c) => ({ value: c.id, label: c.name }))} value={value} onChange={onChange} />
        </View>
      ))}
    </View>
  );
}
