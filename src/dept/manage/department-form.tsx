import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import type { DepartmentInput } from '../../../types/departments';
import { LIMITS } from '../../../types/limits';
import Field from '../../components/field';
import TextInput from '../../components/text-input';
import { phoneError, textError } from '../../utils/rules';

export interface DepartmentFormProps {
  /** The department being changed; none for a new one. */
  initial?: DepartmentInput;
  /** Sends it; resolves when saved (the form then empties for the next one). */
  onSave: (department: DepartmentInput) => Promise<void>;
  busy: boolean;
}

const EMPTY: DepartmentInput = { name: '', contactName: '', contactPhone: '' };

/** A department's name and its contact (联系人, 电话), each checked as the server checks it. */
export default function DepartmentForm({ initial, onSave, busy }: DepartmentFormProps) {
  const [v, setV] = useState<DepartmentInput>(initial ?? EMPTY);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const set = (k: keyof DepartmentInput, value: string) => setV((x) => ({ ...x, [k]: value }));
  const submit = async () => {
    const found = {
      name: textError(v.name, '部门名称', LIMITS.departmentName),
      contactName: textError(v.contactName, '联系人', LIMITS.contactName),
      contactPhone: phoneError(v.contactPhone),
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    await onSave({ ...v, name: v.name.trim(), contactName: v.contactName.trim(), contactPhone: v.contactPhone.trim() });
    if (!initial) setV(EMPTY);
  };
  return (
    <View className="dept-form" data-testid="dept-form">
      <Field label="部门名称" name="name" error={errors.name} required>
        <TextInput testId="dept-name" label="部门名称" value={v.name} maxLength={LIMITS.departmentName.max} placeholder="例如：城管中队" invalid={!!errors.name} onChange={(x) => set('name', x)} />
      </Field>
      <Field label="联系人" name="contactName" error={errors.contactName} required>
        <TextInput testId="dept-contact" label="联系人" value={v.contactName} maxLength={LIMITS.contactName.max} placeholder="例如：黄磊" invalid={!!errors.contactName} onChange={(x) => set('contactName', x)} />
      </Field>
      <Field label="联系电话" name="contactPhone" error={errors.contactPhone} required>
        <TextInput testId="dept-phone" type="tel" label="联系电话" value={v.contactPhone} placeholder="手机号或座机号" invalid={!!errors.contactPhone} onChange={(x) => set('contactPhone', x)} />
      </Field>
      <Button type="primary" size="large" block loading={busy} data-testid="dept-save" onClick={() => void submit()}>
        {initial ? '保存' : '添加部门'}
      </Button>
    </View>
  );
}
