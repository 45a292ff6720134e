import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { Grid } from '../../../types/domain';
import type { FieldErrors } from '../../../types/errors';
import { buildingKey, GRID_LIMITS } from '../../../types/grids';
import Field from '../../components/field';
import TextArea from '../../components/text-area';
import TextInput from '../../components/text-input';
import { choicesOf } from '../category/draft';

/** A grid as staff edit it: households and buildings as typed text. */
export interface GridDraft {
  id?: string;
  name: string;
  households: string;
  buildings: string;
}

export const gridDraft = (g?: Grid): GridDraft => ({ id: g?.id, name: g?.name ?? '', households: String(g?.households ?? 0), buildings: (g?.buildings ?? []).join('、') });

/** What the server would refuse, in its words, under `name`, `households`, `buildings`. */
export function gridErrors(d: GridDraft): FieldErrors {
  const e: FieldErrors = {};
  if (!d.name.trim()) e.name = '请填写网格名称';
  if (!/^\d+$/.test(d.households.trim()) || Number(d.households) > GRID_LIMITS.households.max) e.households = `户数须为0至${GRID_LIMITS.households.max}的整数`;
  const keys = choicesOf(d.buildings).map(buildingKey);
  if (new Set(keys).size !== keys.length) e.buildings = '楼栋不能重复';
  return e;
}

/** What `grid.save` takes. */
export const gridInput = (d: GridDraft) => ({ ...(d.id ? { id: d.id } : {}), name: d.name.trim(), households: Number(d.households.trim()), buildings: choicesOf(d.buildings) });

export interface GridFormProps {
  value: GridDraft;
  errors: FieldErrors;
  busy: boolean;
  onChange: (d: GridDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** One grid open for change: its name, households and the buildings that suggest it. */
export default function GridForm({ value: d, errors: e, busy, onChange, onSave, onCancel }: GridFormProps) {
  return (
    <View className="residents__card" data-testid="grid-form">
      <Field name="name" label="网格名称" required error={e.name}>
        <TextInput testId="grid-name" label="网格名称" value={d.name} maxLength={GRID_LIMITS.name.max} invalid={!!e.name} placeholder="如：第一网格" onChange={(name) => onChange({ ...d, name })} />
      </Field>
      <Field name="households" label="户数" required error={e.households}>
        <TextInput testId="grid-households" label="户数" type="number" value={d.households} maxLength={6} invalid={!!e.households} placeholder="如：300" onChange={(households) => onChange({ ...d, households })} />
      </Field>
      <Field name="buildings" label="所含楼栋" optional hint="每行一个，或用顿号隔开；居民填写这些楼栋时自动带出本网格" error={e.buildings}>
        <TextArea testId="grid-buildings" label="所含楼栋" value={d.buildings} maxLength={2000} rows={3} invalid={!!e.buildings} placeholder="1栋、2栋、3栋" onChange={(buildings) => onChange({ ...d, buildings })} />
      </Field>
      <View className="residents__actions">
        <Button type="primary" size="large" loading={busy} disabled={busy} data-testid="grid-save" onClick={onSave}>
          保存网格
        </Button>
        <Button size="large" disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
