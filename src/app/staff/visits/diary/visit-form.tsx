import { Button, Popup } from '@nutui/nutui-react-taro';
import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { LIMITS } from '../../../../../types/limits';
import { VISIT_WAY_NAMES, type VisitView, type VisitWay } from '../../../../../types/visits';
import Chips from '../../../../components/chips';
import Field from '../../../../components/field';
import PhotoPicker from '../../../../components/photo-picker';
import TextArea from '../../../../components/text-area';
import { useForm } from '../../../../hooks/useForm';
import { ApiError, call } from '../../../../services/api';
import { CHECK_FAILED, collect, errorFor, textError } from '../../../../utils/rules';
import { atLocal, local } from '../../../../utils/time';
import { toast } from '../../../../utils/toast';

export interface VisitFormProps {
  /** The record visited. */
  residentId: string;
  /** Whose visit this is, in the title (记一次走访 · 李奶奶). */
  name: string;
  onClose: () => void;
  /** The visit as logged: the diary shows it first. */
  onLogged: (visit: VisitView) => void;
}

interface Values {
  way: VisitWay;
  /** The day visited, YYYY-MM-DD in China time; today by default. */
  date: string;
  found: string;
  needs: string;
  photos: string[];
}

const dayOf = (offset: number) => local(new Date().toISOString()).add(-offset, 'day').format('YYYY-MM-DD');
const RECENT = [
  { value: dayOf(0), label: '今天' },
  { value: dayOf(1), label: '昨天' },
  { value: dayOf(2), label: '前天' },
];

const validate = (v: Values) =>
  collect([
    ['found', textError(v.found, '走访情况', LIMITS.note)],
    ['needs', textError(v.needs, '需求', LIMITS.note, false)],
  ]);

/** 记一次走访: the way (上门 / 电话), the day, what was found, what is needed, photos. */
export default function VisitForm({ residentId, name, onClose, onLogged }: VisitFormProps) {
  const form = useForm<Values>({ way: 'door', date: dayOf(0), found: '', needs: '', photos: [] }, { validate });
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState(false);
  // One key for this form: sending again after a lost reply does not log the visit twice.
  const [key] = useState(() => `visit-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
  const { values: v, errors } = form;

  async function submit() {
    if (uploading) return toast.info('图片还在上传，请稍候');
    if (!form.check()) return toast.info(CHECK_FAILED);
    setBusy(true);
    try {
      // Today: now; an earlier day: its noon (the server refuses a day after today).
      const at = v.date === dayOf(0) ? new Date().toISOString() : atLocal(v.date, '12:00');
      onLogged(await call('visit.log', { residentId, at, way: v.way, found: v.found, needs: v.needs || null, photos: v.photos, idempotencyKey: key }));
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length) form.show(e.fields);
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Popup visible position="bottom" round closeable title={`记一次走访 · ${name}`} onClose={onClose}>
      <View className="visits__form" data-testid="visit-form">
        <Field label="走访方式" name="way" required>
          <Chips
            label="走访方式"
            testId="visit-way"
            options={(['door', 'phone'] as const).map((w) => ({ value: w, label: VISIT_WAY_NAMES[w], testId: `visit-way-${w}` }))}
            value={v.way}
            onChange={(w) => form.set('way', w)}
          />
        </Field>
        <Field label="走访日期" name="at" required error={errorFor(errors, 'at')}>
          <Chips label="走访日期" testId="visit-date" options={RECENT} value={RECENT.some((d) => d.value === v.date) ? v.date : ''} onChange={(d) => form.set('date', d)} />
          <Picker mode="date" value={v.date} start={dayOf(365)} end={dayOf(0)} onChange={(e) => form.set('date', e.detail.value)}>
            <View className="visits__line" data-testid="visit-date-picker" aria-label="选择更早的日期">
              <Text>{`${local(atLocal(v.date, '12:00')).format('M月D日')} · 选择更早的日期 ▾`}</Text>
            </View>
          </Picker>
        </Field>
        <Field label="走访情况" name="found" required error={errorFor(errors, 'found')}>
          <TextArea
            testId="visit-found"
            label="走访情况"
            value={v.found}
            maxLength={LIMITS.note.max}
            invalid={!!errors.found}
            placeholder="例如：老人身体还好，腿脚不便，家中整洁"
            onChange={(t) => form.set('found', t)}
          />
        </Field>
        <Field label="需求" name="needs" optional hint="填写后可一键转为代点单" error={errorFor(errors, 'needs')}>
          <TextArea
            testId="visit-needs"
            label="需求"
            value={v.needs}
            maxLength={LIMITS.note.max}
            invalid={!!errors.needs}
            placeholder="例如：想有人每周帮忙买一次菜"
            onChange={(t) => form.set('needs', t)}
          />
        </Field>
        <Field label="照片" name="photos" optional error={errorFor(errors, 'photos')}>
          <PhotoPicker value={v.photos} onChange={(ids) => form.set('photos', ids)} max={LIMITS.photos.max} onBusyChange={setUploading} />
        </Field>
        <Button type="primary" size="large" block loading={busy} disabled={busy} data-testid="visit-submit" onClick={submit}>
          保存走访记录
        </Button>
      </View>
    </Popup>
  );
}
