import { Button } from '@nutui/nutui-react-taro';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { produce } from 'immer';
import { useEffect, useRef, useState } from 'react';
import type { ActionInput } from '../../../types/actions';
import type { FieldErrors } from '../../../types/errors';
import { PHONE_PATTERN as PHONE } from '../../../types/limits';
import type { MemberView, MenuView } from '../../../types/views';
import PageShell from '../../components/page-shell';
import { useRequest } from '../../hooks/useRequest';
import { ApiError, call } from '../../services/api';
import { askToNotify } from '../../services/subscribe';
import { useSession } from '../../services/session';
import { go, ROUTES } from '../../utils/routes';
import { toast } from '../../utils/toast';
import { formatTime } from '../../utils/time';
import CommunityGate from '../shared/community-gate';
import './index.scss';

/** Skills members most often bring, offered as one-tap suggestions. */
const SUGGESTED_SKILLS = ['水电维修', '法律咨询', '医护', '课业辅导', '心理疏导', '助老陪护', '家电维修', '政策宣传', '矛盾调解'];
const MAX_SKILLS = 10;
const MAX_SKILL_LENGTH = 20;

type Form = Omit<ActionInput<'member.register'>, 'communityId' | 'skills'> & { skills: string[] };
type FieldName = keyof Form;

const PLEDGE = '亮身份、亮职责、亮承诺：主动认领群众需求，按时上门、办结到位，服务群众当先锋。';

/** 党员报到: register with the community where I live, or see where my registration stands. */
export default function RegisterPage() {
  return <CommunityGate hint="先加入您居住的社区，再进行党员报到">{(id) => <Register communityId={id} />}</CommunityGate>;
}

function Register({ communityId }: { communityId: string }) {
  const session = useSession();
  const { me } = session;
  const mine = useRequest(() => call('member.me', { communityId }), [communityId]);
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);

  const profile = mine.data;
  const community = me?.communities.find((c) => c.id === communityId);

  // Reviewed since the session was read (say, verified this morning): read it again so home and 我的 agree.
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current || profile === undefined) return;
    checked.current = true;
    if ((profile?.status ?? null) !== (session.member?.memberStatus ?? null)) void session.refresh();
  }, [profile]);

  async function submitted(view: MemberView) {
    mine.setData(view);
    toast.success('报到信息已提交，请等待社区审核');
    await session.refresh();
  }

  return (
    <PageShell loading={mine.loading && mine.data === undefined} error={mine.data === undefined ? mine.error : null} onRetry={mine.reload}>
      {profile?.status === 'pending' && <PendingCard profile={profile} dutyPhone={community?.dutyPhone} />}
      {profile?.status === 'verified' && <VerifiedCard profile={profile} />}
      {profile?.status === 'rejected' && (
        <View className="register__card register__status register__status--rejected" data-testid="member-status-rejected">
          <Text className="register__status-title">报到未通过审核</Text>
          <Text className="register__label">社区审核意见</Text>
          <Text className="register__note" data-testid="member-review-note">
            {profile.reviewNote || '社区未填写具体意见，可致电社区了解情况'}
          </Text>
          <Text className="register__hint">请按审核意见修改下面的信息后重新提交。</Text>
        </View>
      )}
      {(profile === null || profile?.status === 'rejected') && (
        <RegisterForm
          // A new answer (say, rejected after a reload) starts the form again from it.
          key={profile ? `${profile.createdAt}-${profile.status}` : 'new'}
          communityId={communityId}
          menu={menu.data}
          menuError={menu.error}
          onMenuRetry={menu.reload}
          initial={
            profile
              ? {
                  realName: profile.realName,
                  phone: profile.phone,
                  workUnit: profile.workUnit,
                  branch: profile.branch,
                  skills: profile.skills,
                  teamId: profile.teamId,
                  gridId: profile.gridId,
                }
              : { realName: me?.name ?? '', phone: '', workUnit: '', branch: '', skills: [], teamId: null, gridId: null }
          }
          reapply={!!profile}
          onDone={submitted}
          onAlreadyRegistered={() => void mine.reload()}
        />
      )}
    </PageShell>
  );
}

interface RegisterFormProps {
  communityId: string;
  menu: MenuView | undefined;
  menuError: string | null;
  onMenuRetry: () => void;
  initial: Form;
  reapply: boolean;
  onDone: (view: MemberView) => Promise<void>;
  onAlreadyRegistered: () => void;
}

function validate(form: Form): FieldErrors {
  const errors: FieldErrors = {};
  const name = form.realName.trim();
  if (!name) errors.realName = '请填写真实姓名';
  else if (name.length < 2) errors.realName = '真实姓名至少需要2个字';
  else if (name.length > 20) errors.realName = '真实姓名最多20个字';
  const phone = form.phone.trim();
  if (!phone) errors.phone = '请填写联系电话';
  else if (!PHONE.test(phone)) errors.phone = '请填写正确的手机号或座机号';
  if (!form.workUnit.trim()) errors.workUnit = '请填写在职单位';
  else if (form.workUnit.trim().length > 50) errors.workUnit = '在职单位最多50个字';
  if (!form.branch.trim()) errors.branch = '请填写所在党支部';
  else if (form.branch.trim().length > 50) errors.branch = '所在党支部最多50个字';
  return errors;
}

/** Server field paths (`skills.2`) folded onto the form's fields. */
function fieldErrorsOf(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) out[path.split('.')[0]] ??= message;
  return out;
}

function RegisterForm({ communityId, menu, menuError, onMenuRetry, initial, reapply, onDone, onAlreadyRegistered }: RegisterFormProps) {
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [skillDraft, setSkillDraft] = useState('');
  const [busy, setBusy] = useState(false);

  const set = <K extends FieldName>(k: K, v: Form[K]) => {
    setForm((f) => produce(f, (d) => void ((d as Form)[k] = v)));
    if (errors[k]) setErrors((e) => produce(e, (d) => void delete d[k]));
  };

  function addSkill(raw: string) {
    const skill = raw.trim();
    if (!skill) return setErrors((e) => ({ ...e, skills: '请先输入技能名称' }));
    if (skill.length > MAX_SKILL_LENGTH) return setErrors((e) => ({ ...e, skills: `技能最多${MAX_SKILL_LENGTH}个字` }));
    if (form.skills.includes(skill)) return setSkillDraft('');
    if (form.skills.length >= MAX_SKILLS) return setErrors((e) => ({ ...e, skills: `最多填写${MAX_SKILLS}项技能` }));
    set('skills', [...form.skills, skill]);
    setSkillDraft('');
  }

  async function submit() {
    askToNotify();
    if (busy) return;
    const found = validate(form);
    setErrors(found);
    if (Object.keys(found).length) return toast.error(Object.values(found)[0]);
    setBusy(true);
    try {
      const view = await call('member.register', {
        communityId,
        realName: form.realName.trim(),
        phone: form.phone.trim(),
        workUnit: form.workUnit.trim(),
        branch: form.branch.trim(),
        skills: form.skills,
        teamId: form.teamId,
        gridId: form.gridId,
      });
      await onDone(view);
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length) setErrors(fieldErrorsOf(e.fields));
      else if (e instanceof ApiError && e.code === 'TEAM.NOT_FOUND') setErrors({ teamId: e.message });
      else if (e instanceof ApiError && e.code === 'GRID.NOT_FOUND') setErrors({ gridId: e.message });
      toast.error(e);
      if (e instanceof ApiError && e.code === 'MEMBER.ALREADY_REGISTERED') onAlreadyRegistered();
    } finally {
      setBusy(false);
    }
  }

  const error = (f: FieldName) =>
    errors[f] && (
      <Text className="register__error" data-testid={`register-error-${f}`}>
        {errors[f]}
      </Text>
    );
  const text = (f: 'realName' | 'phone' | 'workUnit' | 'branch', label: string, placeholder: string, extra: { type?: 'number' | 'text'; maxlength: number }) => (
    <View className="register__field">
      <Text className="register__label">
        {label}
        <Text className="register__required"> *</Text>
      </Text>
      <Input
        className={`register__input ${errors[f] ? 'register__input--bad' : ''}`}
        data-testid={`register-${f}`}
        aria-label={label}
        type={extra.type ?? 'text'}
        maxlength={extra.maxlength}
        value={form[f]}
        placeholder={placeholder}
        placeholderClass="register__placeholder"
        onInput={(e) => set(f, e.detail.value)}
      />
      {error(f)}
    </View>
  );

  const suggestions = SUGGESTED_SKILLS.filter((s) => !form.skills.includes(s));
  return (
    <View className="register__card register__form" data-testid="member-register-form">
      {!reapply && (
        <View className="register__intro">
          <Text className="register__status-title">在职党员到居住地社区报到</Text>
          <Text className="register__hint">填写以下信息，社区审核通过后，您就可以在接单大厅认领群众的需求。</Text>
        </View>
      )}
      {text('realName', '真实姓名', '请填写您的真实姓名', { maxlength: 20 })}
      {text('phone', '手机号', '社区和居民联系您的电话', { type: 'number', maxlength: 13 })}
      {text('workUnit', '在职单位', '如：常州市供电公司', { maxlength: 50 })}
      {text('branch', '所在党支部', '如：供电公司第一党支部', { maxlength: 50 })}

      <View className="register__field">
        <Text className="register__label">技能特长（选填，最多{MAX_SKILLS}项）</Text>
        {form.skills.length > 0 && (
          <View className="register__chips">
            {form.skills.map((s) => (
              <View key={s} className="register__chip register__chip--on" data-testid="skill-chip" aria-label={`删除技能 ${s}`} onClick={() => set('skills', form.skills.filter((x) => x !== s))}>
                <Text>{s}</Text>
                <Text className="register__chip-x">×</Text>
              </View>
            ))}
          </View>
        )}
        <View className="register__skill-add">
          <Input
            className="register__input register__input--skill"
            data-testid="skill-input"
            aria-label="其他技能"
            maxlength={MAX_SKILL_LENGTH}
            value={skillDraft}
            placeholder="其他技能，如：摄影"
            placeholderClass="register__placeholder"
            confirmType="done"
            onInput={(e) => setSkillDraft(e.detail.value)}
            onConfirm={() => addSkill(skillDraft)}
          />
          <Button size="large" data-testid="skill-add" onClick={() => addSkill(skillDraft)}>
            添加
          </Button>
        </View>
        {suggestions.length > 0 && (
          <View className="register__chips">
            {suggestions.map((s) => (
              <View key={s} className="register__chip" data-testid="skill-suggest" onClick={() => addSkill(s)}>
                <Text>+ {s}</Text>
              </View>
            ))}
          </View>
        )}
        {error('skills')}
      </View>

      {menuError && (
        <View className="register__menu-error" onClick={onMenuRetry}>
          <Text>服务队和网格没有加载出来，点此重试</Text>
        </View>
      )}
      {menu && menu.teams.length > 0 && (
        <View className="register__field">
          <Text className="register__label">志愿服务队（选填）</Text>
          <View className="register__chips">
            {menu.teams.map((t) => (
              <View
                key={t.id}
                className={`register__chip ${form.teamId === t.id ? 'register__chip--on' : ''}`}
                data-testid="team-option"
                data-id={t.id}
                aria-selected={form.teamId === t.id}
                onClick={() => set('teamId', form.teamId === t.id ? null : t.id)}
              >
                <View className="register__dot" style={{ backgroundColor: t.color }} />
                <Text>{t.name}</Text>
              </View>
            ))}
          </View>
          {error('teamId')}
        </View>
      )}
      {menu && menu.grids.length > 0 && (
        <View className="register__field">
          <Text className="register__label">居住网格（选填）</Text>
          <View className="register__chips">
            {menu.grids.map((g) => (
              <View
                key={g.id}
                className={`register__chip ${form.gridId === g.id ? 'register__chip--on' : ''}`}
                data-testid="grid-option"
                data-id={g.id}
                aria-selected={form.gridId === g.id}
                onClick={() => set('gridId', form.gridId === g.id ? null : g.id)}
              >
                <Text>{g.name}</Text>
              </View>
            ))}
          </View>
          {error('gridId')}
        </View>
      )}

      <Text className="register__pledge">{PLEDGE}</Text>
      <Button type="primary" size="xlarge" block data-testid="register-submit" loading={busy} disabled={busy} onClick={submit}>
        {reapply ? '重新提交报到' : '提交报到'}
      </Button>
    </View>
  );
}

function Facts({ profile }: { profile: MemberView }) {
  const rows: [string, string | null][] = [
    ['姓名', profile.realName],
    ['手机号', profile.phone],
    ['在职单位', profile.workUnit],
    ['所在党支部', profile.branch],
    ['志愿服务队', profile.teamName],
    ['居住网格', profile.gridName],
    ['技能特长', profile.skills.join('、') || null],
  ];
  return (
    <View className="register__facts">
      {rows
        .filter(([, v]) => v)
        .map(([label, value]) => (
          <Row key={label} label={label} value={value!} />
        ))}
    </View>
  );
}

function PendingCard({ profile, dutyPhone }: { profile: MemberView; dutyPhone?: string }) {
  return (
    <View className="register__card register__status register__status--pending" data-testid="member-status-pending">
      <Text className="register__status-title">报到审核中</Text>
      <Text className="register__hint">
        已于 {formatTime(profile.createdAt)} 提交，社区审核通过后，您就可以在接单大厅认领群众的需求。
      </Text>
      <Facts profile={profile} />
      {dutyPhone && (
        <Button size="large" block onClick={() => Taro.makePhoneCall({ phoneNumber: dutyPhone }).catch(() => undefined)}>
          联系社区 {dutyPhone}
        </Button>
      )}
    </View>
  );
}

/** 已报到: the member's 三亮 — identity, duty, pledge. */
function VerifiedCard({ profile }: { profile: MemberView }) {
  return (
    <View data-testid="member-status-verified">
      <View className="register__badge">
        <Text className="register__badge-title">已报到 · 在职党员</Text>
        <Text className="register__badge-name">{profile.realName}</Text>
      </View>
      <View className="register__card">
        <Text className="register__section">亮身份</Text>
        <View className="register__facts">
          <Row label="在职单位" value={profile.workUnit} />
          <Row label="所在党支部" value={profile.branch} />
        </View>
        <Text className="register__section">亮职责</Text>
        <View className="register__facts">
          <Row label="志愿服务队" value={profile.teamName ?? '未加入服务队'} />
          {profile.gridName && <Row label="居住网格" value={profile.gridName} />}
          <Row label="技能特长" value={profile.skills.join('、') || '未填写'} />
        </View>
        <Text className="register__section">亮承诺</Text>
        <Text className="register__promise">{PLEDGE}</Text>
      </View>
      <View className="register__actions">
        <Button type="primary" size="xlarge" block data-testid="go-pool" onClick={() => go(ROUTES.pool)}>
          去接单大厅
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.tasks)}>
          我的任务
        </Button>
        <Button size="large" block onClick={() => go(ROUTES.points)}>
          我的积分
        </Button>
      </View>
    </View>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="register__fact">
      <Text className="register__fact-label">{label}</Text>
      <Text className="register__fact-value">{value}</Text>
    </View>
  );
}
