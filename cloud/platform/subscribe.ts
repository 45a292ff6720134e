/**
 * Subscribe message templates: one per group of notices (types/notices.ts), each with its id and keyword names from
 * the cloud function's environment (docs/deploy.md), and the data a notice fills them with.
 */
import { NOTICE_GROUP, NOTICE_LABEL, type SubscribeGroup } from '../../types/notices';
import type { SubscribeMessage } from './platform';

/** The keywords a template is filled with, in this order: the order's title, the label, the time, the text. */
export interface Template {
  id: string;
  keys: [title: string, label: string, time: string, text: string];
}

export type Templates = Partial<Record<SubscribeGroup, Template>>;

const ENV: Record<SubscribeGroup, string> = {
  accept: 'ACCEPT',
  progress: 'PROGRESS',
  done: 'DONE',
  rejected: 'REJECTED',
  new_order: 'NEW_ORDER',
};
const DEFAULT_KEYS = 'thing1,phrase2,time3,thing4';

/**
 * Templates from `SUBSCRIBE_TMPL_<GROUP>` (its id) and `SUBSCRIBE_KEYS_<GROUP>` (keyword names for title, label,
 * time and text; an empty name leaves that one out). A group without an id sends nothing.
 */
export function templatesFromEnv(env: Record<string, string | undefined>): Templates {
  const out: Templates = {};
  for (const [group, name] of Object.entries(ENV) as [SubscribeGroup, string][]) {
    const id = env[`SUBSCRIBE_TMPL_${name}`]?.trim();
    if (!id) continue;
    const keys = (env[`SUBSCRIBE_KEYS_${name}`] ?? DEFAULT_KEYS).split(',').map((k) => k.trim());
    out[group] = { id, keys: [keys[0] ?? '', keys[1] ?? '', keys[2] ?? '', keys[3] ?? ''] };
  }
  return out;
}

/** 2026-03-01 10:00 at +08:00, as a `time` keyword takes it. */
function beijingTime(at: string): string {
  return new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** WeChat refuses values over a keyword type's length: thing 20 characters, phrase 5. */
function fit(key: string, value: string): string {
  const max = key.startsWith('phrase') ? 5 : 20;
  return [...value].length > max ? [...value].slice(0, max - 1).join('') + '…' : value;
}

/** The template a notice goes out with and the data to fill it, or null when its group has no template. */
export function subscribeData(m: SubscribeMessage, templates: Templates): { templateId: string; data: Record<string, { value: string }> } | null {
  const t = templates[NOTICE_GROUP[m.kind]];
  if (!t) return null;
  const values = [m.title, NOTICE_LABEL[m.kind], beijingTime(m.at), m.text];
  const data: Record<string, { value: string }> = {};
  t.keys.forEach((key, i) => {
    if (key) data[key] = { value: key.startsWith('time') || key.startsWith('date') ? values[i] : fit(key, values[i]) };
  });
  return { templateId: t.id, data };
}
