/**
 * Every page's path, in one place; subpackage pages live under order/, resident/, member/, staff/ and notice/.
 */
import Taro from '@tarojs/taro';

export const ROUTES = {
  home: '/pages/index/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  order: '/order/detail/index',
  submit: '/resident/submit/index',
  myOrders: '/resident/orders/index',
  join: '/resident/join/index',
  register: '/member/register/index',
  pool: '/member/pool/index',
  tasks: '/member/tasks/index',
  points: '/member/points/index',
  queue: '/staff/queue/index',
  triage: '/staff/triage/index',
  members: '/staff/members/index',
  notices: '/notice/list/index',
} as const;

const TABS: string[] = [ROUTES.home, ROUTES.mine];

/** Navigates to a page with query parameters; tab pages are switched to. */
export function go(path: (typeof ROUTES)[keyof typeof ROUTES], query: Record<string, string> = {}) {
  if (TABS.includes(path)) return Taro.switchTab({ url: path });
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return Taro.navigateTo({ url: qs ? `${path}?${qs}` : path });
}

export const openOrder = (id: string) => go(ROUTES.order, { id });
