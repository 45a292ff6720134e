/**
 * The words the screens use for statuses, urgency and the actions a person may take.
 */
import type { OrderStatus, Priority, Rating, Role, Urgency } from '../../types/domain';
import { PROXY_WAY_NAMES, type PlacedBy } from '../../types/residents';
import { QUEUE_TAB_ORDER, type QueueTab, type UserCommand } from '../../types/views';

export const STATUS_LABEL: Record<OrderStatus, string> = {
  submitted: '待受理',
  open: '待接单',
  assigned: '待响应',
  in_progress: '办理中',
  escalated: '已上报',
  awaiting_rating: '待评价',
  closed: '已办结',
  rejected: '未受理',
  cancelled: '已取消',
};

/** Tag colours: each passes 4.5:1 against white text. */
export const STATUS_COLOR: Record<OrderStatus, string> = {
  submitted: '#b45309',
  open: '#1d4ed8',
  assigned: '#6d28d9',
  in_progress: '#0f766e',
  escalated: '#b91c1c',
  awaiting_rating: '#a16207',
  closed: '#15803d',
  rejected: '#525252',
  cancelled: '#525252',
};

/** Who someone is here, as 我的 and the exports name them. */
export const ROLE_LABEL: Record<Role, string> = { resident: '居民', member: '党员', staff: '社区工作人员', admin: '社区管理员', street_staff: '街道工作人员', grid_worker: '网格员', grid_leader: '网格长', department_staff: '部门工作人员' };

export const URGENCY_LABEL: Record<Urgency, string> = { normal: '一般', urgent: '紧急', life_threatening: '危及生命' };
export const PRIORITY_LABEL: Record<Priority, string> = { low: '低', normal: '普通', high: '高' };

export const COMMAND_LABEL: Record<UserCommand, string> = {
  cancel: '取消需求',
  reject: '不予受理',
  dispatch: '受理并派单',
  assign: '指派党员',
  accept: '接受指派',
  decline: '无法接受',
  claim: '我来接单',
  release: '退回任务',
  escalate: '上报街道',
  street_resolve: '街道办结',
  street_return: '退回社区',
  progress: '反馈进展',
  complete: '报告完成',
  report_part: '报告我的完成情况',
  close_team: '代为结单',
  confirm: '确认解决并评价',
  rate_for: '代居民评价',
  reopen: '未解决',
  visit: '记录回访',
  survey: '第三方测评',
  urge: '督办',
  extend: '延期',
  recall: '收回',
  reassign: '改派',
  to_department: '转派职能部门',
  dept_progress: '部门反馈进展',
  dept_resolve: '部门办结',
  dept_return: '退回街道',
};

export const EVENT_LABEL: Record<string, string> = {
  submit: '群众点单',
  ...COMMAND_LABEL,
  dispatch: '党组织下单',
  claim: '党员接单',
  confirm: '居民评价',
  report_part: '队员报告完成',
  close_team: '社区代为结单',
  rate_for: '代评',
  auto_close: '自动办结',
  mark_overdue: '已超期',
  assign_timeout: '指派超时退回',
  extend: '办结时限延期',
  claim_remind: '提醒更新进度',
  claim_timeout: '认领超时收回',
  dept_overdue: '部门超期',
};

const QUEUE_TAB_TITLE: Record<(typeof QUEUE_TAB_ORDER)[number], string> = {
  submitted: '待受理',
  dispatched: '已派单',
  in_progress: '办理中',
  awaiting_rating: '待评价',
  overdue: '已超期',
  escalated: '已上报',
  closed: '已办结',
};

/** The staff queue's tabs as the screen shows them, in the order types/views.ts gives. */
export const QUEUE_TABS: { tab: QueueTab; title: string }[] = QUEUE_TAB_ORDER.map((tab) => ({ tab, title: QUEUE_TAB_TITLE[tab] }));

/** The steps a resident sees their order pass through (an escalated one takes its own way: see order-steps). */
export const STEPS: { title: string; statuses: OrderStatus[] }[] = [
  { title: '已点单', statuses: ['submitted'] },
  { title: '已派单', statuses: ['open', 'assigned'] },
  { title: '办理中', statuses: ['in_progress'] },
  { title: '待评价', statuses: ['awaiting_rating'] },
  { title: '已办结', statuses: ['closed'] },
];

/** Who placed a 代点单, as the order shows it: "代点单 · 网格员 王芳". */
export function placedByLabel(placedBy: PlacedBy): string {
  const who = { staff: '社区', admin: '社区', grid_worker: '网格员', grid_leader: '网格长' }[placedBy.role];
  return `代点单 · ${who} ${placedBy.name}`.trim();
}

/** A rating as the detail shows it; a 代评 says so, and how it was obtained. */
export function ratingLabel(rating: Rating): string {
  if (rating.autoClosed) return '超期未评价，系统自动办结';
  const stars = `${rating.stars ?? 0}星 ${'★'.repeat(rating.stars ?? 0)} ${rating.comment ?? ''}`.trim();
  return rating.proxy ? `${stars}（代评 · ${PROXY_WAY_NAMES[rating.proxy.way]}）` : stars;
}

