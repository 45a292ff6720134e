import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Priority } from '../../../types/domain';
import { FIELD_LIMITS } from '../../../types/menu';
import Chips from '../../components/chips';
import Field from '../../components/field';
import PageShell from '../../components/page-shell';
import TextInput from '../../components/text-input';
import Toggle from '../../components/toggle';
import { useForm } from '../../hooks/useForm';
import { useRequest } from '../../hooks/useRequest';
import { ApiError, call } from '../../services/api';
import { useSession } from '../../services/session';
import { PRIORITY_LABEL } from '../../utils/labels';
import { CHECK_FAILED } from '../../utils/rules';
import { toast } from '../../utils/toast';
import { draftOf, fieldOf, newField, toInput, validate, type CategoryDraft } from './draft';
import FieldEditor from './field-editor';
import '../index.scss';

const ICONS: Record<string, string> = { heart: '爱心', repair: '维修', water: '水电', elder: '助老', health: '健康', book: '学习', people: '邻里', shield: '法律', message: '消息', notice: '宣传', tool: '技能', cart: '代办', gift: '心愿', eye: '守望' };
const PRIORITIES = (['low', 'normal', 'high'] as Priority[]).map((p) => ({ value: p, label: PRIORITY_LABEL[p] }));

/** 服务菜单管理 · one service: its name, group, points and defaults, whether it is on the menu, and its own questions. */
export default function CategoryPage() {
  const { communityId } = useSession();
  const { id } = useRouter().params;
  const list = useRequest(() => (id ? call('menu.categories', { communityId: communityId ?? '' }) : Promise.resolve([])), [communityId, id]);
  const existing = id ? list.data?.find((c) => c.id === id) : undefined;
  return (
    <PageShell loading={!list.data && list.loading} error={!list.data ? list.error : null} onRetry={list.reload}>
      {list.data && (!id || existing) && <CategoryForm key={id ?? 'new'} initial={draftOf(existing)} communityId={communityId ?? ''} />}
      {list.data && id && !existing && <Text className="residents__line">未找到该服务类别</Text>}
    </PageShell>
  );
}

function CategoryForm({ initial, communityId }: { initial: CategoryDraft; communityId: string }) {
  const form = useForm<CategoryDraft>(initial, { validate });
  const [busy, setBusy] = useState(false);
  const { values: v, errors: e, set } = form;
  const setField = (i: number, f: CategoryDraft['fields'][number]) => set('fields', v.fields.map((x, j) => (j === i ? f : x)));

  async function save() {
    if (!form.check()) return void toast.error(CHECK_FAILED);
    setBusy(true);
    try {
      await call('menu.saveCategory', { communityId, category: toInput(v) });
      toast.success(v.active ? '已保存，居民点单时即可选择' : '已保存，该服务已停用');
      setTimeout(() => void Taro.navigateBack(), 800);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) form.show(Object.fromEntries(Object.entries(err.fields).map(([k, m]) => [fieldOf(k), m])));
      toast.error(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="residents__form" data-testid="category-form">
      <Field card name="name" label="服务名称" required error={e.name}>
        <TextInput testId="input-name" label="服务名称" value={v.name} maxLength={20} invalid={!!e.name} placeholder="如：管道疏通" onChange={(x) => set('name', x)} />
      </Field>
      <Field card name="group" label="分组" required hint="同一分组的服务在点单页排在一起" error={e.group}>
        <TextInput testId="input-group" label="分组" value={v.group} maxLength={10} invalid={!!e.group} placeholder="如：生活服务" onChange={(x) => set('group', x)} />
      </Field>
      <Field card name="basePoints" label="基础积分" required hint="党员完成一单所得积分" error={e.basePoints}>
        <TextInput testId="input-points" label="基础积分" type="number" value={v.basePoints} maxLength={3} invalid={!!e.basePoints} placeholder="如：5" onChange={(x) => set('basePoints', x)} />
      </Field>
      <Field card name="defaultPriority" label="默认优先级" error={e.defaultPriority}>
        <Chips label="默认优先级" options={PRIORITIES} value={v.defaultPriority} onChange={(p) => set('defaultPriority', p)} />
      </Field>
      <Field card name="icon" label="图标" error={e.icon}>
        <Chips label="图标" options={Object.entries(ICONS).map(([value, label]) => ({ value, label }))} value={v.icon} onChange={(i) => set('icon', i)} />
      </Field>
      <View className="residents__card">
        <View className="residents__line manage__switch">
          <Text>完成时须上传照片</Text>
          <Toggle testId="input-photo" label="完成时须上传照片" checked={v.photoRequired} onChange={(x) => set('photoRequired', x)} />
        </View>
        <View className="residents__line manage__switch">
          <Text>在点单菜单中提供</Text>
          <Toggle testId="input-active" label="在点单菜单中提供" checked={v.active} onChange={(x) => set('active', x)} />
        </View>
        {!v.active && <Text className="residents__line">停用后居民不能再点这项服务，已有的需求照常办理</Text>}
      </View>
      <View className="residents__card">
        <Text className="residents__section">点单时要问的问题（{v.fields.length}/{FIELD_LIMITS.fields.max}）</Text>
        <Text className="residents__line">例如水电维修问“哪里漏水”，法律援助问“纠纷类型”</Text>
      </View>
      {v.fields.map((f, i) => (
        <FieldEditor key={i} index={i} field={f} errors={e} onChange={(x) => setField(i, x)} onRemove={() => set('fields', v.fields.filter((_, j) => j !== i))} />
      ))}
      <View className="residents__foot">
        {v.fields.length < FIELD_LIMITS.fields.max && (
          <Button size="large" block data-testid="field-add" onClick={() => set('fields', [...v.fields, newField(v.fields)])}>
            添加问题
          </Button>
        )}
      </View>
      <View className="residents__foot">
        <Button type="primary" size="xlarge" block loading={busy} disabled={busy} data-testid="category-save" onClick={() => void save()}>
          保存服务
        </Button>
      </View>
    </View>
  );
}
