/**
 * What each command changes besides the status: fields set, holders taken on or let go, points earned,
 * and the note recorded in the timeline. Fields that depend on which target the order takes are set by that
 * target's branch in order.machine.ts instead, so the status and its fields are decided in one place.
 */
import type { Order } from '../../types/domain';
import type { Command, CommandOf } from './order.commands';
import type { DecideContext } from './order.guards';

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
    | 'completedAt'
    | 'serviceHours'
    | 'rating'
    | 'overdueAt'
    | 'acceptOverdueAt'
    | 'closedAt'
  >
>;

export interface Award {
  memberId: string;
  points: number;
  hours: number;
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
  note: string | null;
  photos?: string[];
}

type EffectFn<T extends Command['type']> = (o: Order, c: CommandOf<T>, ctx: DecideContext) => Effect;

const noteOnly = (c: { note: string; photos: string[] }): Effect => ({ patch: {}, note: c.note, photos: c.photos });

/** Points and hours go to every member who did the work, when it closes. */
const close = (o: Order, ctx: DecideContext, rating: Order['rating']): Effect => ({
  patch: { rating, closedAt: ctx.now.toISOString() },
  finish: true,
  awards: o.holders.map((h) => ({ memberId: h.memberId, points: o.points, hours: o.serviceHours ?? 0 })),
  note: rating?.autoClosed ? '超过评价期限，系统自动办结' : rating?.comment ?? null,
});

/** How a 回访 note begins: the call did not reach the resident, or they said they were not satisfied (stats read these). */
export const VISIT_UNREACHED = '未联系上';
export const VISIT_UNSATISFIED = '不满意';

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
  progress: (_o, c) => noteOnly(c),
  complete: (_o, c, ctx) => ({
    patch: { completedAt: ctx.now.toISOString(), serviceHours: c.hours },
    note: c.note,
    photos: c.photos,
  }),
  confirm: (o, c, ctx) => close(o, ctx, { stars: c.stars, comment: c.comment, autoClosed: false }),
  reopen: (_o, c) => ({ patch: { completedAt: null }, note: c.reason }),
  visit: (_o, c) => ({
    patch: {},
    note: `${c.reached === false ? VISIT_UNREACHED : c.satisfied ? '满意' : VISIT_UNSATISFIED}：${c.note}`,
    photos: c.photos,
  }),
  auto_close: (o, _c, ctx) => close(o, ctx, { stars: null, comment: null, autoClosed: true }),
  mark_overdue: (_o, _c, ctx) => ({ patch: { overdueAt: ctx.now.toISOString() }, note: '已超过办结时限' }),
  assign_timeout: () => ({ patch: BACK_TO_STAFF, note: '党员未在时限内响应指派，已退回社区' }),
  accept_overdue: (_o, _c, ctx) => ({ patch: { acceptOverdueAt: ctx.now.toISOString() }, note: '已超过受理时限，尚未受理' }),
};
