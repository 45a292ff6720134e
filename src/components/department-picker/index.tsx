import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { DepartmentView } from '../../../types/departments';
import { call } from '../../services/api';
import { useSession } from '../../services/session';
import Chips from '../chips';

export interface DepartmentPickerProps {
  /** What the choice is, read aloud before it. */
  label: string;
  /** The chosen department's id. */
  value: string | null;
  onChange: (departmentId: string) => void;
  testId?: string;
}

/** 转派: the active departments of the caller's street (their street staff grant), one to choose. */
export default function DepartmentPicker({ label, value, onChange, testId = 'department' }: DepartmentPickerProps) {
  const { me } = useSession();
  const streetId = me?.roles.find((r) => r.role === 'street_staff')?.streetId ?? null;
  const [departments, setDepartments] = useState<DepartmentView[] | null>(null);
  useEffect(() => {
    if (streetId) call('department.list', { streetId }).then((all) => setDepartments(all.filter((d) => d.active)), () => setDepartments([]));
  }, [streetId]);
  if (departments === null) return <Text className="department-picker__loading">正在加载职能部门…</Text>;
  if (departments.length === 0) return <Text className="department-picker__empty">本街道还没有职能部门，请街道管理员先添加</Text>;
  return (
    <View className="department-picker">
      <Chips
        label={label}
        testId={testId}
        options={departments.map((d) => ({ value: d.id, label: d.name, dataId: d.id }))}
        value={value ?? []}
        onChange={onChange}
      />
    </View>
  );
}
