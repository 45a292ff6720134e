import { View } from '@tarojs/components';
import { LIMITS } from '../../../types/limits';
import type { OrderDetail } from '../../../types/views';
import { PROXY_WAY_NAMES, type ProxyWay } from '../../../types/residents';
import type { Form } from '../../hooks/useForm';
import { ESCALATE_DAYS, SPECS, type Field as FieldName, type FormValues } from '../../services/order-commands';
import { errorFor } from '../../utils/rules';
import { formatTime } from '../../utils/time';
import Chips from '../chips';
import DeadlineField from '../deadline-field';
import DepartmentPicker from '../department-picker';
import Field from '../field';
import MemberPicker from '../member-picker';
import PhotoPicker from '../photo-picker';
import Stars from '../stars';
import TextArea from '../text-area';
import TextInput from '../text-input';

export interface CommandFieldsProps {
  command: keyof typeof SPECS;
  /** From useCommandForm(command). */
  form: Form<FormValues>;
  /** Photos still uploading: the caller waits before sending. */
  onBusyChange: (busy: boolean) => void;
  /** The order it is for: its holders to recall from, its community's members to reassign to. */
  order?: OrderDetail;
}

const LABEL: Record<FieldName, string> = {
  reason: '原因',
  referral: '转介建议',
  note: '说明',
  photos: '照片',
  hours: '服务时长（小时）',
  stars: '满意度',
  comment: '评价',
  deadline: '街道办结时限',
  satisfied: '居民是否满意',
  reached: '电话是否接通',
  holder: '收回哪位党员',
  member: '改派给',
  way: '回访方式',
  department: '转派给',
};

const PLACEHOLDER: Partial<Record<FieldName, string>> = { reason: '请简要说明原因', note: '请写清情况', comment: '说说这次服务' };

const HINT: Partial<Record<FieldName, string>> = { referral: '告诉居民可以找谁', photos: `最多${LIMITS.photos.max}张` };

/** Where residents are most often sent when the community cannot take an order. */
const REFERRALS = ['请拨打12345市民服务热线', '请到街道便民服务中心办理', '请联系小区物业服务中心'];

type TextField = 'reason' | 'note' | 'comment';

/** The fields one command asks for, each with its label, rule and message. */
export default function CommandFields({ command, form, onBusyChange, order }: CommandFieldsProps) {
  const spec = SPECS[command];
  const { values, set, errors } = form;
  const text = (f: TextField, label: string) => (
    <TextArea
      className={`command-sheet__text command-sheet__text--${f}`}
      testId={`${command}-${f}`}
      label={label}
      value={values[f]}
      maxLength={LIMITS[f].max}
      rows={f === 'note' ? 4 : 3}
      placeholder={spec.placeholders?.[f] ?? PLACEHOLDER[f]}
      invalid={!!errors[f]}
      onChange={(v) => set(f, v)}
    />
  );
  const input = (f: FieldName, label: string) => {
    switch (f) {
      case 'reason':
      case 'note':
      case 'comment':
        return text(f, label);
      case 'referral':
        return (
          <View className="command-sheet__referral">
            <Chips label="常用转介" testId={`${command}-referral-choices`} options={REFERRALS.map((r) => ({ value: r, label: r }))} value={values.referral} onChange={(r) => set('referral', r)} />
            <TextInput testId={`${command}-referral`} label={label} value={values.referral} maxLength={LIMITS.referral.max} placeholder="也可以自己填写，如：请拨打12345" onChange={(v) => set('referral', v)} />
          </View>
        );
      case 'photos':
        return <PhotoPicker value={values.photos} max={LIMITS.photos.max} onChange={(v) => set('photos', v)} onBusyChange={onBusyChange} />;
      case 'hours':
        return <TextInput type="digit" testId={`${command}-hours`} label={label} value={String(values.hours)} invalid={!!errors.hours} onChange={(v) => set('hours', Number(v) || 0)} />;
      case 'stars':
        return <Stars label={label} testId={`${command}-stars`} value={values.stars} onChange={(n) => set('stars', n)} />;
      case 'deadline':
        return <DeadlineField label={label} testId={`${command}-deadline`} days={ESCALATE_DAYS} value={values.deadline} onChange={(d) => set('deadline', d)} />;
      case 'holder':
        return (
          <Chips
            label={label}
            testId={`${command}-holder`}
            options={(order?.holders ?? []).map((h) => ({ value: h.memberId, label: h.name }))}
            value={values.holder}
            onChange={(h) => set('holder', h)}
          />
        );
      case 'department':
        return <DepartmentPicker label={label} testId={`${command}-department`} value={values.department} onChange={(d) => set('department', d)} />;
      case 'member':
        return order ? <MemberPicker communityId={order.communityId} value={values.member} onChange={(m) => set('member', m)} /> : null;
      case 'satisfied':
        return (
          <Chips
            label={label}
            options={[
              { value: true, label: '满意' },
              { value: false, label: '不满意' },
            ]}
            value={values.satisfied}
            onChange={(s) => set('satisfied', s)}
          />
        );
      case 'reached':
        return (
          <Chips
            label={label}
            testId={`${command}-reached`}
            options={[
              { value: true, label: '已接通', testId: `${command}-reached-yes` },
              { value: false, label: '未接通', testId: `${command}-reached-no` },
            ]}
            value={values.reached}
            onChange={(r) => set('reached', r)}
          />
        );
      case 'way':
        return (
          <Chips
            label={label}
            testId={`${command}-way`}
            options={(Object.keys(PROXY_WAY_NAMES) as ProxyWay[]).map((w) => ({ value: w, label: PROXY_WAY_NAMES[w] }))}
            value={values.way}
            onChange={(w) => set('way', w)}
          />
        );
    }
  };
  // An extension must end later than the time limit the order has: say which that is.
  const hintFor = (f: FieldName) =>
    command === 'extend' && f === 'deadline' && order?.deadline ? `原时限 ${formatTime(order.deadline)}，新时限须晚于它` : HINT[f];
  return (
    <>
      {spec.fields.filter((f) => f !== 'holder' || (order?.holders.length ?? 0) > 1).map((f) => {
        const label = spec.labels?.[f] ?? LABEL[f];
        const optional = !spec.required.includes(f) && f !== 'hours' && f !== 'satisfied' && f !== 'reached' && f !== 'way';
        return (
          <Field key={f} name={f} label={label} hint={hintFor(f)} optional={optional} error={errorFor(errors, f)}>
            {input(f, label)}
          </Field>
        );
      })}
    </>
  );
}
