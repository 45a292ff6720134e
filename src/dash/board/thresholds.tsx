import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { GridColorFigures, GridColorThresholds } from '../../../types/stats';
import Field from '../../components/field';
import TextInput from '../../components/text-input';
import { ApiError, call } from '../../services/api';
import { toast } from '../../utils/toast';

export interface ThresholdsFormProps {
  streetId: string;
  /** The standards in force. */
  value: GridColorThresholds;
  /** After a save: the dashboard reloads so every grid is rated against the new lines. */
  onSaved: () => void;
}

const FIGURES: [keyof GridColorFigures, string][] = [['onTimeRate', '按时办结率'], ['satisfaction', '满意率'], ['visitReachRate', '有效回访率']];
const LINES = [['red', '红网格：三项都达到'], ['yellow', '黄网格：任一项低于']] as const;
type Draft = Record<`${keyof GridColorThresholds}.${keyof GridColorFigures}`, string>;

const toDraft = (t: GridColorThresholds) =>
  Object.fromEntries(LINES.flatMap(([l]) => FIGURES.map(([f]) => [`${l}.${f}`, String(Math.round(t[l][f] * 100))]))) as Draft;

/** 三色网格 standards, for the street's admin: the lines (in %) each grid is rated against every quarter. */
export default function ThresholdsForm({ streetId, value, onSaved }: ThresholdsFormProps) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(value));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function save() {
    const share = (k: keyof Draft) => Number(draft[k]) / 100;
    const line = (l: keyof GridColorThresholds) => Object.fromEntries(FIGURES.map(([f]) => [f, share(`${l}.${f}`)])) as Record<keyof GridColorFigures, number>;
    if (Object.values(draft).some((v) => !/^\d{1,3}$/.test(v) || Number(v) > 100)) return setError('每项请填 0 至 100 之间的整数');
    setBusy(true);
    try {
      await call('stats.setGridThresholds', { streetId, thresholds: { red: line('red'), yellow: line('yellow') } });
      setError(undefined);
      toast.success('已保存，网格按新标准评定');
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) setError(Object.values(e.fields)[0] ?? e.message);
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="dash__chart" data-testid="thresholds-form">
      <Text className="dash__chart-title">三色网格评定标准（%）</Text>
      {LINES.map(([l, label]) => (
        <Field key={l} label={label} name={`thresholds.${l}`} error={l === 'red' ? error : undefined}>
          {FIGURES.map(([f, name]) => (
            <TextInput
              key={f}
              type="number"
              label={`${label.slice(0, 3)}${name}`}
              placeholder={name}
              testId={`threshold-${l}-${f}`}
              maxLength={3}
              value={draft[`${l}.${f}`]}
              onChange={(v) => setDraft((d) => ({ ...d, [`${l}.${f}`]: v }))}
            />
          ))}
        </Field>
      ))}
      <Button type="primary" block loading={busy} data-testid="thresholds-save" onClick={() => void save()}>
        保存标准
      </Button>
    </View>
  );
}
