/**
 * What each button on an order asks for and which action it calls. The buttons themselves come from the server
 * (`order.actions`); this only knows how to ask the person and send it.
 */
import type { OrderDetail, UserCommand } from '../../types/views';
import { call } from './api';

export type Field = 'reason' | 'referral' | 'note' | 'photos' | 'hours' | 'stars' | 'comment' | 'deadlineDays' | 'satisfied';

export interface FormValues {
  reason: string;
  referral: string;
  note: string;
  photos: string[];
  hours: number;
  stars: number;
  comment: string;
  deadlineDays: number;
  satisfied: boolean;
}

export interface CommandSpec {
  /** The question at the top of the sheet. */
  title: string;
  /** A line of explanation under it. */
  hint?: string;
  fields: Field[];
  /** Fields that may not be left empty. */
  required: Field[];
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
  reject: { title: '不予受理', hint: '请写明原因，并告诉居民可以去哪里办理', fields: ['reason', 'referral'], required: ['reason'], confirmText: '确认', done: '已告知居民' },
  decline: { title: '无法接受指派', fields: ['reason'], required: ['reason'], confirmText: '确认', done: '已退回社区' },
  release: { title: '退回任务', hint: '退回后其他党员可以认领', fields: ['reason'], required: ['reason'], confirmText: '确认退回', done: '已退回' },
  progress: { title: '反馈进展', fields: ['note', 'photos'], required: ['note'], confirmText: '提交', done: '进展已反馈' },
  complete: { title: '报告完成', hint: '居民确认后，积分和服务时长计入您的账户', fields: ['note', 'photos', 'hours'], required: ['note', 'hours'], confirmText: '提交', done: '已报告完成，等待居民评价' },
  escalate: { title: '上报街道', hint: '社区解决不了的问题，提交街道协调', fields: ['note', 'deadlineDays', 'photos'], required: ['note'], confirmText: '上报', done: '已上报街道' },
  street_resolve: { title: '街道办结', fields: ['note', 'photos'], required: ['note'], confirmText: '确认办结', done: '已办结，等待居民评价' },
  street_return: { title: '退回社区处理', fields: ['note'], required: ['note'], confirmText: '确认退回', done: '已退回社区' },
  confirm: { title: '问题解决了吗？请评价', fields: ['stars', 'comment'], required: ['stars'], confirmText: '提交评价', done: '感谢您的评价' },
  reopen: { title: '问题没有解决', hint: '告诉我们哪里还没解决，会继续为您处理', fields: ['reason'], required: ['reason'], confirmText: '提交', done: '已反馈，会继续处理' },
  visit: { title: '记录回访', fields: ['satisfied', 'note', 'photos'], required: ['note'], confirmText: '保存', done: '回访已记录' },
};

export const EMPTY_VALUES: FormValues = {
  reason: '',
  referral: '',
  note: '',
  photos: [],
  hours: 1,
  stars: 0,
  comment: '',
  deadlineDays: 5,
  satisfied: true,
};

/** Sends one command; `version` is the one the person saw, so a stale screen is refused and a retry recognised. */
export function runCommand(order: OrderDetail, command: keyof typeof SPECS, v: FormValues, now = new Date()): Promise<OrderDetail> {
  const ref = { orderId: order.id, version: order.version };
  const note = { ...ref, note: v.note, photos: v.photos };
  switch (command) {
    case 'claim':
      return call('order.claim', { orderId: order.id });
    case 'accept':
      return call('order.accept', ref);
    case 'cancel':
      return call('order.cancel', { ...ref, reason: v.reason || undefined });
    case 'reject':
      return call('order.reject', { ...ref, reason: v.reason, referral: v.referral || undefined });
    case 'decline':
      return call('order.decline', { ...ref, reason: v.reason });
    case 'release':
      return call('order.release', { ...ref, reason: v.reason });
    case 'reopen':
      return call('order.reopen', { ...ref, reason: v.reason });
    case 'progress':
      return call('order.progress', note);
    case 'complete':
      return call('order.complete', { ...note, hours: v.hours });
    case 'escalate':
      return call('order.escalate', { ...note, deadline: new Date(now.getTime() + v.deadlineDays * 86_400_000).toISOString() });
    case 'street_resolve':
      return call('order.streetResolve', { ...note, outcome: 'resolved' });
    case 'street_return':
      return call('order.streetResolve', { ...note, outcome: 'returned' });
    case 'confirm':
      return call('order.confirm', { ...ref, stars: v.stars, comment: v.comment || undefined });
    case 'visit':
      return call('order.visit', { ...note, satisfied: v.satisfied });
  }
}
