/**
 * What each button on an order asks for and which action it calls. The buttons themselves come from the server
 * (`order.actions`); this only knows how to ask the person and send it.
 */
import type { FieldErrors } from '../../types/errors';
import { LIMITS } from '../../types/limits';
import type { ProxyWay } from '../../types/residents';
import type { MemberView, OrderDetail, UserCommand } from '../../types/views';
import { deadlineError, deadlineOf, type DeadlineChoice } from '../utils/deadline';
import { collect, textError } from '../utils/rules';
import { call } from './api';
import { DEPARTMENT_SPECS } from './department-commands';

export type Field =
  'reason' | 'referral' | 'note' | 'photos' | 'hours' | 'stars' | 'comment' | 'deadline' | 'satisfied' | 'reached' | 'holder' | 'member' | 'way' | 'department';

export interface FormValues {
  reason: string;
  referral: string;
  note: string;
  photos: string[];
  hours: number;
  stars: number;
  comment: string;
  deadline: DeadlineChoice | null;
  satisfied: boolean;
  /** 测评: the call got through to the resident. */
  reached: boolean;
  /** The holder a recall takes the order from (asked only when several hold it). */
  holder: string | null;
  /** The member a reassignment gives it to. */
  member: MemberView | null;
  /** 代评: how the resident's rating was obtained. */
  way: ProxyWay;
  /** 转派: the department of the street it goes to. */
  department: string | null;
}

export interface CommandSpec {
  /** The question at the top of the sheet. */
  title: string;
  /** A line of explanation under it. */
  hint?: string;
  fields: Field[];
  /** Fields that may not be left empty. */
  required: Field[];
  /** What to say when a required field is empty, where the general words would be vague. */
  missing?: Partial<Record<Field, string>>;
  /** Labels other than the general ones (LABEL in the command sheet). */
  labels?: Partial<Record<Field, string>>;
  /** An example in each text box. */
  placeholders?: Partial<Record<Field, string>>;
  confirmText: string;
  /** Shown after it worked. */
  done: string;
}

/** Commands done on another page (the staff's triage sheet). */
export const ELSEWHERE: UserCommand[] = ['dispatch', 'assign'];

export const SPECS: Record<Exclude<UserCommand, 'dispatch' | 'assign'>, CommandSpec> = {
  claim: { title: '确认认领这个需求？', hint: '认领后请尽快联系居民，按时上门服务', fields: [], required: [], confirmText: '确认认领', done: '认领成功' },
  accept: { title: '接受社区的指派？', fields: [], required: [], confirmText: '接受', done: '已接受指派' },
  cancel: { title: '取消这个需求？', fields: ['reason'], required: [], confirmText: '确认取消', done: '已取消' },
  reject: {
    title: '不予受理',
    hint: '不予受理会告诉居民原因。请写清楚，并尽量告诉居民可以去哪里办理。',
    fields: ['reason', 'referral'],
    required: ['reason'],
    missing: { reason: '请填写不予受理的原因' },
    placeholders: { reason: '例如：房产过户属于不动产登记业务，社区无法代办' },
    confirmText: '确认不予受理',
    done: '已告知居民不予受理',
  },
  decline: { title: '无法接受指派', fields: ['reason'], required: ['reason'], confirmText: '确认', done: '已退回社区' },
  release: { title: '退回任务', hint: '退回后其他党员可以认领', fields: ['reason'], required: ['reason'], confirmText: '确认退回', done: '已退回' },
  progress: { title: '反馈进展', fields: ['note', 'photos'], required: ['note'], confirmText: '提交', done: '进展已反馈' },
  complete: { title: '报告完成', hint: '居民确认后，积分和服务时长计入您的账户', fields: ['note', 'photos', 'hours'], required: ['note', 'hours'], confirmText: '提交', done: '已报告完成，等待居民评价' },
  report_part: {
    title: '报告我的完成情况',
    hint: '写清您做了哪些、用了多长时间；全队都报告后请居民评价，积分和时长按各自报告计入',
    fields: ['note', 'photos', 'hours'],
    required: ['note', 'hours'],
    labels: { note: '我做了什么' },
    confirmText: '提交',
    done: '已报告您的完成情况',
  },
  close_team: {
    title: '代为结单',
    hint: '队员无法全部报告时，由社区为全队结单。只有已报告的队员计入积分和服务时长。',
    fields: ['reason'],
    required: ['reason'],
    missing: { reason: '请填写代为结单的原因' },
    placeholders: { reason: '例如：队员刘洋临时住院，其余队员已完成服务' },
    confirmText: '确认代为结单',
    done: '已代为结单，等待居民评价',
  },
  escalate: {
    title: '上报街道',
    hint: '社区解决不了的问题，提交街道协调处理。请写明情况和社区已经做了什么。',
    fields: ['note', 'deadline', 'photos'],
    required: ['note', 'deadline'],
    missing: { note: '请填写上报说明' },
    labels: { note: '上报说明' },
    placeholders: { note: '例如：涉及市政管网，社区无法处理' },
    confirmText: '确认上报街道',
    done: '已上报街道',
  },
  street_resolve: { title: '街道办结', fields: ['note', 'photos'], required: ['note'], confirmText: '确认办结', done: '已办结，等待居民评价' },
  street_return: { title: '退回社区处理', fields: ['note'], required: ['note'], confirmText: '确认退回', done: '已退回社区' },
  ...DEPARTMENT_SPECS,
  confirm: { title: '问题解决了吗？请评价', fields: ['stars', 'comment'], required: ['stars'], confirmText: '提交评价', done: '感谢您的评价' },
  rate_for: {
    title: '代居民评价',
    hint: '电话或上门问过居民后，替居民记下评价（计为代评）',
    fields: ['way', 'stars', 'comment'],
    required: ['stars'],
    labels: { stars: '居民的满意度', comment: '居民的评价' },
    confirmText: '提交代评',
    done: '代评已记录',
  },
  reopen: { title: '问题没有解决', hint: '告诉我们哪里还没解决，会继续为您处理', fields: ['reason'], required: ['reason'], confirmText: '提交', done: '已反馈，会继续处理' },
  visit: { title: '记录回访', fields: ['satisfied', 'note', 'photos'], required: ['note'], confirmText: '保存', done: '回访已记录' },
  survey: {
    title: '第三方测评',
    hint: '电话联系居民，如实记录。参与过该需求服务的人员不能测评；结果计入有效回访率和民意帐。',
    fields: ['reached', 'stars', 'note'],
    required: [],
    labels: { stars: '居民满意度（接通时填写）', note: '测评记录' },
    placeholders: { note: '居民的原话，或未接通的情况' },
    confirmText: '保存测评',
    done: '测评已记录',
  },
  urge: {
    title: '督办',
    hint: '提醒承办党员尽快办理。在党员反馈进展之前，待办列表会标记“已督办”。',
    fields: ['note'],
    required: ['note'],
    missing: { note: '请填写督办内容' },
    labels: { note: '督办内容' },
    placeholders: { note: '例如：居民反映还没有人联系，请今天之内上门' },
    confirmText: '发送督办',
    done: '已督办',
  },
  extend: {
    title: '延长办结时限',
    hint: '新的时限须晚于原时限。延期原因会显示在居民的办理记录中。',
    fields: ['deadline', 'reason'],
    required: ['deadline', 'reason'],
    missing: { reason: '请填写延期原因' },
    labels: { deadline: '新的办结时限', reason: '延期原因' },
    placeholders: { reason: '例如：配件需要从厂家调货，预计三天到货' },
    confirmText: '确认延期',
    done: '已延期',
  },
  recall: {
    title: '收回任务',
    hint: '从党员手中收回：多人需求空出的名额重新发布，指派的需求回到待受理。',
    fields: ['holder', 'reason'],
    required: ['reason'],
    missing: { reason: '请填写收回原因' },
    labels: { reason: '收回原因' },
    confirmText: '确认收回',
    done: '已收回',
  },
  reassign: {
    title: '改派给其他党员',
    hint: '原承办党员将被收回，新党员需在时限内接受指派。',
    fields: ['member', 'note'],
    required: ['member'],
    missing: { member: '请选择党员' },
    labels: { note: '改派说明' },
    confirmText: '确认改派',
    done: '已改派，等待党员接受',
  },
};

export const EMPTY_VALUES: FormValues = {
  reason: '',
  referral: '',
  note: '',
  photos: [],
  hours: 1,
  stars: 0,
  comment: '',
  deadline: { days: 5 },
  satisfied: true,
  reached: true,
  holder: null,
  member: null,
  way: 'phone',
  department: null,
};

/** Quick choices of a new time limit (the street's, an extension), in days. */
export const ESCALATE_DAYS = [3, 5, 7, 15];

const GENERAL_MISSING: Partial<Record<Field, string>> = {
  reason: '请填写原因',
  note: '请填写说明',
  stars: '请点亮星星打分',
  hours: '请填写服务时长',
  member: '请选择党员',
  department: '请选择职能部门',
};

/** What must be fixed before a command is sent, per field, in the order the fields appear. */
export function checkCommand(command: keyof typeof SPECS, v: FormValues, now = new Date()): FieldErrors {
  const spec = SPECS[command];
  const missing = (f: Field) => spec.missing?.[f] ?? GENERAL_MISSING[f] ?? '请填写';
  const needs = (f: Field) => spec.required.includes(f);
  return collect(
    spec.fields.map((f): [string, string | undefined] => {
      switch (f) {
        case 'reason':
          return [f, needs(f) && !v.reason.trim() ? missing(f) : textError(v.reason, '原因', LIMITS.reason, false)];
        case 'note':
          return [f, needs(f) && !v.note.trim() ? missing(f) : textError(v.note, '说明', LIMITS.note, false)];
        case 'comment':
          return [f, textError(v.comment, '评价', LIMITS.comment, false)];
        case 'referral':
          return [f, textError(v.referral, '转介建议', LIMITS.referral, false)];
        case 'stars':
          return [f, needs(f) && !v.stars ? missing(f) : undefined];
        case 'hours':
          return [f, !v.hours ? missing(f) : v.hours < LIMITS.hours.min || v.hours > LIMITS.hours.max ? `服务时长须为${LIMITS.hours.min}–${LIMITS.hours.max}小时` : undefined];
        case 'deadline':
          return [f, deadlineError(v.deadline, now)];
        case 'member':
          return [f, needs(f) && !v.member ? missing(f) : undefined];
        case 'department':
          return [f, needs(f) && !v.department ? missing(f) : undefined];
        default:
          return [f, undefined];
      }
    }),
  );
}

/** Sends one command; `version` is the one the person saw, so a stale screen is refused and a retry recognised. */
export function runCommand(order: OrderDetail, command: keyof typeof SPECS, v: FormValues, now = new Date()): Promise<OrderDetail> {
  const ref = { orderId: order.id, version: order.version };
  const note = { ...ref, note: v.note.trim(), photos: v.photos };
  switch (command) {
    case 'claim':
      return call('order.claim', { orderId: order.id });
    case 'accept':
      return call('order.accept', ref);
    case 'cancel':
      return call('order.cancel', { ...ref, reason: v.reason.trim() || undefined });
    case 'reject':
      return call('order.reject', { ...ref, reason: v.reason.trim(), referral: v.referral.trim() || undefined });
    case 'decline':
      return call('order.decline', { ...ref, reason: v.reason.trim() });
    case 'release':
      return call('order.release', { ...ref, reason: v.reason.trim() });
    case 'reopen':
      return call('order.reopen', { ...ref, reason: v.reason.trim() });
    case 'progress':
      return call('order.progress', note);
    case 'complete':
    case 'report_part':
      return call('order.complete', { ...note, hours: v.hours });
    case 'close_team':
      return call('order.closeTeam', { ...ref, reason: v.reason.trim() });
    case 'escalate':
      return call('order.escalate', { ...note, deadline: deadlineOf(v.deadline ?? { days: 5 }, now) });
    case 'street_resolve':
      return call('order.streetResolve', { ...note, outcome: 'resolved' });
    case 'street_return':
      return call('order.streetResolve', { ...note, outcome: 'returned' });
    case 'confirm':
      return call('order.confirm', { ...ref, stars: v.stars, comment: v.comment.trim() || undefined });
    case 'visit':
      return call('order.visit', { ...note, satisfied: v.satisfied });
    case 'survey':
      return call('survey.record', { ...ref, reached: v.reached, ...(v.reached && v.stars ? { stars: v.stars } : {}), note: v.note.trim() || undefined });
    case 'urge':
      return call('order.urge', { ...ref, note: v.note.trim() });
    case 'extend':
      return call('order.extend', { ...ref, deadline: deadlineOf(v.deadline ?? { days: 5 }, now), reason: v.reason.trim() });
    case 'recall':
      return call('order.recall', { ...ref, memberId: recallFrom(order, v) ?? undefined, reason: v.reason.trim() });
    case 'reassign':
      return call('order.reassign', { ...ref, memberId: v.member!.userId, note: v.note.trim() || undefined });
    case 'rate_for':
      return call('order.rateFor', { ...ref, stars: v.stars, comment: v.comment.trim() || undefined, way: v.way });
    case 'to_department':
      return call('order.toDepartment', { ...ref, departmentId: v.department!, deadline: deadlineOf(v.deadline ?? { days: 5 }, now), note: v.note.trim() });
    case 'dept_progress':
      return call('order.departmentStep', { ...note, step: 'progress' });
    case 'dept_resolve':
      return call('order.departmentStep', { ...note, step: 'resolve' });
    case 'dept_return':
      return call('order.departmentStep', { ...note, step: 'return' });
  }
}

/** Whom a recall names: the chosen holder; with one holder (or an assignee) nobody, and the server takes that one. */
function recallFrom(order: OrderDetail, v: FormValues): string | null {
  return order.holders.length > 1 ? v.holder : null;
}
