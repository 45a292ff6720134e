import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { FieldErrors } from '../../../types/errors';
import { FIELD_LIMITS, FIELD_TYPES, type FieldType } from '../../../types/menu';
import Chips from '../../components/chips';
import Field from '../../components/field';
import TextArea from '../../components/text-area';
import TextInput from '../../components/text-input';
import Toggle from '../../components/toggle';
import type { FieldDraft } from './draft';

export interface FieldEditorProps {
  /** Its place in the category (messages are under `fields.<index>.…`). */
  index: number;
  field: FieldDraft;
  errors: FieldErrors;
  onChange: (field: FieldDraft) => void;
  onRemove: () => void;
}

const TYPES = Object.entries(FIELD_TYPES).map(([value, label]) => ({ value: value as FieldType, label, testId: `field-type-${value}` }));

/** One question a service asks on the 点单 form: what it asks, its type, whether it must be answered, its options. */
export default function FieldEditor({ index, field: f, errors, onChange, onRemove }: FieldEditorProps) {
  const at = (part: string) => `fields.${index}.${part}`;
  const set = <K extends keyof FieldDraft>(k: K, v: FieldDraft[K]) => onChange({ ...f, [k]: v });
  const n = index + 1;
  return (
    <View className="residents__card" data-testid="field-editor">
      <Text className="residents__section">问题{n}</Text>
      <Field name={at('label')} label="问题" required error={errors[at('label')]}>
        <TextInput testId="field-label" label={`问题${n}`} value={f.label} maxLength={FIELD_LIMITS.label.max} invalid={!!errors[at('label')]} placeholder="如：哪里漏水" onChange={(v) => set('label', v)} />
      </Field>
      <Field name={at('type')} label="题型" error={errors[at('type')]}>
        <Chips label={`问题${n}的题型`} options={TYPES} value={f.type} onChange={(t) => set('type', t)} />
      </Field>
      {(f.type === 'single' || f.type === 'multi') && (
        <Field name={at('choices')} label="选项" required hint="每行一个，或用顿号隔开" error={errors[at('choices')]}>
          <TextArea testId="field-choices" label={`问题${n}的选项`} value={f.choices} maxLength={500} rows={3} invalid={!!errors[at('choices')]} placeholder="厨房、卫生间" onChange={(v) => set('choices', v)} />
        </Field>
      )}
      <Field name={at('hint')} label="提示" optional error={errors[at('hint')]}>
        <TextInput testId="field-hint" label={`问题${n}的提示`} value={f.hint} maxLength={FIELD_LIMITS.hint.max} placeholder="填写时显示在问题下方" onChange={(v) => set('hint', v)} />
      </Field>
      <Field name={at('key')} label="字段标识" hint="导出和统计用，小写字母开头，如 spot" error={errors[at('key')]}>
        <TextInput testId="field-key" label={`问题${n}的字段标识`} value={f.key} maxLength={30} invalid={!!errors[at('key')]} placeholder="如：spot" onChange={(v) => set('key', v)} />
      </Field>
      <View className="residents__line manage__switch">
        <Text>必须回答</Text>
        <Toggle testId="field-required" label={`问题${n}必须回答`} checked={f.required} onChange={(v) => set('required', v)} />
      </View>
      <View className="residents__actions">
        <Button size="large" data-testid="field-remove" onClick={onRemove}>
          删除问题{n}
        </Button>
      </View>
    </View>
  );
}
