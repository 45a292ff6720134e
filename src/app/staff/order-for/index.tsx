import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { gridForBuilding } from '../../../../types/grids';
import { LIMITS } from '../../../../types/limits';
import { checkAnswers, type CategoryField } from '../../../../types/menu';
import CategoryChoices from '../../../components/category-choices';
import CategoryFields, { answersOf, type AnswerDraft } from '../../../components/category-fields';
import Chips from '../../../components/chips';
import Field from '../../../components/field';
import PageShell from '../../../components/page-shell';
import TextArea from '../../../components/text-area';
import TextInput from '../../../components/text-input';
import { useForm } from '../../../hooks/useForm';
import { useRequest } from '../../../hooks/useRequest';
import { ApiError, call } from '../../../services/api';
import { URGENCY_LABEL } from '../../../utils/labels';
import { queryValue, returnTo, ROUTES } from '../../../utils/routes';
import { collect, textError } from '../../../utils/rules';
import { toast } from '../../../utils/toast';
import '../residents/index.scss';

const URGENCIES = ['normal', 'urgent', 'life_threatening'] as const;

interface Values {
  categoryId: string;
  title: string;
  description: string;
  urgency: (typeof URGENCIES)[number];
  answers: Record<string, AnswerDraft>;
  /** The grid staff picked; until then the record's, or the one its building suggests. */
  gridId?: string;
}

const validate = (v: Values, fields: CategoryField[]) => ({
  ...collect([
    ['categoryId', v.categoryId ? undefined : '请选择需要什么服务'],
    ['title', textError(v.title, '需求标题', LIMITS.title)],
    ['description', textError(v.description, '详细描述', LIMITS.description, false)],
  ]),
  ...checkAnswers(fields, answersOf(fields, v.answers)).errors,
});

/** 代点单: an order placed for a resident without the app; contact and address come from their record. */
export default function OrderForPage() {
  // From a 民情日记 visit or a 议事 topic: its need prefills the form, and the order is linked back to it once placed.
  const { residentId = '', title = '', description = '', visitId, topicId } = useRouter().params;
  const detail = useRequest(() => call('resident.get', { residentId }), [residentId]);
  const communityId = detail.data?.record.communityId;
  const menu = useRequest(() => (communityId ? call('menu.get', { communityId }) : Promise.resolve(undefined)), [communityId]);
  // The chosen category's own questions, read when the form checks itself.
  const questions = useRef<CategoryField[]>([]);
  const form = useForm<Values>(
    { categoryId: '', title: queryValue(title), description: queryValue(description), urgency: 'normal', answers: {} },
    { validate: (x) => validate(x, questions.current) },
  );
  // One key per visit to this page: a retry after a lost answer is the same order.
  const key = useRef(`for-${residentId}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
  const [busy, setBusy] = useState(false);
  const r = detail.data?.record;
  const { values: v, errors: e, set } = form;
  questions.current = menu.data?.categories.find((c) => c.id === v.categoryId)?.fields ?? [];
  const gridId = v.gridId ?? r?.gridId ?? gridForBuilding(menu.data?.grids ?? [], r?.address?.building) ?? undefined;

  async function submit() {
    if (!form.check()) return;
    setBusy(true);
    try {
      const order = await call('order.submitFor', { residentId, idempotencyKey: key.current, ...v, gridId, answers: answersOf(questions.current, v.answers) });
      // The order stands either way; the link only shows it in the diary beside the visit.
      if (visitId) await call('visit.linkOrder', { visitId, orderId: order.id }).catch(() => undefined);
      const linked = topicId ? await call('topic.linkOrder', { topicId, orderId: order.id }).then(() => true, () => false) : false;
      toast.success(topicId && !linked ? '已代居民提交，关联议题未成功，可在议题中填写需求编号关联' : '已代居民提交');
      // Linked: back to the topic it came from (through the residents list), which shows the order now.
      void (linked ? returnTo(ROUTES.topic, 2, { id: topicId! }) : Taro.redirectTo({ url: `${ROUTES.order}?id=${order.id}` }));
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) form.show(err.fields);
      toast.error(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell loading={(!r && detail.loading) || (!!r && !menu.data && menu.loading)} error={!r ? detail.error : null} onRetry={detail.reload}>
      {r && menu.data && (
        <View className="residents__form" data-testid="order-for-form">
          <View className="residents__card">
            <Text className="residents__section">为 {r.name} 点单</Text>
            <Text className="residents__line">联系电话和住址按居民档案填写，党员接单后可联系居民</Text>
          </View>
          <Field card name="urgency" label="情况紧急吗？">
            <Chips label="情况紧急吗？" options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABEL[u] }))} value={v.urgency} onChange={(u) => set('urgency', u)} />
          </Field>
          <Field card name="categoryId" label="需要什么服务" required error={e.categoryId}>
            <CategoryChoices categories={menu.data.categories.filter((c) => c.active)} value={v.categoryId || null} onChange={(id) => set('categoryId', id ?? '')} />
          </Field>
          <CategoryFields fields={questions.current} value={v.answers} errors={e} onChange={(k, x) => set('answers', { ...v.answers, [k]: x })} />
          {menu.data.grids.length > 0 && (
            <Field card name="gridId" label="所在网格" hint="按居民档案或住址楼栋带出，可以改选" error={e.gridId}>
              <Chips<string | null> label="所在网格" options={menu.data.grids.map((g) => ({ value: g.id, label: g.name, testId: 'grid-option', dataId: g.id }))} value={gridId ?? null} onChange={(g) => g && set('gridId', g)} />
            </Field>
          )}
          <Field card name="title" label="需求标题" required error={e.title}>
            <TextInput testId="input-title" label="需求标题" value={v.title} maxLength={LIMITS.title.max} invalid={!!e.title} placeholder="一句话说清楚，如：代买降压药" onChange={(x) => set('title', x)} />
          </Field>
          <Field card name="description" label="详细描述" optional error={e.description}>
            <TextArea testId="input-description" label="详细描述" value={v.description} maxLength={LIMITS.description.max} rows={4} invalid={!!e.description} placeholder="请写清楚需要帮什么忙" onChange={(x) => set('description', x)} />
          </Field>
          <View className="residents__foot">
            <Button type="primary" size="xlarge" block loading={busy} disabled={busy} data-testid="order-for-submit" onClick={() => void submit()}>
              提交代点单
            </Button>
          </View>
        </View>
      )}
    </PageShell>
  );
}
