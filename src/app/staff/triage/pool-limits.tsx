import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { MenuView } from '../../../../types/views';
import Chips from '../../../components/chips';
import Field from '../../../components/field';
import SkillsInput from '../../../components/skills-input';
import { role } from '../../../utils/a11y';
import { errorFor } from '../../../utils/rules';
import type { DispatchPlan } from './useDispatchPlan';

export interface PoolLimitsProps {
  plan: DispatchPlan;
  menu: MenuView;
}

/** Who may claim from the pool: skills, one team, some grids — all optional, folded away until asked for. */
export default function PoolLimits({ plan, menu }: PoolLimitsProps) {
  const { values, errors } = plan.form;
  const [open, setOpen] = useState(values.skills.length > 0 || !!values.teamId || values.gridIds.length > 0);
  const count = values.skills.length + (values.teamId ? 1 : 0) + values.gridIds.length;
  return (
    <View className="triage__limits" data-testid="pool-limit">
      <View className="triage__picked" {...role('button', true)} aria-expanded={open} data-testid="limit-toggle" onClick={() => setOpen(!open)}>
        <Text className="triage__picked-value">
          接单条件<Text className="field__optional">（选填）</Text>
          {count > 0 ? `：已设 ${count} 项` : '：不限，所有已报到党员都可接单'}
        </Text>
        <Text className="triage__link">{open ? '收起' : '设置'}</Text>
      </View>
      {open && (
        <View className="triage__limit-body">
          <Field label="技能要求" name="poolLimit.skills" error={errorFor(errors, 'poolLimit.skills')} hint="只有具备其中一项技能的党员可以接单">
            <SkillsInput
              testId="limit-skill"
              placeholder="如：水电维修"
              value={values.skills}
              onChange={(s) => plan.form.set('skills', s)}
              onError={(m) => plan.form.setError('poolLimit.skills', m)}
            />
          </Field>
          {menu.teams.length > 0 && (
            <Field label="志愿服务队" name="poolLimit.teamId" error={errorFor(errors, 'poolLimit.teamId')}>
              <Chips
                label="志愿服务队"
                testId="limit-team"
                options={[{ value: null, label: '不限' }, ...menu.teams.map((t) => ({ value: t.id, label: t.name }))]}
                value={values.teamId}
                onChange={(t) => plan.form.set('teamId', t)}
              />
            </Field>
          )}
          {menu.grids.length > 0 && (
            <Field label="网格" name="poolLimit.gridIds" error={errorFor(errors, 'poolLimit.gridIds')} hint="不选则不限网格">
              <Chips multiple label="网格" testId="limit-grids" options={menu.grids.map((g) => ({ value: g.id, label: g.name }))} value={values.gridIds} onChange={plan.toggleGrid} />
            </Field>
          )}
        </View>
      )}
    </View>
  );
}
