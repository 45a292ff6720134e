/**
 * Asks, in WeChat, to send subscribe messages of the groups a moment is about (types/notices.ts SubscribeGroup),
 * with the template ids the build was given (TARO_APP_SUBSCRIBE_TMPL_*). WeChat allows the request only inside a
 * tap, so a form calls it right after its own check passed and before sending; a refusal changes nothing else and
 * is remembered, so the person is not asked for that template again.
 */
import Taro from '@tarojs/taro';
import type { SubscribeGroup } from '../../types/notices';

/** Each group's template id; literal reads, so the build inlines them. */
function templates(): Record<SubscribeGroup, string | undefined> {
  return {
    accept: process.env.TARO_APP_SUBSCRIBE_TMPL_ACCEPT,
    progress: process.env.TARO_APP_SUBSCRIBE_TMPL_PROGRESS,
    done: process.env.TARO_APP_SUBSCRIBE_TMPL_DONE,
    rejected: process.env.TARO_APP_SUBSCRIBE_TMPL_REJECTED,
    new_order: process.env.TARO_APP_SUBSCRIBE_TMPL_NEW_ORDER,
  };
}

/** The groups each moment asks for (WeChat takes at most 3 templates in one request). */
export const SUBSCRIBE_MOMENTS = {
  /** A resident sent a request: who takes it, when it is done (请确认并评价), or why it was not taken up. */
  submit: ['accept', 'done', 'rejected'],
  /** A member reported to the community: assignments and reminders. */
  register: ['accept', 'progress'],
  /** A member took an order (claim or accept): reminders and 未解决. */
  work: ['progress'],
  /** Staff on their home: new orders and everything waiting for them. */
  staff: ['new_order'],
} as const satisfies Record<string, readonly SubscribeGroup[]>;

export type SubscribeMoment = keyof typeof SUBSCRIBE_MOMENTS;

const REFUSED_KEY = 'sandan.subscribeRefused';

const refused = (): string[] => {
  const value: unknown = Taro.getStorageSync(REFUSED_KEY);
  return Array.isArray(value) ? (value as string[]) : [];
};

/** The template ids this moment would ask for now: configured, not refused before, at most 3. */
export function templatesFor(moment: SubscribeMoment): string[] {
  const ids = templates();
  const no = refused();
  return [...new Set(SUBSCRIBE_MOMENTS[moment].map((g) => ids[g]?.trim()).filter((id): id is string => !!id && !no.includes(id)))].slice(0, 3);
}

/** Asks for this moment's templates (WeChat only, inside a tap); remembers the ones refused. */
export function askToNotify(moment: SubscribeMoment): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  const tmplIds = templatesFor(moment);
  if (tmplIds.length === 0) return;
  Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)
    .then((answer) => {
      const no = tmplIds.filter((id) => ['reject', 'ban'].includes((answer as unknown as Record<string, string>)[id]));
      if (no.length) Taro.setStorageSync(REFUSED_KEY, [...refused(), ...no]);
    })
    .catch((e: { errCode?: number }) => {
      // 20004: the person turned subscribe messages off for this mini-program altogether.
      if (e?.errCode === 20004) Taro.setStorageSync(REFUSED_KEY, [...refused(), ...tmplIds]);
    });
}
