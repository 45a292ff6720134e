/**
 * 社区设置 as the page edits them: every value as typed text, and back to the patch `settings.update` takes (only
 * the keys that changed).
 */
import type { CommunitySettings, SettingKey } from '../../../../types/settings';
import { SETTING_KEYS, SETTINGS, SETTING_URGENCIES } from '../../../../types/settings';
import { URGENCY_LABEL } from '../../../utils/labels';

/** Each input's text by its field path (`maxActiveClaims`, `acceptMinutes.urgent`, `visitDays.独居`, `residentTags`). */
export type Texts = Record<string, string>;

export function toTexts(v: CommunitySettings): Texts {
  const out: Texts = {};
  for (const key of SETTING_KEYS) {
    const kind = SETTINGS[key].kind;
    if (kind === 'number') out[key] = String(v[key]);
    if (kind === 'tags') out[key] = v.residentTags.join('、');
  }
  for (const u of SETTING_URGENCIES) out[`acceptMinutes.${u}`] = String(v.acceptMinutes[u]);
  for (const [tag, days] of Object.entries(v.visitDays)) out[`visitDays.${tag}`] = String(days);
  return out;
}

const num = (t: string | undefined) => (t !== undefined && t.trim() !== '' && Number.isFinite(Number(t)) ? Number(t) : t);

/** The changed settings, typed as the server takes them (what is not a number is sent as typed, for its message). */
export function patchOf(texts: Texts, v: CommunitySettings): Partial<Record<SettingKey, unknown>> {
  const patch: Partial<Record<SettingKey, unknown>> = {};
  const next: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) if (SETTINGS[key].kind === 'number') next[key] = num(texts[key]);
  next.acceptMinutes = Object.fromEntries(SETTING_URGENCIES.map((u) => [u, num(texts[`acceptMinutes.${u}`])]));
  next.residentTags = (texts.residentTags ?? '').split(/[、,，\s]+/).filter(Boolean);
  next.visitDays = Object.fromEntries(Object.keys(v.visitDays).map((tag) => [tag, num(texts[`visitDays.${tag}`])]));
  for (const key of SETTING_KEYS) if (JSON.stringify(next[key]) !== JSON.stringify(v[key])) patch[key] = next[key];
  return patch;
}

/** A value as the audit list shows it. */
export function shown(key: SettingKey, value: unknown): string {
  const d = SETTINGS[key];
  if (Array.isArray(value)) return value.join('、');
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, number>);
    return entries.map(([k, n]) => `${key === 'acceptMinutes' ? URGENCY_LABEL[k as keyof typeof URGENCY_LABEL] : k} ${n}${d.unit}`).join('，');
  }
  return `${String(value)}${d.unit}`;
}
