/**
 * The 点单 form's state: the draft kept on the phone as it is typed, its messages, and sending it once — with the
 * privacy notice agreed first and one idempotency key per draft, kept across retries.
 */
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../../../types/errors';
import { followBuilding } from '../../../../types/grids';
import type { CategoryField } from '../../../../types/menu';
import type { MenuView } from '../../../../types/views';
import type { AnswerDraft } from '../../../components/category-fields';
import { usePrivacyConsent } from '../../../components/privacy-consent';
import { useForm } from '../../../hooks/useForm';
import { ApiError, call } from '../../../services/api';
import { useSession } from '../../../services/session';
import { askToNotify } from '../../../services/subscribe';
import { ROUTES } from '../../../utils/routes';
import { CHECK_FAILED } from '../../../utils/rules';
import { toast } from '../../../utils/toast';
import { clearDraft, fieldOf, loadDraft, newDraft, newKey, rememberContact, saveDraft, toInput, validate, type Form } from './draft';

export function useSubmitDraft(communityId: string, menu: { data?: MenuView; reload: () => Promise<void> }) {
  const { me } = useSession();
  const { categoryId: asked } = useRouter().params;
  const [saved] = useState(() => loadDraft(communityId));
  const [restored, setRestored] = useState(!!saved);
  const [key, setKey] = useState(saved?.idempotencyKey ?? null);
  // The chosen category's own questions, read when the form checks itself.
  const questions = useRef<CategoryField[]>([]);
  const form = useForm<Form>(() => (saved ? { ...saved.form, ...(asked ? { categoryId: asked } : {}) } : newDraft(communityId, me, asked).form), {
    validate: (v) => validate(v, new Date(), questions.current),
    links: { building: ['address', 'address.building'], unit: ['address.unit', 'address.building'], room: ['address.room', 'address.building'], gridId: ['address', 'gridId'] },
  });
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [offline, setOffline] = useState(false);
  /** The urgency before 危及生命 was tapped, while the prompt is up. */
  const [prompt, setPrompt] = useState<Form['urgency'] | null>(null);
  const consent = usePrivacyConsent();
  const edited = useRef(false);
  const sent = useRef(false);
  const leaving = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(leaving.current), []);
  const values = form.values;

  // Every change is kept on the phone at once, so nothing typed is lost to a closed page or a dropped network.
  useEffect(() => {
    if (edited.current && !sent.current) saveDraft({ communityId, form: values, idempotencyKey: key });
  }, [values, key]);

  // A category from the link or an old draft that the menu no longer offers (retired) is dropped rather than sent.
  const categories = menu.data?.categories;
  questions.current = categories?.find((c) => c.id === values.categoryId)?.fields ?? [];
  useEffect(() => {
    if (categories && values.categoryId && !categories.some((c) => c.id === values.categoryId && c.active)) set('categoryId', '');
  }, [categories]);

  function set<K extends keyof Form>(k: K, v: Form[K]) {
    edited.current = true;
    // The building suggests its grid (the resident may still pick another).
    if (k === 'building') form.update({ building: v as string, gridId: followBuilding(menu.data?.grids ?? [], values.building, v as string, values.gridId) });
    else form.set(k, v);
  }

  async function submit() {
    if (busy) return;
    if (uploading) return void toast.info('图片还在上传，请稍候');
    if (!form.check()) return void toast.error(CHECK_FAILED);
    askToNotify('submit');
    if (!(await consent.ask())) return void toast.info('需要您同意隐私说明后才能提交');
    // The key is made once for this draft and stored with it before the first try.
    const k = key ?? newKey();
    edited.current = true;
    setKey(k);
    saveDraft({ communityId, form: values, idempotencyKey: k });
    setBusy(true);
    setOffline(false);
    try {
      const order = await call('order.submit', toInput(communityId, k, values, questions.current));
      sent.current = true;
      clearDraft();
      rememberContact(values);
      toast.success('提交成功，社区会尽快受理');
      // Give the toast a moment, then show the order; back returns to where the resident came from.
      leaving.current = setTimeout(() => void Taro.redirectTo({ url: `${ROUTES.order}?id=${encodeURIComponent(order.id)}` }), 800);
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError) {
        const mapped: FieldErrors = {};
        for (const [path, msg] of Object.entries(e.fields)) mapped[fieldOf(path)] ??= msg;
        if (e.code === 'CATEGORY.NOT_FOUND') {
          mapped.categoryId = e.message;
          void menu.reload();
        }
        if (e.code === 'GRID.NOT_FOUND') mapped.gridId = e.message;
        if (e.code === 'NETWORK.OFFLINE') setOffline(true);
        if (Object.keys(mapped).length) form.show(mapped);
      }
      toast.error(e);
    }
  }

  return {
    values,
    errors: form.errors,
    set,
    /** The chosen category's own questions. */
    questions: questions.current,
    setAnswer(key: string, value: AnswerDraft) {
      set('answers', { ...values.answers, [key]: value });
    },
    busy,
    offline,
    restored,
    consent,
    setUploading,
    submit,
    prompt,
    /** 危及生命 puts the emergency numbers first; 选错了 goes back to the urgency before. */
    chooseUrgency(u: Form['urgency']) {
      if (u === 'life_threatening') setPrompt(values.urgency === 'life_threatening' ? 'urgent' : values.urgency);
      set('urgency', u);
    },
    closePrompt(back: boolean) {
      if (back) set('urgency', prompt ?? 'urgent');
      setPrompt(null);
    },
    startOver() {
      clearDraft();
      edited.current = false;
      form.reset(newDraft(communityId, me, asked).form);
      setKey(null);
      setRestored(false);
      setOffline(false);
    },
  };
}

export type SubmitDraft = ReturnType<typeof useSubmitDraft>;
