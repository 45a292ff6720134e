import { Popup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Priority } from '../../../../types/domain';
import { LIMITS } from '../../../../types/limits';
import type { MenuView, OrderDetail } from '../../../../types/views';
import CategoryChoices from '../../../components/category-choices';
import Chips from '../../../components/chips';
import DeadlineField from '../../../components/deadline-field';
import Field from '../../../components/field';
import MemberPicker from '../../../components/member-picker';
import TextInput from '../../../components/text-input';
import { role } from '../../../utils/a11y';
import { PRIORITY_LABEL } from '../../../utils/labels';
import PoolLimits from './pool-limits';
import type { DispatchPlan } from './useDispatchPlan';

export interface PlanFieldsProps {
  order: OrderDetail;
  menu: MenuView;
  plan: DispatchPlan;
  /** Assign adds the member to choose; dispatch adds headcount and who may claim. */
  mode: 'dispatch' | 'assign';
}

const PRIORITIES: Priority[] = ['low', 'normal', 'high'];

/** The plan's fields: member (assign), category, priority, time limit, headcount (dispatch), points, limits (dispatch). */
export default function PlanFields({ order, menu, plan, mode }: PlanFieldsProps) {
  const { values, errors, set } = plan.form;
  const [picking, setPicking] = useState(false);
  const headcount = (delta: number) => set('headcount', String(Math.min(LIMITS.headcount.max, Math.max(LIMITS.headcount.min, (Number(values.headcount) || 0) + delta))));
  return (
    <>
      {mode === 'assign' && (
        <Field label="指派给" name="memberId" error={errors.memberId} hint="只列出本社区已通过审核的党员，可按姓名、单位、支部搜索">
          <MemberPicker communityId={order.communityId} value={values.member} onChange={(m) => set('member', m)} suggestedSkills={values.skills} />
        </Field>
      )}
      <Field label="服务类别" name="categoryId" error={errors.categoryId}>
        <View className="triage__picked" {...role('button', true)} data-testid="plan-category" onClick={() => setPicking(true)}>
          <Text className="triage__picked-value">{plan.category ? `${plan.category.group} · ${plan.category.name}` : '请选择'}</Text>
          <Text className="triage__link">更改</Text>
        </View>
      </Field>
      <Field label="优先级" name="priority" error={errors.priority}>
        <Chips label="优先级" testId="plan-priority" options={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABEL[p] }))} value={values.priority} onChange={plan.choosePriority} />
      </Field>
      <Field label="办结时限" name="deadline" error={errors.deadline}>
        <DeadlineField label="办结时限" testId="plan-deadline" days={[1, 3, 7]} current={plan.current} value={values.deadline} onChange={plan.chooseDeadline} />
      </Field>
      {mode === 'dispatch' && (
        <Field label="需要党员人数" name="headcount" error={errors.headcount} hint="人数满了，需求就从接单大厅撤下">
          <View className="triage__row">
            <View className="triage__step" {...role('button', true)} aria-label="减少一人" onClick={() => headcount(-1)}>
              <Text>－</Text>
            </View>
            <TextInput className="triage__count" type="number" testId="plan-headcount" label="需要党员人数" placeholder="人数" value={values.headcount} maxLength={2} invalid={!!errors.headcount} onChange={(v) => set('headcount', v)} />
            <View className="triage__step" {...role('button', true)} aria-label="增加一人" onClick={() => headcount(1)}>
              <Text>＋</Text>
            </View>
            <Text className="triage__unit">
              人（{LIMITS.headcount.min}–{LIMITS.headcount.max}）
            </Text>
          </View>
        </Field>
      )}
      <Field label="积分" name="points" error={errors.points} hint={`按服务类别默认 ${plan.basePoints} 分；每名完成的党员各得此积分`}>
        <View className="triage__row">
          <TextInput className="triage__count" type="number" testId="plan-points" label="积分" placeholder="积分" value={values.points} maxLength={3} invalid={!!errors.points} onChange={plan.setPoints} />
          <Text className="triage__unit">
            分（{LIMITS.points.min}–{LIMITS.points.max}）
          </Text>
        </View>
      </Field>
      {mode === 'dispatch' && <PoolLimits plan={plan} menu={menu} />}
      <Popup visible={picking} position="bottom" round closeable title="选择服务类别" onClose={() => setPicking(false)}>
        <View className="triage__sheet" {...role('region', true)} aria-label="选择服务类别">
          <CategoryChoices
            categories={menu.categories}
            value={values.categoryId}
            onChange={(id) => {
              plan.chooseCategory(id);
              setPicking(false);
            }}
          />
        </View>
      </Popup>
    </>
  );
}
