/**
 * The 点单 form as a draft kept on the phone: what was typed survives leaving the page, and the idempotency key
 * made for it is sent again on every retry (so a retry after a dropped network never makes a second order)
 * until the order is in.
 */
import Taro from '@tarojs/taro';
import type { SubmitInput } from '../../../../types/actions';
import type { Urgency } from '../../../../types/domain';
import type { FieldErrors } from '../../../../types/errors';
import { LIMITS } from '../../../../types/limits';
import { checkAnswers, type CategoryField } from '../../../../types/menu';
import type { Me } from '../../../../types/views';
import { answersOf, type AnswerDraft } from '../../../components/category-fields';
import { collect, phoneError, textError } from '../../../utils/rules';

export interface Form {
  categoryId: string;
  title: string;
  description: string;
  photos: string[];
  building: string;
  unit: string;
  room: string;
  gridId: string | null;
  preferredTime: string | null;
  contactName: string;
  contactPhone: string;
  urgency: Urgency;
  /** Answers to the chosen category's own questions (older drafts have none). */
  answers?: Record<string, AnswerDraft>;
}

export interface Draft {
  communityId: string;
  form: Form;
  /** Made once per draft, kept across retries, cleared after success. */
  idempotencyKey: string | null;
}

/** Contact and place of the last order, offered again next time. */
interface LastContact {
  contactName: string;
  contactPhone: string;
  building: string;
  unit: string;
  room: string;
  gridId: string | null;
}

export const DRAFT_KEY = 'sandan.submitDraft';
export const CONTACT_KEY = 'sandan.lastContact';

/** The places a message can be shown, in the order they appear on the form. */
export const FIELDS = [
  'urgency',
  'categoryId',
  'title',
  'description',
  'photos',
  'address',
  'address.building',
  'address.unit',
  'address.room',
  'gridId',
  'preferredTime',
  'contactName',
  'contactPhone',
  'form',
] as const;
/** A form field, or one of the category's own questions (`answers.<key>`). */
export type FieldName = (typeof FIELDS)[number] | `answers.${string}`;

export function loadDraft(communityId: string): Draft | null {
  const saved = Taro.getStorageSync(DRAFT_KEY) as Draft | '';
  return saved && saved.communityId === communityId && saved.form ? saved : null;
}

export const saveDraft = (draft: Draft) => Taro.setStorageSync(DRAFT_KEY, draft);
export const clearDraft = () => Taro.removeStorageSync(DRAFT_KEY);

/** A fresh draft: the contact and place from last time (or the person's name), the category asked for. */
export function newDraft(communityId: string, me: Me | null, categoryId = ''): Draft {
  const last = (Taro.getStorageSync(CONTACT_KEY) || null) as LastContact | null;
  return {
    communityId,
    idempotencyKey: null,
    form: {
      categoryId,
      title: '',
      description: '',
      photos: [],
      building: last?.building ?? '',
      unit: last?.unit ?? '',
      room: last?.room ?? '',
      gridId: last?.gridId ?? null,
      preferredTime: null,
      contactName: last?.contactName || me?.name || '',
      contactPhone: last?.contactPhone ?? '',
      urgency: 'normal',
      answers: {},
    },
  };
}

export function rememberContact(f: Form) {
  const last: LastContact = {
    contactName: f.contactName.trim(),
    contactPhone: f.contactPhone.trim(),
    building: f.building.trim(),
    unit: f.unit.trim(),
    room: f.room.trim(),
    gridId: f.gridId,
  };
  Taro.setStorageSync(CONTACT_KEY, last);
}

/** 8–64 characters, unique enough per phone and draft; no crypto API is guaranteed in the mini-program. */
export function newKey(): string {
  const rand = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `sub-${Date.now().toString(36)}-${rand()}${rand()}`;
}

/** The checks the server makes, said the same way, before anything is sent (`fields`: the category's questions). */
export function validate(f: Form, now = new Date(), fields: CategoryField[] = []): FieldErrors {
  const building = f.building.trim();
  const partsWithoutBuilding = !building && (f.unit.trim() || f.room.trim());
  const found = collect([
    ['categoryId', f.categoryId ? undefined : '请选择需要的服务'],
    ['title', textError(f.title, '需求标题', LIMITS.title)],
    ['description', textError(f.description, '详细描述', LIMITS.description, false)],
    ['address.building', partsWithoutBuilding ? '请填写楼栋，如：3栋' : textError(f.building, '楼栋', LIMITS.building, false)],
    ['address.unit', textError(f.unit, '单元', LIMITS.unit, false)],
    ['address.room', textError(f.room, '门牌号', LIMITS.room, false)],
    ['address', !building && !partsWithoutBuilding && !f.gridId ? '请填写楼栋门牌或选择所在网格，方便党员上门' : undefined],
    ['preferredTime', f.preferredTime && Date.parse(f.preferredTime) < now.getTime() ? '这个时间已经过去了，请重新选择' : undefined],
    ['contactName', textError(f.contactName, '联系人', LIMITS.contactName)],
    ['contactPhone', phoneError(f.contactPhone)],
  ]);
  return { ...found, ...checkAnswers(fields, answersOf(fields, f.answers ?? {})).errors };
}

/** Where a server field message belongs: `address.building` beside 楼栋, `photos.2` beside the photos… */
export function fieldOf(key: string): FieldName {
  if ((FIELDS as readonly string[]).includes(key) || key.startsWith('answers.')) return key as FieldName;
  const head = key.split(/[.[]/)[0];
  return (FIELDS as readonly string[]).includes(head) ? (head as FieldName) : 'form';
}

export function toInput(communityId: string, idempotencyKey: string, f: Form, fields: CategoryField[] = []): SubmitInput {
  const building = f.building.trim();
  return {
    communityId,
    idempotencyKey,
    categoryId: f.categoryId,
    title: f.title.trim(),
    description: f.description.trim(),
    photos: f.photos,
    // Blank unit and room go as '' (the server stores them as none; it refuses null for them).
    address: building ? { building, unit: f.unit.trim(), room: f.room.trim() } : null,
    gridId: f.gridId,
    preferredTime: f.preferredTime,
    contactName: f.contactName.trim(),
    contactPhone: f.contactPhone.trim(),
    urgency: f.urgency,
    answers: answersOf(fields, f.answers ?? {}),
  };
}
