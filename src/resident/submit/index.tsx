import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { produce } from 'immer';
import { useEffect, useRef, useState, type PropsWithChildren } from 'react';
import type { Category } from '../../../types/domain';
import type { FieldErrors } from '../../../types/errors';
import DateTimeField from '../../components/date-time-field';
import EmptyState from '../../components/empty-state';
import PageShell from '../../components/page-shell';
import PhotoPicker from '../../components/photo-picker';
import PrivacyConsent, { usePrivacyConsent } from '../../components/privacy-consent';
import UrgencyPrompt from '../../components/urgency-prompt';
import { useRequest } from '../../hooks/useRequest';
import { ApiError, call } from '../../services/api';
import { askToNotify } from '../../services/subscribe';
import { useSession } from '../../services/session';
import { URGENCY_LABEL } from '../../utils/labels';
import { go, ROUTES } from '../../utils/routes';
import { toast } from '../../utils/toast';
import {
  clearDraft,
  DESCRIPTION_MAX,
  fieldOf,
  FIELDS,
  loadDraft,
  newDraft,
  newKey,
  rememberContact,
  saveDraft,
  TITLE_MAX,
  toInput,
  validate,
  type Draft,
  type FieldName,
  type Form,
} from './draft';
import './index.scss';

const URGENCIES = ['normal', 'urgent', 'life_threatening'] as const;

/** 我要点单: who is asking decides nothing here but whether they have a community to ask. */
export default function SubmitPage() {
  const { me, loading, communityId } = useSession();
  if (loading && !me) return <PageShell loading />;
  if (!me) {
    return (
      <PageShell>
        <EmptyState title="请先登录" hint="登录后就可以向社区点单求助" actionText="去登录" onAction={() => Taro.reLaunch({ url: ROUTES.login })} />
      </PageShell>
    );
  }
  if (!communityId || me.roles.length === 0) {
    return (
      <PageShell>
        <EmptyState title="先加入您居住的社区" hint="加入社区后，就可以向社区点单求助" actionText="加入社区" onAction={() => go(ROUTES.join)} />
      </PageShell>
    );
  }
  return <SubmitForm communityId={communityId} />;
}

function SubmitForm({ communityId }: { communityId: string }) {
  const { me } = useSession();
  const { categoryId: asked } = useRouter().params;
  const menu = useRequest(() => call('menu.get', { communityId }), [communityId]);
  const [restored, setRestored] = useState(() => !!loadDraft(communityId));
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = loadDraft(communityId);
    if (!saved) return newDraft(communityId, me, asked);
    return asked ? produce(saved, (d) => void (d.form.categoryId = asked)) : saved;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [offline, setOffline] = useState(false);
  /** The urgency before 危及生命 was tapped, while the prompt is up. */
  const [prompt, setPrompt] = useState<Form['urgency'] | null>(null);
  const consent = usePrivacyConsent();
  const edited = useRef(false);
  const sent = useRef(false);
  const form = draft.form;

  // Every change is kept on the phone at once, so nothing typed is lost to a closed page or a dropped network.
  useEffect(() => {
    if (edited.current && !sent.current) saveDraft(draft);
  }, [draft]);

  // A category from the link or an old draft that the menu no longer has is dropped rather than sent.
  const categories = menu.data?.categories;
  useEffect(() => {
    if (categories && form.categoryId && !categories.some((c) => c.id === form.categoryId)) set('categoryId', '');
  }, [categories]);

  useEffect(() => {
    if (menu.error && !menu.data) toast.error(menu.error);
  }, [menu.error]);

  function set<K extends keyof Form>(key: K, value: Form[K]) {
    edited.current = true;
    setDraft((d) => produce(d, (x) => void ((x.form as Form)[key] = value)));
    const clears: Partial<Record<keyof Form, FieldName[]>> = {
      building: ['address', 'address.building'],
      unit: ['address', 'address.unit'],
      room: ['address', 'address.room'],
      gridId: ['address', 'gridId'],
    };
    const gone = clears[key] ?? [key as FieldName];
    setErrors((e) => (gone.some((f) => e[f]) ? Object.fromEntries(Object.entries(e).filter(([f]) => !gone.includes(f as FieldName))) : e));
  }

  function chooseUrgency(u: Form['urgency']) {
    if (u === 'life_threatening') setPrompt(form.urgency === 'life_threatening' ? 'urgent' : form.urgency);
    set('urgency', u);
  }

  function startOver() {
    clearDraft();
    edited.current = false;
    setDraft(newDraft(communityId, me, asked));
    setErrors({});
    setRestored(false);
    setOffline(false);
  }

  function showErrors(found: FieldErrors) {
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (!first) return;
    try {
      void Taro.pageScrollTo?.({ selector: `#field-${first.split('.')[0]}`, duration: 200, offsetTop: -16 })?.catch?.(() => undefined);
    } catch {
      // Scrolling is a help, not a must.
    }
  }

  async function submit() {
    if (busy) return;
    askToNotify();
    if (uploading) return void toast.info('图片还在上传，请稍候');
    const found = validate(form);
    if (Object.keys(found).length) {
      showErrors(found);
      return void toast.error('还有内容没填好，请按红字提示修改');
    }
    setErrors({});
    if (!(await consent.ask())) return void toast.info('需要您同意隐私说明后才能提交');
    // The key is made once for this draft and stored with it before the first try.
    const key = draft.idempotencyKey ?? newKey();
    const current = produce(draft, (d) => void (d.idempotencyKey = key));
    edited.current = true;
    setDraft(current);
    saveDraft(current);
    setBusy(true);
    setOffline(false);
    try {
      const order = await call('order.submit', toInput(communityId, key, current.form));
      sent.current = true;
      clearDraft();
      rememberContact(current.form);
      toast.success('提交成功，社区会尽快受理');
      // Give the toast a moment, then show the order; back returns to where the resident came from.
      setTimeout(() => void Taro.redirectTo({ url: `${ROUTES.order}?id=${encodeURIComponent(order.id)}` }), 800);
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError) {
        const mapped: FieldErrors = {};
        for (const [k, msg] of Object.entries(e.fields)) mapped[fieldOf(k)] ??= msg;
        if (e.code === 'CATEGORY.NOT_FOUND') {
          mapped.categoryId = e.message;
          void menu.reload();
        }
        if (e.code === 'GRID.NOT_FOUND') mapped.gridId = e.message;
        if (e.code === 'NETWORK.OFFLINE') setOffline(true);
        if (Object.keys(mapped).length) showErrors(mapped);
      }
      toast.error(e);
    }
  }

  const menuData = menu.data;
  if (menuData && menuData.categories.length === 0) {
    return (
      <PageShell>
        <EmptyState
          title="社区还没有开放服务菜单"
          hint="有事请直接拨打社区值班电话"
          actionText="拨打社区值班电话"
          onAction={() => void Taro.makePhoneCall({ phoneNumber: menuData.community.dutyPhone }).catch(() => undefined)}
        />
      </PageShell>
    );
  }

  const error = (f: FieldName) =>
    errors[f] ? (
      <Text className="submit__error" data-testid={`error-${f}`}>
        {errors[f]}
      </Text>
    ) : null;
  const groups = groupCategories(menuData?.categories ?? []);
  const dutyPhone = menuData?.community.dutyPhone;

  return (
    <PageShell loading={!menuData && menu.loading} error={!menuData ? menu.error : null} onRetry={menu.reload}>
      {menuData && (
        <View className="submit" data-testid="submit-form">
          {restored && (
            <View className="submit__restored" data-testid="draft-restored">
              <Text className="submit__restored-text">已为您恢复上次没有提交的内容</Text>
              <Text className="submit__link" data-testid="draft-clear" onClick={startOver}>
                清空重填
              </Text>
            </View>
          )}

          <Field id="urgency" label="情况紧急吗？">
            <View className="submit__chips" ariaRole="radiogroup">
              {URGENCIES.map((u) => (
                <View
                  key={u}
                  className={`submit__chip submit__chip--${u} ${form.urgency === u ? 'submit__chip--on' : ''}`}
                  data-testid={`urgency-${u}`}
                  ariaRole="radio"
                  aria-checked={form.urgency === u}
                  onClick={() => chooseUrgency(u)}
                >
                  <Text>{URGENCY_LABEL[u]}</Text>
                </View>
              ))}
            </View>
            {form.urgency === 'life_threatening' && (
              <Text className="submit__urgent-note" onClick={() => setPrompt('urgent')}>
                请先拨打 120 / 110 求救。点此再看求救电话
              </Text>
            )}
            {error('urgency')}
          </Field>

          <Field id="categoryId" label="需要什么服务" required>
            {groups.map(([group, items]) => (
              <View key={group} className="submit__group">
                <Text className="submit__group-name">{group}</Text>
                <View className="submit__chips" ariaRole="radiogroup">
                  {items.map((c) => (
                    <View
                      key={c.id}
                      className={`submit__chip ${form.categoryId === c.id ? 'submit__chip--on' : ''}`}
                      data-testid="category-option"
                      data-category-id={c.id}
                      ariaRole="radio"
                      aria-checked={form.categoryId === c.id}
                      onClick={() => set('categoryId', c.id)}
                    >
                      <Text>{c.name}</Text>
                    </View>
                  ))}
                </View>
              </View>
            ))}
            {error('categoryId')}
          </Field>

          <Field id="title" label="需求标题" required>
            <Input
              className={`submit__input ${errors.title ? 'submit__input--bad' : ''}`}
              data-testid="input-title"
              value={form.title}
              maxlength={TITLE_MAX}
              placeholder="一句话说清楚，如：厨房水龙头漏水"
              onInput={(e) => set('title', e.detail.value)}
            />
            {error('title')}
          </Field>

          <Field id="description" label="详细描述" hint="选填：什么情况、持续多久、需要几个人帮忙">
            <TextArea
              className="submit__textarea"
              data-testid="input-description"
              value={form.description}
              maxLength={DESCRIPTION_MAX}
              showCount
              rows={4}
              placeholder="请写清楚需要帮什么忙"
              onChange={(v) => set('description', v)}
            />
            {error('description')}
          </Field>

          <Field id="photos" label="照片" hint="选填，最多6张，拍清楚问题所在">
            <PhotoPicker value={form.photos} onChange={(v) => set('photos', v)} max={6} onBusyChange={setUploading} />
            {error('photos')}
          </Field>

          <Field id="address" label="在哪里" required hint="填写楼栋门牌（单元、门牌号可不填），或选择所在网格">
            <View className="submit__address">
              <View className="submit__address-part">
                <Input
                  className={`submit__input ${errors['address.building'] || errors.address ? 'submit__input--bad' : ''}`}
                  data-testid="input-building"
                  value={form.building}
                  maxlength={30}
                  placeholder="楼栋，如：3栋"
                  onInput={(e) => set('building', e.detail.value)}
                />
                {error('address.building')}
              </View>
              <View className="submit__address-part">
                <Input className="submit__input" data-testid="input-unit" value={form.unit} maxlength={20} placeholder="单元" onInput={(e) => set('unit', e.detail.value)} />
                {error('address.unit')}
              </View>
              <View className="submit__address-part">
                <Input className="submit__input" data-testid="input-room" value={form.room} maxlength={20} placeholder="门牌号" onInput={(e) => set('room', e.detail.value)} />
                {error('address.room')}
              </View>
            </View>
            {menuData.grids.length > 0 && (
              <View className="submit__group">
                <Text className="submit__group-name">所在网格（不清楚可不选）</Text>
                <View className="submit__chips" ariaRole="radiogroup">
                  {menuData.grids.map((g) => (
                    <View
                      key={g.id}
                      className={`submit__chip ${form.gridId === g.id ? 'submit__chip--on' : ''}`}
                      data-testid="grid-option"
                      data-grid-id={g.id}
                      ariaRole="radio"
                      aria-checked={form.gridId === g.id}
                      onClick={() => set('gridId', form.gridId === g.id ? null : g.id)}
                    >
                      <Text>{g.name}</Text>
                    </View>
                  ))}
                </View>
              </View>
            )}
            {error('gridId')}
            {error('address')}
          </Field>

          <Field id="preferredTime" label="希望什么时候来" hint="选填，不选就是尽快安排">
            <DateTimeField value={form.preferredTime} onChange={(v) => set('preferredTime', v)} testId="preferred-time" />
            {error('preferredTime')}
          </Field>

          <Field id="contactName" label="联系人" required>
            <Input
              className={`submit__input ${errors.contactName ? 'submit__input--bad' : ''}`}
              data-testid="input-contact-name"
              value={form.contactName}
              maxlength={20}
              placeholder="怎么称呼您"
              onInput={(e) => set('contactName', e.detail.value)}
            />
            {error('contactName')}
          </Field>

          <Field id="contactPhone" label="联系电话" required hint="只有社区和为您服务的党员能看到完整号码">
            <Input
              className={`submit__input ${errors.contactPhone ? 'submit__input--bad' : ''}`}
              data-testid="input-contact-phone"
              type="number"
              value={form.contactPhone}
              maxlength={13}
              placeholder="手机号或座机号"
              onInput={(e) => set('contactPhone', e.detail.value)}
            />
            {error('contactPhone')}
          </Field>

          <View className="submit__foot">
            {error('form')}
            {offline && (
              <Text className="submit__offline" data-testid="submit-offline">
                网络不太稳定，您填写的内容已保存在手机上。网络好了再点「提交」，不会重复提交。
              </Text>
            )}
            <Button data-testid="submit-button" type="primary" size="xlarge" block loading={busy} disabled={busy} onClick={submit}>
              {busy ? '正在提交…' : offline ? '重新提交' : '提交'}
            </Button>
            {dutyPhone && (
              <Text className="submit__duty" onClick={() => void Taro.makePhoneCall({ phoneNumber: dutyPhone }).catch(() => undefined)}>
                不方便填写？拨打社区值班电话 {dutyPhone}
              </Text>
            )}
          </View>
        </View>
      )}
      <UrgencyPrompt
        visible={prompt !== null}
        dutyPhone={dutyPhone}
        communityName={menuData?.community.name}
        onContinue={() => setPrompt(null)}
        onBack={() => {
          set('urgency', prompt ?? 'urgent');
          setPrompt(null);
        }}
      />
      <PrivacyConsent {...consent.props} />
    </PageShell>
  );
}

function Field({ id, label, hint, required, children }: PropsWithChildren<{ id: string; label: string; hint?: string; required?: boolean }>) {
  return (
    <View className="submit__field" id={`field-${id}`}>
      <View className="submit__label-row">
        <Text className="submit__label">{label}</Text>
        {required && <Text className="submit__required">必填</Text>}
      </View>
      {hint && <Text className="submit__hint">{hint}</Text>}
      {children}
    </View>
  );
}

function groupCategories(categories: Category[]): [string, Category[]][] {
  const groups = new Map<string, Category[]>();
  for (const c of [...categories].sort((a, b) => a.sort - b.sort)) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups];
}
