/**
 * Every page's path, in one place; pages beyond 首页 and 我的 live in the subpackage app/ (order/, resident/,
 * member/, staff/, notice/, pc-code/, wish/, topic/), except the 晒 board's, in its own small subpackage board/,
 * community staff's 服务菜单管理 and 网格管理 in manage/, 先锋榜 and 积分补录记录 in honor/, the department rung's in dept/
 * (部门待办, 职能部门管理), and 数据看板 in dash/ with its chart library.
 */
import Taro from '@tarojs/taro';

export const ROUTES = {
  home: '/pages/index/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  order: '/app/order/detail/index',
  submit: '/app/resident/submit/index',
  myOrders: '/app/resident/orders/index',
  join: '/app/resident/join/index',
  register: '/app/member/register/index',
  pool: '/app/member/pool/index',
  tasks: '/app/member/tasks/index',
  points: '/app/member/points/index',
  queue: '/app/staff/queue/index',
  triage: '/app/staff/triage/index',
  members: '/app/staff/members/index',
  residents: '/app/staff/residents/index',
  residentNew: '/app/staff/resident-new/index',
  resident: '/app/staff/resident/index',
  orderFor: '/app/staff/order-for/index',
  visits: '/app/staff/visits/index',
  visitDiary: '/app/staff/visits/diary/index',
  exports: '/app/staff/exports/index',
  dashboard: '/dash/board/index',
  settings: '/app/staff/settings/index',
  notices: '/app/notice/list/index',
  pcCode: '/app/pc-code/index',
  wishWall: '/app/wish/wall/index',
  wish: '/app/wish/detail/index',
  wishPost: '/app/wish/post/index',
  wishManage: '/app/wish/manage/index',
  wishUnit: '/app/wish/unit/index',
  wishUnits: '/app/wish/units/index',
  topics: '/app/topic/list/index',
  topic: '/app/topic/detail/index',
  topicRaise: '/app/topic/raise/index',
  board: '/board/view/index',
  boardManage: '/board/manage/index',
  manageMenu: '/manage/menu/index',
  manageCategory: '/manage/category/index',
  manageGrids: '/manage/grids/index',
  leaderboard: '/honor/board/index',
  manualLog: '/honor/manual/index',
  deptQueue: '/dept/queue/index',
  deptManage: '/dept/manage/index',
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

/** A query value as the page gets it: WeChat hands pages the encoded text, the H5 router the decoded one. */
export function queryValue(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Back to the page `delta` below this one when it is `path` (it refreshes itself on show); otherwise this page is
 * replaced by `path` with the query. Keeps a form opened from a page from stacking a second copy of it.
 */
export function returnTo(path: (typeof ROUTES)[keyof typeof ROUTES], delta: number, query: Record<string, string>) {
  const pages = Taro.getCurrentPages();
  const below = pages[pages.length - 1 - delta];
  // WeChat names a page `app/topic/detail/index`; the H5 router may add a leading slash or the query.
  if (below && (below.route ?? '').replace(/^\/+/, '').split('?')[0] === path.slice(1)) return Taro.navigateBack({ delta });
  const qs = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return Taro.redirectTo({ url: `${path}?${qs}` });
}

/** Opens an order; with a command, its sheet opens at once when the order allows it (e.g. report_part). */
export const openOrder = (id: string, command?: string) => go(ROUTES.order, command ? { id, do: command } : { id });
