import { Button, Popup, Rate, TextArea } from '@nutui/nutui-react-taro';
import { Input, Text, View } from '@tarojs/components';
import { produce } from 'immer';
import { useEffect, useState } from 'react';
import type { FieldErrors } from '../../../types/errors';
import { ApiError } from '../../services/api';
import { EMPTY_VALUES, SPECS, type Field, type FormValues } from '../../services/order-commands';
import { toast } from '../../utils/toast';
import PhotoPicker from '../photo-picker';
import './index.scss';

export interface CommandSheetProps {
  /** The command being asked for; null hides the sheet. */
  command: keyof typeof SPECS | null;
  onClose: () => void;
  /** Sends it; rejects with an ApiError whose field messages are shown beside the fields. */
  onSubmit: (command: keyof typeof SPECS, values: FormValues) => Promise<void>;
}

const LABEL: Record<Field, string> = {
  reason: '原因',
  referral: '转介建议（如：请拨打12345）',
  note: '说明',
  photos: '照片（最多6张）',
  hours: '服务时长（小时）',
  stars: '满意度',
  comment: '评价（选填）',
  deadlineDays: '街道办结时限',
  satisfied: '居民是否满意',
};

const MISSING: Partial<Record<Field, string>> = { reason: '请填写原因', note: '请填写说明', stars: '请点亮星星打分', hours: '请填写服务时长' };

/** The sheet that asks what a command needs (a reason, a note with photos, stars…) and sends it. */
export default function CommandSheet({ command, onClose, onSubmit }: CommandSheetProps) {
  const [values, setValues] = useState<FormValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  useEffect(() => {
    setValues(EMPTY_VALUES);
    setErrors({});
  }, [command]);
  if (!command) return null;
  const spec = SPECS[command];
  const set = <K extends Field>(k: K, v: FormValues[K]) => setValues((s) => produce(s, (d) => void ((d as FormValues)[k] = v)));

  async function submit() {
    const missing: FieldErrors = {};
    for (const f of spec.required) if (!values[f] || (Array.isArray(values[f]) && !(values[f] as string[]).length)) missing[f] = MISSING[f] ?? '请填写';
    setErrors(missing);
    if (Object.keys(missing).length) return;
    if (uploading) return toast.info('图片还在上传，请稍候');
    setBusy(true);
    try {
      await onSubmit(command!, values);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length) setErrors(e.fields);
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  const error = (f: string) => errors[f] && <Text className="command-sheet__error">{errors[f]}</Text>;
  return (
    <Popup visible position="bottom" round closeable onClose={onClose} title={spec.title}>
      <View className="command-sheet" data-testid="command-sheet">
        {spec.hint && <Text className="command-sheet__hint">{spec.hint}</Text>}
        {spec.fields.map((f) => (
          <View key={f} className="command-sheet__field">
            <Text className="command-sheet__label">{LABEL[f]}</Text>
            {(f === 'reason' || f === 'note' || f === 'comment' || f === 'referral') && (
              <TextArea
                className={`command-sheet__text command-sheet__text--${f}`}
                value={values[f]}
                maxLength={f === 'note' ? 500 : f === 'referral' ? 100 : 200}
                showCount
                rows={f === 'referral' ? 1 : 3}
                placeholder={f === 'reason' ? '请简要说明原因' : f === 'note' ? '请写清情况' : ''}
                onChange={(v) => set(f, v)}
              />
            )}
            {f === 'photos' && <PhotoPicker value={values.photos} onChange={(v) => set('photos', v)} onBusyChange={setUploading} />}
            {f === 'hours' && (
              <Input className="command-sheet__input" type="digit" value={String(values.hours)} onInput={(e) => set('hours', Number(e.detail.value) || 0)} />
            )}
            {f === 'stars' && <Rate value={values.stars} onChange={(v) => set('stars', v)} />}
            {f === 'deadlineDays' && (
              <View className="command-sheet__choices">
                {[3, 5, 7, 15].map((d) => (
                  <Text key={d} className={`command-sheet__choice ${values.deadlineDays === d ? 'command-sheet__choice--on' : ''}`} onClick={() => set('deadlineDays', d)}>
                    {d}天
                  </Text>
                ))}
              </View>
            )}
            {f === 'satisfied' && (
              <View className="command-sheet__choices">
                {[true, false].map((s) => (
                  <Text key={String(s)} className={`command-sheet__choice ${values.satisfied === s ? 'command-sheet__choice--on' : ''}`} onClick={() => set('satisfied', s)}>
                    {s ? '满意' : '不满意'}
                  </Text>
                ))}
              </View>
            )}
            {error(f)}
          </View>
        ))}
        <View className="command-sheet__buttons">
          <Button size="large" onClick={onClose}>
            再想想
          </Button>
          <Button size="large" type="primary" loading={busy} disabled={busy} onClick={submit}>
            {spec.confirmText}
          </Button>
        </View>
      </View>
    </Popup>
  );
}
