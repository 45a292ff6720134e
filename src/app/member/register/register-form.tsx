import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { LIMITS } from '../../../../types/limits';
import type { MenuView } from '../../../../types/views';
import Chips from '../../../components/chips';
import Field from '../../../components/field';
import PhoneInput from '../../../components/phone-input';
import SkillsInput from '../../../components/skills-input';
import TextInput from '../../../components/text-input';
import { PLEDGE } from './status-cards';
import { useRegistration, type RegistrationOptions } from './useRegistration';

/** Skills members most often bring, offered as one-tap suggestions. */
const SUGGESTED_SKILLS = ['水电维修', '法律咨询', '医护', '课业辅导', '心理疏导', '助老陪护', '家电维修', '政策宣传', '矛盾调解'];

export interface RegisterFormProps extends RegistrationOptions {
  menu: MenuView | undefined;
  menuError: string | null;
  onMenuRetry: () => void;
  /** Sent before and rejected: the form says 重新提交. */
  reapply: boolean;
}

type TextName = 'realName' | 'workUnit' | 'branch';

/** The 报到 form: who the member is, where they work and their branch, skills, and optionally a team and grid. */
export default function RegisterForm({ menu, menuError, onMenuRetry, reapply, ...options }: RegisterFormProps) {
  const { form, busy, submit } = useRegistration(options);
  const { values, errors, set } = form;
  // A team and a grid, each optional, offered when the community has them.
  const choices = [
    { name: 'teamId' as const, label: '志愿服务队', testId: 'team-option', items: (menu?.teams ?? []).map((t) => ({ id: t.id, name: t.name, dot: t.color })) },
    { name: 'gridId' as const, label: '居住网格', testId: 'grid-option', items: (menu?.grids ?? []).map((g) => ({ id: g.id, name: g.name, dot: undefined })) },
  ].filter((c) => c.items.length > 0);
  const text = (f: TextName, label: string, placeholder: string) => (
    <Field name={f} label={label} required error={errors[f]}>
      <TextInput testId={`register-${f}`} label={label} value={values[f]} maxLength={LIMITS[f].max} placeholder={placeholder} invalid={!!errors[f]} onChange={(v) => set(f, v)} />
    </Field>
  );
  return (
    <View className="register__card register__form" data-testid="member-register-form">
      {!reapply && (
        <View className="register__intro">
          <Text className="register__status-title">在职党员到居住地社区报到</Text>
          <Text className="register__hint">填写以下信息，社区审核通过后，您就可以在接单大厅认领群众的需求。</Text>
        </View>
      )}
      {text('realName', '真实姓名', '请填写您的真实姓名')}
      <Field name="phone" label="手机号" required error={errors.phone}>
        <PhoneInput testId="register-phone" label="手机号" value={values.phone} placeholder="社区和居民联系您的电话" invalid={!!errors.phone} onChange={(v) => set('phone', v)} />
      </Field>
      {text('workUnit', '在职单位', '如：常州市供电公司')}
      {text('branch', '所在党支部', '如：供电公司第一党支部')}
      <Field name="skills" label={`技能特长（最多${LIMITS.skills.max}项）`} optional error={errors.skills}>
        <SkillsInput
          testId="skill"
          placeholder="其他技能，如：摄影"
          suggestions={SUGGESTED_SKILLS}
          value={values.skills}
          onChange={(s) => set('skills', s)}
          onError={(m) => form.setError('skills', m)}
        />
      </Field>
      {menuError && (
        <View className="register__menu-error" onClick={onMenuRetry}>
          <Text>服务队和网格没有加载出来，点此重试</Text>
        </View>
      )}
      {choices.map((c) => (
        <Field key={c.name} name={c.name} label={c.label} optional error={errors[c.name]}>
          <Chips
            clearable
            label={c.label}
            options={c.items.map((x) => ({ value: x.id, label: x.name, testId: c.testId, dataId: x.id, dot: x.dot }))}
            value={values[c.name] ?? null}
            onChange={(v) => set(c.name, v)}
          />
        </Field>
      ))}
      <Field name="pledge" label="我的服务承诺" optional hint="亮承诺：写在您的三亮卡上，居民可以看到；不填则使用统一承诺" error={errors.pledge}>
        <TextInput testId="register-pledge" label="我的服务承诺" value={values.pledge ?? ''} maxLength={LIMITS.pledge.max} placeholder="如：每月为独居老人上门一次" invalid={!!errors.pledge} onChange={(v) => set('pledge', v)} />
      </Field>
      <Text className="register__pledge">{PLEDGE}</Text>
      <Button type="primary" size="xlarge" block data-testid="register-submit" loading={busy} disabled={busy} onClick={submit}>
        {reapply ? '重新提交报到' : '提交报到'}
      </Button>
    </View>
  );
}
