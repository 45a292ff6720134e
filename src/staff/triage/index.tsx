import { Button, Popup, TextArea } from '@nutui/nutui-react-taro';
import { Image, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Priority } from '../../../types/domain';
import type { FieldErrors } from '../../../types/errors';
import type { MemberView, MenuView, OrderDetail } from '../../../types/views';
import EmptyState from '../../components/empty-state';
import MemberPicker from '../../components/member-picker';
import PageShell from '../../components/page-shell';
import PhotoPicker from '../../components/photo-picker';
import QueueTabs from '../../components/queue-tabs';
import StatusTag from '../../components/status-tag';
import { useRequest } from '../../hooks/useRequest';
import { ApiError, call } from '../../services/api';
import { PRIORITY_LABEL, URGENCY_LABEL } from '../../utils/labels';
import { photoUrl } from '../../utils/photos';
import { ROUTES } from '../../utils/routes';
import { formatTime } from '../../utils/time';
import { toast } from '../../utils/toast';
import DeadlineField from '../shared/deadline-field';
import { CategoryChoices, Chips, Field } from '../shared/form';
import { deadlineError, deadlineOf, type DeadlineChoice } from '../shared/time';
import './index.scss';

type Segment = 'dispatch' | 'assign' | 'reject' | 'escalate';

const SEGMENTS: { tab: Segment; title: string }[] = [
  { tab: 'dispatch', title: '派单到接单大厅' },
  { tab: 'assign', title: '指派给党员' },
  { tab: 'reject', title: '不予受理' },
  { tab: 'escalate', title: '上报街道' },
];

const SUBMIT_TEXT: Record<Segment, string> = { dispatch: '发布到接单大厅', assign: '确认指派', reject: '确认不予受理', escalate: '确认上报街道' };

/** Refusals that belong to one field although the server sent no field messages. */
const CODE_FIELD: Record<string, string> = {
  'ORDER.DEADLINE_PAST': 'deadline',
  'CATEGORY.NOT_FOUND': 'categoryId',
  'TEAM.NOT_FOUND': 'poolLimit.teamId',
  'GRID.NOT_FOUND': 'poolLimit.gridIds',
  'ORDER.ASSIGNEE_INVALID': 'memberId',
};

/** The order moved on under us: show it as it is now. */
const STALE = ['ORDER.CONFLICT', 'ORDER.INVALID_TRANSITION'];

/** The default time limit per priority, as the server would set it: 高 1 day, 普通 3 days, 低 7 days. */
const PRIORITY_DAYS: Record<Priority, number> = { high: 1, normal: 3, low: 7 };

const REFERRALS = ['请拨打12345市民服务热线', '请到街道便民服务中心办理', '请联系小区物业服务中心'];

/** 受理派单: staff read the order and dispatch it to the pool, assign it, decline it or escalate it. */
export default function TriagePage() {
  const { id = '', mode } = useRouter().params;
  const data = useRequest(async () => {
    const order = await call('order.detail', { orderId: id });
    const menu = await call('menu.get', { communityId: order.communityId });
    return { order, menu };
  }, [id]);
  if (!data.data) return <PageShell loading={data.loading} error={data.error} onRetry={data.reload} />;
  return <Triage order={data.data.order} menu={data.data.menu} initial={mode as Segment | undefined} reload={data.reload} />;
}

interface TriageProps {
  order: OrderDetail;
  menu: MenuView;
  initial?: Segment;
  reload: () => Promise<void>;
}

function Triage({ order, menu, initial, reload }: TriageProps) {
  // The segments offered are the server's: only what this person may do with this order now.
  const segments = SEGMENTS.filter((s) => order.actions.includes(s.tab));
  const [chosen, setSegment] = useState<Segment | null>(initial ?? null);
  const segment = segments.find((s) => s.tab === chosen)?.tab ?? segments[0]?.tab;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [uploading, setUploading] = useState(false);

  // 下单 (pool or one member)
  const [categoryId, setCategoryId] = useState(order.categoryId);
  const [pickingCategory, setPickingCategory] = useState(false);
  const [priority, setPriority] = useState<Priority>(order.priority);
  const current = order.deadline && Date.parse(order.deadline) > Date.now() ? order.deadline : null;
  const [deadline, setDeadline] = useState<DeadlineChoice | null>(current ? { iso: current } : { days: PRIORITY_DAYS[order.priority] });
  const [deadlineSet, setDeadlineSet] = useState(!!current);
  const [headcount, setHeadcount] = useState(String(order.headcount || 1));
  const [points, setPoints] = useState(String(order.points));
  const [pointsSet, setPointsSet] = useState(false);
  const [limitOpen, setLimitOpen] = useState(!!order.poolLimit);
  const [skills, setSkills] = useState<string[]>(order.poolLimit?.skills ?? []);
  const [skillDraft, setSkillDraft] = useState('');
  const [teamId, setTeamId] = useState<string | null>(order.poolLimit?.teamId ?? null);
  const [gridIds, setGridIds] = useState<string[]>(order.poolLimit?.gridIds ?? []);
  const [member, setMember] = useState<MemberView | null>(null);
  // 不予受理
  const [reason, setReason] = useState('');
  const [referral, setReferral] = useState('');
  // 上报街道
  const [note, setNote] = useState('');
  const [escDeadline, setEscDeadline] = useState<DeadlineChoice | null>({ days: 5 });
  const [photos, setPhotos] = useState<string[]>([]);

  const category = menu.categories.find((c) => c.id === categoryId);
  const basePoints = categoryId === order.categoryId ? order.points : (category?.basePoints ?? order.points);

  function chooseCategory(next: string | null) {
    if (!next) return;
    setCategoryId(next);
    setPickingCategory(false);
    const c = menu.categories.find((x) => x.id === next);
    if (!pointsSet && c) setPoints(String(next === order.categoryId ? order.points : c.basePoints));
  }

  function choosePriority(p: Priority) {
    setPriority(p);
    if (!deadlineSet) setDeadline({ days: PRIORITY_DAYS[p] });
  }

  function addSkill() {
    const s = skillDraft.trim();
    if (!s) return;
    if (s.length > 20) return setErrors({ ...errors, 'poolLimit.skills': '每个技能最多20个字' });
    if (skills.length >= 10) return setErrors({ ...errors, 'poolLimit.skills': '技能要求最多10个' });
    if (!skills.includes(s)) setSkills([...skills, s]);
    setSkillDraft('');
  }

  function check(): FieldErrors {
    const e: FieldErrors = {};
    const now = new Date();
    if (segment === 'dispatch' || segment === 'assign') {
      if (!category) e.categoryId = '请选择服务类别';
      const d = deadlineError(deadline, now);
      if (d) e.deadline = d;
      const p = Number(points);
      if (points.trim() === '' || !Number.isInteger(p) || p < 0 || p > 100) e.points = '积分须为0–100的整数';
      if (segment === 'dispatch') {
        const h = Number(headcount);
        if (headcount.trim() === '' || !Number.isInteger(h) || h < 1 || h > 20) e.headcount = '需要党员人数须为1–20的整数';
      }
      if (segment === 'assign' && !member) e.memberId = '请选择要指派的党员';
    }
    if (segment === 'reject') {
      const r = reason.trim();
      if (!r) e.reason = '请填写不予受理的原因';
      else if (r.length < 2) e.reason = '原因至少需要2个字';
    }
    if (segment === 'escalate') {
      if (!note.trim()) e.note = '请填写上报说明';
      const d = deadlineError(escDeadline, now);
      if (d) e.deadline = d;
    }
    return e;
  }

  function send(): Promise<OrderDetail> {
    const ref = { orderId: order.id, version: order.version };
    const plan = { ...ref, categoryId, priority, deadline: deadline ? deadlineOf(deadline) : '', points: Number(points) };
    switch (segment) {
      case 'dispatch': {
        const limited = skills.length > 0 || !!teamId || gridIds.length > 0;
        return call('order.dispatch', { ...plan, headcount: Number(headcount), poolLimit: limited ? { skills, teamId, gridIds } : null });
      }
      case 'assign':
        return call('order.assign', { ...plan, memberId: member!.userId });
      case 'reject':
        return call('order.reject', { ...ref, reason: reason.trim(), referral: referral.trim() || undefined });
      default:
        return call('order.escalate', { ...ref, note: note.trim(), photos, deadline: escDeadline ? deadlineOf(escDeadline) : '' });
    }
  }

  async function submit() {
    if (busy || done || !segment) return;
    const invalid = check();
    setErrors(invalid);
    if (Object.keys(invalid).length) return toast.error(Object.values(invalid)[0]);
    if (uploading) return toast.info('图片还在上传，请稍候');
    setBusy(true);
    try {
      await send();
      setDone(true);
      toast.success(
        segment === 'dispatch' ? '已发布到接单大厅' : segment === 'assign' ? `已指派给${member!.realName}，等待党员响应` : segment === 'reject' ? '已告知居民不予受理' : '已上报街道',
      );
      // Let the toast be read, then show the order as it is now.
      setTimeout(() => void Taro.redirectTo({ url: `${ROUTES.order}?id=${encodeURIComponent(order.id)}` }), 800);
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = { ...e.fields };
        if (CODE_FIELD[e.code] && !Object.keys(fields).length) fields[CODE_FIELD[e.code]] = e.message;
        setErrors(fields);
        if (STALE.includes(e.code)) void reload();
      }
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  const footer = segment && (
    <View className="triage__bar">
      <Button block type="primary" size="large" loading={busy} disabled={busy || done} data-testid="triage-submit" onClick={submit}>
        {SUBMIT_TEXT[segment]}
      </Button>
    </View>
  );

  return (
    <PageShell footer={footer}>
      <View className="triage" data-testid="triage" data-version={order.version}>
        <Summary order={order} />
        {segments.length === 0 || !segment ? (
          <EmptyState
            title="这个需求已经处理过了"
            hint="它的状态已有变化，不需要再受理派单"
            actionText="查看需求"
            onAction={() => void Taro.redirectTo({ url: `${ROUTES.order}?id=${encodeURIComponent(order.id)}` })}
          />
        ) : (
          <>
            <QueueTabs
              testId="triage-segments"
              tabs={segments}
              value={segment}
              onChange={(s) => {
                setSegment(s);
                setErrors({});
              }}
            />
            <View className="triage__form" data-testid="triage-form" data-segment={segment}>
              {segment === 'assign' && (
                <Field label="指派给" name="memberId" errors={errors} hint="只列出本社区已通过审核的党员，可按姓名、单位、支部搜索">
                  <MemberPicker communityId={order.communityId} value={member} onChange={setMember} suggestedSkills={skills} />
                </Field>
              )}
              {(segment === 'dispatch' || segment === 'assign') && (
                <>
                  <Field label="服务类别" name="categoryId" errors={errors}>
                    <View className="triage__picked" ariaRole="button" data-testid="plan-category" onClick={() => setPickingCategory(true)}>
                      <Text className="triage__picked-value">{category ? `${category.group} · ${category.name}` : '请选择'}</Text>
                      <Text className="triage__link">更改</Text>
                    </View>
                  </Field>
                  <Field label="优先级" name="priority" errors={errors}>
                    <Chips
                      testId="plan-priority"
                      options={(['low', 'normal', 'high'] as Priority[]).map((p) => ({ value: p, label: PRIORITY_LABEL[p] }))}
                      value={priority}
                      onChange={choosePriority}
                    />
                  </Field>
                  <Field label="办结时限" name="deadline" errors={errors}>
                    <DeadlineField
                      testId="plan-deadline"
                      days={[1, 3, 7]}
                      current={current}
                      value={deadline}
                      onChange={(d) => {
                        setDeadline(d);
                        setDeadlineSet(true);
                      }}
                    />
                  </Field>
                  {segment === 'dispatch' && (
                    <Field label="需要党员人数" name="headcount" errors={errors} hint="人数满了，需求就从接单大厅撤下">
                      <View className="triage__stepper">
                        <View className="triage__step" ariaRole="button" aria-label="减少一人" onClick={() => setHeadcount(String(Math.max(1, (Number(headcount) || 1) - 1)))}>
                          <Text>－</Text>
                        </View>
                        <Input className="staff-input triage__count" type="number" data-testid="plan-headcount" value={headcount} maxlength={2} onInput={(e) => setHeadcount(e.detail.value)} />
                        <View className="triage__step" ariaRole="button" aria-label="增加一人" onClick={() => setHeadcount(String(Math.min(20, (Number(headcount) || 0) + 1)))}>
                          <Text>＋</Text>
                        </View>
                        <Text className="triage__unit">人（1–20）</Text>
                      </View>
                    </Field>
                  )}
                  <Field label="积分" name="points" errors={errors} hint={`按服务类别默认 ${basePoints} 分；每名完成的党员各得此积分`}>
                    <View className="triage__stepper">
                      <Input
                        className="staff-input triage__count"
                        type="number"
                        data-testid="plan-points"
                        value={points}
                        maxlength={3}
                        onInput={(e) => {
                          setPoints(e.detail.value);
                          setPointsSet(true);
                        }}
                      />
                      <Text className="triage__unit">分（0–100）</Text>
                    </View>
                  </Field>
                  {segment === 'dispatch' && (
                    <Limits
                      open={limitOpen}
                      onToggle={() => setLimitOpen(!limitOpen)}
                      menu={menu}
                      errors={errors}
                      skills={skills}
                      skillDraft={skillDraft}
                      onSkillDraft={setSkillDraft}
                      onAddSkill={addSkill}
                      onRemoveSkill={(s) => setSkills(skills.filter((x) => x !== s))}
                      teamId={teamId}
                      onTeam={setTeamId}
                      gridIds={gridIds}
                      onGrid={(g) => setGridIds(gridIds.includes(g) ? gridIds.filter((x) => x !== g) : [...gridIds, g])}
                    />
                  )}
                </>
              )}
              {segment === 'reject' && (
                <>
                  <Text className="triage__hint">不予受理会告诉居民原因。请写清楚，并尽量告诉居民可以去哪里办理。</Text>
                  <Field label="原因" name="reason" errors={errors}>
                    <TextArea
                      className="triage__text"
                      data-testid="reject-reason"
                      value={reason}
                      maxLength={200}
                      showCount
                      rows={3}
                      placeholder="例如：房产过户属于不动产登记业务，社区无法代办"
                      onChange={setReason}
                    />
                  </Field>
                  <Field label="转介建议" name="referral" errors={errors} optional hint="告诉居民可以找谁">
                    <Chips options={REFERRALS.map((r) => ({ value: r, label: r }))} value={referral} onChange={setReferral} testId="reject-referral-choices" />
                    <Input
                      className="staff-input triage__referral"
                      data-testid="reject-referral"
                      value={referral}
                      maxlength={100}
                      placeholder="也可以自己填写，如：请拨打12345"
                      onInput={(e) => setReferral(e.detail.value)}
                    />
                  </Field>
                </>
              )}
              {segment === 'escalate' && (
                <>
                  <Text className="triage__hint">社区解决不了的问题，提交街道协调处理。请写明情况和社区已经做了什么。</Text>
                  <Field label="上报说明" name="note" errors={errors}>
                    <TextArea
                      className="triage__text"
                      data-testid="escalate-note"
                      value={note}
                      maxLength={500}
                      showCount
                      rows={4}
                      placeholder="例如：涉及市政管网，社区无法处理"
                      onChange={setNote}
                    />
                  </Field>
                  <Field label="街道办结时限" name="deadline" errors={errors}>
                    <DeadlineField testId="escalate-deadline" days={[3, 5, 7, 15]} value={escDeadline} onChange={setEscDeadline} />
                  </Field>
                  <Field label="照片" name="photos" errors={errors} optional>
                    <PhotoPicker value={photos} onChange={setPhotos} onBusyChange={setUploading} />
                  </Field>
                </>
              )}
            </View>
          </>
        )}
      </View>
      <Popup visible={pickingCategory} position="bottom" round closeable title="选择服务类别" onClose={() => setPickingCategory(false)}>
        <View className="triage__sheet">
          <CategoryChoices categories={menu.categories} value={categoryId} onChange={chooseCategory} />
        </View>
      </Popup>
    </PageShell>
  );
}

/** What was asked, by whom, where: contact exactly as the server's view gives it. */
function Summary({ order }: { order: OrderDetail }) {
  const dial = order.contactMasked ? undefined : () => void Taro.makePhoneCall({ phoneNumber: order.contactPhone }).catch(() => undefined);
  return (
    <View className="triage__card" data-testid="triage-summary">
      <View className="triage__head">
        <Text className="triage__title">{order.title}</Text>
        <StatusTag status={order.status} overdue={order.overdue} />
      </View>
      <Text className={`triage__category ${order.urgency !== 'normal' ? 'triage__category--urgent' : ''}`}>
        {order.categoryName} · {URGENCY_LABEL[order.urgency]}
      </Text>
      {order.description && <Text className="triage__desc">{order.description}</Text>}
      {order.photos.length > 0 && (
        <View className="triage__photos">
          {order.photos.map((p) => (
            <Image
              key={p}
              className="triage__photo"
              src={photoUrl(p)}
              mode="aspectFill"
              onClick={() => Taro.previewImage({ urls: order.photos.map(photoUrl), current: photoUrl(p) })}
            />
          ))}
        </View>
      )}
      <View className="triage__facts">
        <Fact label="联系人" value={order.contactName} testId="triage-contact-name" />
        <Fact label="联系电话" value={order.contactPhone} testId="triage-contact-phone" onTap={dial} />
        {order.address && <Fact label="地址" value={order.address} testId="triage-address" />}
        {order.gridName && <Fact label="网格" value={order.gridName} />}
        {order.preferredTime && <Fact label="期望时间" value={formatTime(order.preferredTime)} />}
        <Fact label="点单时间" value={formatTime(order.createdAt)} />
        {order.escalationNote && <Fact label="上报说明" value={order.escalationNote} />}
      </View>
    </View>
  );
}

function Fact({ label, value, onTap, testId }: { label: string; value: string; onTap?: () => void; testId?: string }) {
  return (
    <View className="triage__fact" onClick={onTap}>
      <Text className="triage__label">{label}</Text>
      <Text className={`triage__value ${onTap ? 'triage__value--link' : ''}`} data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

interface LimitsProps {
  open: boolean;
  onToggle: () => void;
  menu: MenuView;
  errors: FieldErrors;
  skills: string[];
  skillDraft: string;
  onSkillDraft: (s: string) => void;
  onAddSkill: () => void;
  onRemoveSkill: (s: string) => void;
  teamId: string | null;
  onTeam: (id: string | null) => void;
  gridIds: string[];
  onGrid: (id: string) => void;
}

/** Who may claim from the pool: skills, one team, some grids — all optional. */
function Limits(p: LimitsProps) {
  const count = p.skills.length + (p.teamId ? 1 : 0) + p.gridIds.length;
  return (
    <View className="triage__limits" data-testid="pool-limit">
      <View className="triage__picked" ariaRole="button" aria-expanded={p.open} data-testid="limit-toggle" onClick={p.onToggle}>
        <Text className="triage__picked-value">
          接单条件<Text className="staff-field__optional">（选填）</Text>
          {count > 0 ? `：已设 ${count} 项` : '：不限，所有已报到党员都可接单'}
        </Text>
        <Text className="triage__link">{p.open ? '收起' : '设置'}</Text>
      </View>
      {p.open && (
        <View className="triage__limit-body">
          <Field label="技能要求" name="poolLimit.skills" errors={p.errors} hint="只有具备其中一项技能的党员可以接单">
            {p.skills.length > 0 && (
              <View className="triage__tags">
                {p.skills.map((s) => (
                  <View key={s} className="triage__tag" ariaRole="button" aria-label={`移除${s}`} data-testid="limit-skill" onClick={() => p.onRemoveSkill(s)}>
                    <Text>{s} ×</Text>
                  </View>
                ))}
              </View>
            )}
            <View className="triage__stepper">
              <Input
                className="staff-input triage__skill-input"
                data-testid="limit-skill-input"
                value={p.skillDraft}
                maxlength={20}
                placeholder="如：水电维修"
                confirmType="done"
                onInput={(e) => p.onSkillDraft(e.detail.value)}
                onConfirm={p.onAddSkill}
              />
              <Button size="large" data-testid="limit-skill-add" onClick={p.onAddSkill}>
                添加
              </Button>
            </View>
          </Field>
          {p.menu.teams.length > 0 && (
            <Field label="志愿服务队" name="poolLimit.teamId" errors={p.errors}>
              <Chips
                testId="limit-team"
                options={[{ value: null, label: '不限' }, ...p.menu.teams.map((t) => ({ value: t.id, label: t.name }))]}
                value={p.teamId}
                onChange={p.onTeam}
              />
            </Field>
          )}
          {p.menu.grids.length > 0 && (
            <Field label="网格" name="poolLimit.gridIds" errors={p.errors} hint="不选则不限网格">
              <Chips multiple testId="limit-grids" options={p.menu.grids.map((g) => ({ value: g.id, label: g.name }))} value={p.gridIds} onChange={p.onGrid} />
            </Field>
          )}
        </View>
      )}
    </View>
  );
}
