/**
 * The columns and rows of each export, in the words the screens use (status, urgency and step names come from the
 * mini-program's own labels). Contact data is written as the viewer may see it (domain/access.ts): in full for
 * the community's staff, masked for the street unless the order is escalated to it.
 */
import type { LedgerEntry, OrderEvent } from '../../types/domain';
import type { ExportKind } from '../../types/exports';
import { EVENT_LABEL, ROLE_LABEL, STATUS_LABEL, URGENCY_LABEL } from '../../src/utils/labels';
import { isActive } from '../../src/utils/status';
import { deadlineNote, local } from '../../src/utils/time';
import { canSeeContact, relationsOf, type Caller } from '../domain/access';
import { formatAddress, maskName, maskPhone } from '../domain/masking';
import type { ExportedOrder } from '../store/store.port';
import type { Names } from './names';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Column {
  header: string;
  key: string;
  width: number;
}

/** An export's first sheet: its title, its columns, and the rows one order (or ledger entry) gives. */
export interface SheetSpec<T> {
  title: string;
  columns: Column[];
  /** People the item names, loaded before its rows are made. */
  people(item: T): { id: string; communityId: string }[];
  rows(item: T, names: Names, caller: Caller, now: Date): Row[];
}

const col = (key: string, header: string, width = 14): Column => ({ key, header, width });
const time = (iso: string | null) => (iso ? local(iso).format('YYYY-MM-DD HH:mm') : '');
const RATED = 4;

/** 按时办结 / 超期办结 once done; 未到期 / 已超期 while it runs; empty when it never ran to a limit. */
export function onTime(o: ExportedOrder['order'], now: Date): string {
  const note = deadlineNote(o, now);
  if (!note) return '';
  if (isActive(o)) return note.late ? '已超期' : '未到期';
  return note.late ? '超期办结' : '按时办结';
}

const who = (o: ExportedOrder['order'], caller: Caller) => {
  const full = canSeeContact(o, relationsOf(o, caller));
  return {
    name: full ? o.contactName : maskName(o.contactName),
    phone: full ? o.contactPhone : maskPhone(o.contactPhone),
    address: formatAddress(o.address, !full) ?? '',
  };
};

const problems: SheetSpec<ExportedOrder> = {
  title: '问题帐',
  columns: [
    col('id', '编号', 24), col('community', '社区'), col('createdAt', '提出时间', 18), col('name', '提出人', 10),
    col('phone', '联系电话'), col('address', '地址', 20), col('title', '需求', 28), col('category', '类别'),
    col('grid', '网格'), col('urgency', '紧急程度', 10), col('status', '状态', 10), col('acceptBy', '受理时限', 18),
    col('deadline', '办结时限', 18), col('doneAt', '办结时间', 18), col('onTime', '是否按时', 10), col('members', '办理党员', 16),
    col('answers', '服务问答', 30),
  ],
  people: () => [],
  rows({ order: o }, names, caller, now) {
    const contact = who(o, caller);
    return [{
      id: o.id, community: names.community(o.communityId), createdAt: time(o.createdAt), name: contact.name, phone: contact.phone,
      address: contact.address, title: o.title, category: names.category(o.categoryId), grid: names.grid(o.gridId),
      urgency: URGENCY_LABEL[o.urgency], status: STATUS_LABEL[o.status], acceptBy: time(o.acceptBy), deadline: time(o.deadline),
      doneAt: time(o.completedAt ?? o.closedAt), onTime: onTime(o, now), members: o.holders.map((h) => h.name).join('、'),
      answers: names.answers(o.categoryId, o.answers),
    }];
  },
};

const actorName = (e: OrderEvent, o: ExportedOrder['order'], names: Names, caller: Caller) => {
  if (e.actorRole === 'system') return '系统';
  const name = names.person(e.actorId, o.communityId);
  // The resident is named as 问题帐 names them to this viewer.
  const shown = e.actorRole === 'resident' && !canSeeContact(o, relationsOf(o, caller)) ? maskName(name) : name;
  return `${ROLE_LABEL[e.actorRole]} ${shown}`.trim();
};

const steps: SheetSpec<ExportedOrder> = {
  title: '办法帐',
  columns: [
    col('id', '需求编号', 24), col('community', '社区'), col('title', '需求', 28), col('at', '时间', 18), col('who', '办理人', 18),
    col('what', '办理事项', 14), col('status', '办理后状态', 12), col('note', '说明', 40),
  ],
  people: ({ order, events }) => events.flatMap((e) => (e.actorId ? [{ id: e.actorId, communityId: order.communityId }] : [])),
  rows({ order: o, events }, names, caller) {
    return events.map((e) => ({
      id: o.id, community: names.community(o.communityId), title: o.title, at: time(e.at), who: actorName(e, o, names, caller),
      what: EVENT_LABEL[e.type] ?? e.type, status: STATUS_LABEL[e.to], note: e.note ?? '',
    }));
  },
};

const ratingWay = (o: ExportedOrder['order']) =>
  !o.rating ? '未评价' : o.rating.autoClosed ? '超时自动办结（不计满意）' : '居民评价';

const notes = (events: OrderEvent[], type: OrderEvent['type']) =>
  events.filter((e) => e.type === type).map((e) => `${time(e.at)} ${e.note ?? ''}`.trim()).join('；');

const opinions: SheetSpec<ExportedOrder> = {
  title: '民意帐',
  columns: [
    col('id', '需求编号', 24), col('community', '社区'), col('title', '需求', 28), col('category', '类别'), col('status', '状态', 10),
    col('way', '评价方式', 22), col('stars', '星级', 8), col('satisfied', '满意', 8), col('comment', '评价内容', 30),
    col('visits', '回访结果', 36), col('surveys', '第三方测评', 36), col('reopens', '未解决原因', 36),
  ],
  people: () => [],
  rows({ order: o, events }, names) {
    const visits = notes(events, 'visit');
    const surveys = notes(events, 'survey');
    const reopens = notes(events, 'reopen');
    if (!o.rating && !visits && !surveys && !reopens) return [];
    const stars = o.rating && !o.rating.autoClosed ? o.rating.stars : null;
    return [{
      id: o.id, community: names.community(o.communityId), title: o.title, category: names.category(o.categoryId),
      status: STATUS_LABEL[o.status], way: ratingWay(o), stars, satisfied: stars == null ? '' : stars >= RATED ? '满意' : '不满意',
      comment: o.rating?.comment ?? '', visits, surveys, reopens,
    }];
  },
};

const hours: SheetSpec<LedgerEntry> = {
  title: '服务时长与积分',
  columns: [
    col('at', '时间', 18), col('community', '社区'), col('member', '党员', 12), col('kind', '类型', 16), col('orderId', '需求编号', 24),
    col('points', '积分', 8), col('hours', '时长（小时）', 12), col('reason', '原因', 30), col('by', '录入人', 12),
  ],
  people: (e) => [{ id: e.memberId, communityId: e.communityId }, ...(e.createdBy ? [{ id: e.createdBy, communityId: e.communityId }] : [])],
  rows(e, names) {
    return [{
      at: time(e.at), community: names.community(e.communityId), member: names.person(e.memberId, e.communityId),
      kind: e.manual ? '手动补录' : '核实（办结需求）', orderId: e.orderId ?? '', points: e.points, hours: e.hours,
      reason: e.reason ?? '', by: e.manual ? names.person(e.createdBy, e.communityId) : '',
    }];
  },
};

export const ORDER_SHEETS = { problems, steps, opinions } satisfies Record<Exclude<ExportKind, 'hours'>, SheetSpec<ExportedOrder>>;
export const HOURS_SHEET = hours;
