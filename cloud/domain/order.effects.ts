/**
 * What each command changes besides the status: fields set, holders taken on or let go, points earned,
 * and the note recorded in the timeline. Fields that depend on which target the order takes are set by that
 * target's branch in order.machine.ts instead, so the status and its fields are decided in one place.
 */
import type { Order, OrderStatus } from '../../types/domain';
import { PROXY_WAY_NAMES } from '../../types/residents';
import type { Command, CommandOf } from './order.commands';
import { recallTarget, type DecideContext } from './order.guards';
import { beijingTime } from './policies';
import { awardsOf, isLastPart, partHours } from './team';

/** Fields a transition may set; identity, ownership and the version are never among them. */
export type OrderPatch = Partial<
  Pick<
    Order,
    | 'categoryId'
    | 'priority'
    | 'deadline'
    | 'headcount'
    | 'points'
    | 'mode'
    | 'poolLimit'
    | 'assigneeId'
    | 'escalationNote'
    | 'department'
    | 'completedAt'
    | 'serviceHours'
    | 'rating'
    | 'overdueAt'
    | 'urgedAt'
    | 'acceptOverdueAt'
    | 'closedAt'
  >
>;

export interface Award {
  memberId: string;
  points: number;
  hours: number;
}

/** A change to one holder's own claim: their progress reported, or the sweep's reminder sent. */
export interface HolderMark {
  memberId: string;
  progressAt?: string;
  remindedAt?: string;
}

export interface Effect {
  patch: OrderPatch;
  /** A member who starts holding the order. */
  hold?: string;
  /** Members whose claims end (released, or the order left their hands). */
  release?: string[];
  /** Claims that end because the work is done and closed. */
  finish?: boolean;
  awards?: Award[];
  mark?: HolderMark;
  /** A holder's own part of a team order, recorded on their claim. */
  part?: { memberId: string; note: string; photos: string[]; hours: number };
  /** The holders' parts are reported afresh (the resident says 未解决; earlier parts stay in the timeline). */
  clearParts?: boolean;
  note: string | null;
  photos?: string[];
}

type EffectFn<T extends Command['type']> = (o: Order, c: CommandOf<T>, ctx: DecideContext) => Effect;

/** A holder's report: noted, and the claim counts as worked on (claim timeout, the member picker's last activity). */
const report = (c: { note: string; photos: string[] }, ctx: DecideContext): Effect => ({
  patch: {},
  mark: { memberId: ctx.caller.userId, progressAt: ctx.now.toISOString() },
  note: c.note,
  photos: c.photos,
});

const holderName = (o: Order, memberId: string) => o.holders.find((h) => h.memberId === memberId)?.name ?? '党员';

/** Points and hours go to every member who did the work (in a team order, from their own part), when it closes. */
const close = (o: Order, ctx: DecideContext, rating: Order['rating']): Effect => ({
  patch: { rating, closedAt: ctx.now.toISOString() },
  finish: true,
  awards: awardsOf(o),
  note: rating?.autoClosed ? '超过评价期限，系统自动办结' : rating?.comment ?? null,
});

/** How a 回访 note begins: the call did not reach the resident, or they said they were not satisfied (stats read these). */
export const VISIT_UNREACHED = '未联系上';
export const VISIT_UNSATISFIED = '不满意';

/** How a 测评 note begins (stats and the 民意帐 read these): not reached, satisfied (4–5 stars) or not, reached without stars. */
export const SURVEY_UNREACHED = '测评·未接通';
export const SURVEY_SATISFIED = '测评·满意';
export const SURVEY_UNSATISFIED = '测评·不满意';
export const SURVEY_REACHED = '测评·已接通';

/** The head of a 测评 note. */
export function surveyResult(reached: boolean, stars: number | null): string {
  if (!reached) return SURVEY_UNREACHED;
  if (stars === null) return SURVEY_REACHED;
  return `${stars >= 4 ? SURVEY_SATISFIED : SURVEY_UNSATISFIED}（${stars}星）`;
}

/** Undispatched again: staff decide anew how it is sent on. */
export const BACK_TO_STAFF = { mode: null, assigneeId: null, poolLimit: null } as const satisfies OrderPatch;

export const EFFECTS: { [T in Command['type']]: EffectFn<T> } = {
  cancel: (_o, c, ctx) => ({ patch: { closedAt: ctx.now.toISOString() }, note: c.reason }),
  reject: (_o, c, ctx) => ({
    patch: { closedAt: ctx.now.toISOString() },
    note: c.referral ? `${c.reason}（${c.referral}）` : c.reason,
  }),
  dispatch: (_o, c) => ({ patch: { ...c.plan, mode: 'pool', assigneeId: null, overdueAt: null }, note: null }),
  assign: (_o, c) => ({
    patch: { ...c.plan, headcount: 1, poolLimit: null, mode: 'assign', assigneeId: c.assignee!.userId, overdueAt: null },
    note: null,
  }),
  accept: (_o, _c, ctx) => ({ patch: {}, hold: ctx.caller.userId, note: null }),
  decline: (_o, c) => ({ patch: BACK_TO_STAFF, note: c.reason }),
  claim: (_o, _c, ctx) => ({ patch: {}, hold: ctx.caller.userId, note: null }),
  // Whether it also goes back to staff depends on where it goes: decided with the target (order.machine.ts).
  release: (_o, c, ctx) => ({ patch: {}, release: [ctx.caller.userId], note: c.reason }),
  escalate: (o, c) => ({
    patch: { deadline: c.deadline, escalationNote: c.note, overdueAt: null },
    release: o.holders.map((h) => h.memberId),
    note: c.note,
    photos: c.photos,
  }),
  street_resolve: (_o, c, ctx) => ({ patch: { completedAt: ctx.now.toISOString() }, note: c.note, photos: c.photos }),
  street_return: (_o, c) => ({ patch: { ...BACK_TO_STAFF, overdueAt: null }, note: c.note, photos: c.photos }),
  progress: (_o, c, ctx) => report(c, ctx),
  complete: (_o, c, ctx) => ({ ...report(c, ctx), patch: { completedAt: ctx.now.toISOString(), serviceHours: c.hours } }),
  report_part: (o, c, ctx) => ({
    ...report(c, ctx),
    // The last part completes the order; its hours are the team's total.
    patch: isLastPart(o) ? { completedAt: ctx.now.toISOString(), serviceHours: partHours(o, c.hours) } : {},
    part: { memberId: ctx.caller.userId, note: c.note, photos: c.photos, hours: c.hours },
  }),
  close_team: (o, c, ctx) => ({ patch: { completedAt: ctx.now.toISOString(), serviceHours: partHours(o) }, note: c.reason }),
  confirm: (o, c, ctx) => close(o, ctx, { stars: c.stars, comment: c.comment, autoClosed: false }),
  // 代评: closes as the resident's rating would, marked as given for them and how it was obtained.
  rate_for: (o, c, ctx) => ({
    ...close(o, ctx, { stars: c.stars, comment: c.comment, autoClosed: false, proxy: { by: ctx.caller.userId, way: c.way } }),
    note: `代评（${PROXY_WAY_NAMES[c.way]}）${c.comment ? `：${c.comment}` : ''}`,
  }),
  reopen: (_o, c) => ({ patch: { completedAt: null }, clearParts: true, note: c.reason }),
  visit: (_o, c) => ({
    patch: {},
    note: `${c.reached === false ? VISIT_UNREACHED : c.satisfied ? '满意' : VISIT_UNSATISFIED}：${c.note}`,
    photos: c.photos,
  }),
  survey: (_o, c) => ({ patch: {}, note: `${surveyResult(c.reached, c.stars)}${c.note ? `：${c.note}` : ''}` }),
  auto_close: (o, _c, ctx) => close(o, ctx, { stars: null, comment: null, autoClosed: true }),
  mark_overdue: (_o, _c, ctx) => ({ patch: { overdueAt: ctx.now.toISOString() }, note: '已超过办结时限' }),
  assign_timeout: () => ({ patch: BACK_TO_STAFF, note: '党员未在时限内响应指派，已退回社区' }),
  accept_overdue: (_o, _c, ctx) => ({ patch: { acceptOverdueAt: ctx.now.toISOString() }, note: '已超过受理时限，尚未受理' }),
  urge: (_o, c, ctx) => ({ patch: { urgedAt: ctx.now.toISOString() }, note: c.note }),
  extend: (_o, c) => ({ patch: { deadline: c.deadline, overdueAt: null }, note: `办结时限延至${beijingTime(c.deadline)}：${c.reason}` }),
  // From the assignee: back to staff. From a holder: the slot frees, and the target decides where the order goes.
  recall: (o, c) => {
    if (o.status === 'assigned') return { patch: BACK_TO_STAFF, note: `收回指派：${c.reason}` };
    const { memberId } = recallTarget(o, c.memberId) as { memberId: string }; // its guard (recallsWorker) passed
    return { patch: {}, release: [memberId], note: `收回${holderName(o, memberId)}承接的任务：${c.reason}` };
  },
  reassign: (o, c) => ({
    patch: { mode: 'assign', assigneeId: c.assignee!.userId, poolLimit: null },
    release: o.holders.map((h) => h.memberId),
    note: `改派给党员${c.assignee!.realName}${c.note ? `：${c.note}` : ''}`,
  }),
  claim_remind: (o, c, ctx) => ({
    patch: {},
    mark: { memberId: c.memberId, remindedAt: ctx.now.toISOString() },
    note: `${holderName(o, c.memberId)}认领后长时间未更新进度，已提醒`,
  }),
  claim_timeout: (o, c) => ({
    patch: {},
    release: [c.memberId],
    note: `${holderName(o, c.memberId)}认领后长时间未更新进度，系统已收回`,
  }),
  to_department: (_o, c, ctx) => {
    const d = c.department!; // its guard (departmentOfStreet) passed
    const task = { departmentId: d.id, name: d.name, deadline: c.deadline, sentAt: ctx.now.toISOString(), overdueAt: null, outcome: null, endedAt: null };
    return { patch: { department: task }, note: `转派${d.name}，限${beijingTime(c.deadline)}前办结：${c.note}` };
  },
  dept_progress: (_o, c) => ({ patch: {}, note: c.note, photos: c.photos }),
  dept_resolve: (o, c, ctx) => {
    const at = ctx.now.toISOString();
    return { patch: { completedAt: at, department: { ...o.department!, outcome: 'resolved', endedAt: at } }, note: c.note, photos: c.photos };
  },
  dept_return: (o, c, ctx) => ({
    patch: { department: { ...o.department!, outcome: 'returned', endedAt: ctx.now.toISOString() } },
    note: `退回街道：${c.note}`,
    photos: c.photos,
  }),
  dept_overdue: (o, _c, ctx) => ({
    patch: { department: { ...o.department!, overdueAt: ctx.now.toISOString() } },
    note: `已超过${o.department!.name}的办结时限`,
  }),
};

/** Steps that answer an urge (督办): the members doing it reported or took it on, or someone else got it. */
const ANSWERS_URGE: readonly Command['type'][] = ['progress', 'complete', 'report_part', 'accept', 'reassign'];
const WORKED_ON: readonly OrderStatus[] = ['open', 'assigned', 'in_progress'];

/**
 * An urge stands until it is answered or the order leaves the members' hands (back to staff, to the street, done):
 * the staff queue marks 已督办 only while it stands.
 */
export function urgeAfter(o: Order, type: Command['type'], to: OrderStatus): OrderPatch {
  const stands = !ANSWERS_URGE.includes(type) && WORKED_ON.includes(to);
  return o.urgedAt !== null && !stands ? { urgedAt: null } : {};
}
