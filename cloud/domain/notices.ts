/**
 * Who must be told about a step, and what: staff of the community (new orders, anything that comes back to them),
 * the members doing the work (assigned, reopened, deadlines, 督办, taken back from them), the resident (taken,
 * progress, done, rejected, back to the pool, a later deadline). Pure: the store queues what this returns in the same write as the step; delivery comes later.
 */
import type { Order, Urgency } from '../../types/domain';
import type { NoticeKind } from '../../types/notices';
import type { Caller } from './access';
import type { Decision } from './order.decide';
import { workersOf } from './order.guards';
import { DEADLINE_NEAR_HOURS, type CommunitySettings } from './policies';

/**
 * One person, or everyone in a place (expanded by the store in the same write): the staff and admins of a
 * community, the street staff of a street, the staff of a department.
 */
export type Audience = { userId: string } | { staffOf: string } | { streetOf: string } | { departmentOf: string };

export interface NoticeDraft {
  to: Audience;
  kind: NoticeKind;
  orderId: string;
  title: string;
  text: string;
  /** Unique per person: queuing the same notice twice (a retried write, a sweep run again) keeps one. */
  key: string;
  /** Who took the step; never told of their own step. Null for the system. */
  actorId: string | null;
}

export interface NoticeContext {
  caller: Caller;
  settings: Pick<CommunitySettings, 'acceptMinutes' | 'assignTimeoutHours' | 'claimRemindHours' | 'claimTimeoutHours'>;
}

const MARK: Record<Urgency, string> = { life_threatening: '【危及生命】', urgent: '【紧急】', normal: '' };

/** 15 → 15分钟, 120 → 2小时, 90 → 90分钟. */
function duration(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`;
}

/** 三亮: the member's name, work unit and party branch, as the resident should see who is coming. */
function shownAs(caller: Caller): string {
  const m = caller.member;
  if (!m) return `党员${caller.name}`;
  const unit = [m.workUnit, m.branch].filter(Boolean).join('·');
  return unit ? `党员${m.realName}（${unit}）` : `党员${m.realName}`;
}

/**
 * Who hears what the resident hears: the resident, and for a 代点单 the grid worker or staff member who placed it (the
 * resident may have no phone; the placer passes it on, and rates it for them when it is done).
 */
function residentsOf(order: Order): string[] {
  return order.placedBy ? [order.residentId, order.placedBy.userId] : [order.residentId];
}

function draft(order: Order, version: number, actorId: string | null) {
  return (to: Audience, kind: NoticeKind, text: string): NoticeDraft => ({
    to,
    kind,
    orderId: order.id,
    title: order.title,
    text,
    key: `${order.id}:${version}:${kind}`,
    actorId,
  });
}

/** Staff hear of every new order; urgent and life-threatening ones are marked and carry their 受理时限. */
export function noticesForNew(order: Order, settings: NoticeContext['settings']): NoticeDraft[] {
  const to = draft(order, order.version, order.residentId);
  const limit = duration(settings.acceptMinutes[order.urgency]);
  return [to({ staffOf: order.communityId }, 'new_order', `${MARK[order.urgency]}新需求，请在${limit}内受理`)];
}

/** The notices a decided step calls for; `order` is the order before the step. */
export function noticesFor(order: Order, d: Decision, ctx: NoticeContext): NoticeDraft[] {
  const actor = ctx.caller.system ? null : ctx.caller.userId;
  const to = draft(order, order.version + 1, actor);
  const staff = { staffOf: order.communityId };
  const each = (kind: NoticeKind, text: string, who = workersOf(order)) => who.map((userId) => to({ userId }, kind, text));
  const resident = (kind: NoticeKind, text: string) => residentsOf(order).map((userId) => to({ userId }, kind, text));
  const backToPool = () => resident('back_to_pool', d.to === 'open' ? '党员因故退出，需求已重新发布' : '党员因故退出，社区将重新安排');
  const assigned = (userId: string) =>
    to({ userId }, 'assigned', `社区给您指派了需求，请在${ctx.settings.assignTimeoutHours}小时内接受`);
  const notices = ((): NoticeDraft[] => {
    switch (d.command) {
      case 'reject':
        return resident('rejected', `社区未受理：${d.note}`);
      case 'assign':
        return [assigned(d.patch.assigneeId!)];
      case 'accept':
      case 'claim':
        return resident('taken', `${shownAs(ctx.caller)}已接单，将尽快联系您`);
      case 'decline':
        return [to(staff, 'assign_declined', `${shownAs(ctx.caller)}拒绝了指派：${d.note}`)];
      case 'release':
        return [to(staff, 'claim_released', `${shownAs(ctx.caller)}退出了该需求：${d.note}`), ...backToPool()];
      case 'street_return':
        return [to(staff, 'street_returned', `街道退回：${d.note}`)];
      case 'progress':
        return resident('progress', `服务进度：${d.note}`);
      case 'complete':
        return resident('done', '服务已完成，请确认并评价');
      case 'report_part':
        // Staff hear when the last part is in; the resident, as for one person's order, that it is done.
        return d.to === 'awaiting_rating'
          ? [to(staff, 'parts_in', '队员已全部报告完成'), ...resident('done', '服务已完成，请确认并评价')]
          : [];
      case 'close_team':
        return [
          ...resident('done', '社区已代为结单，请确认并评价'),
          ...order.holders.filter((h) => !h.part).map((h) => to({ userId: h.memberId }, 'team_closed', `社区已代为结单：${d.note}`)),
        ];
      case 'street_resolve':
        return resident('done', '街道已处理完成，请确认并评价');
      case 'reopen':
        return [to(staff, 'order_reopened', `居民反馈未解决：${d.note}`), ...each('task_reopened', `居民反馈未解决：${d.note}`)];
      case 'mark_overdue':
        return [to(staff, 'order_overdue', `${MARK[order.urgency]}已超过办结时限`), ...each('task_overdue', '已超过办结时限，请尽快办结')];
      case 'assign_timeout':
        return [to(staff, 'assign_timeout', '党员未在时限内响应指派，请重新安排')];
      case 'accept_overdue':
        return [to(staff, 'accept_overdue', `${MARK[order.urgency]}已超过受理时限，请尽快受理`)];
      case 'urge':
        return each('urged', `社区督办：${d.note}`);
      case 'extend':
        return [...resident('extended', d.note!), ...each('task_extended', d.note!)];
      case 'recall':
        // The resident heard of the member once they took it on; an assignment not yet accepted ends quietly.
        return d.release ? [...each('recalled', `社区${d.note}`, d.release), ...backToPool()] : each('recalled', `社区${d.note}`);
      case 'reassign':
        return [...each('recalled', '社区已将该需求改派给其他党员'), assigned(d.patch.assigneeId!)];
      case 'claim_remind': {
        const { claimRemindHours: remind, claimTimeoutHours: timeout } = ctx.settings;
        const text = `认领已超过${remind}小时未更新进度，请尽快办理并更新；${timeout}小时内仍无进展将由系统收回`;
        return [to({ userId: d.mark!.memberId }, 'claim_remind', text)];
      }
      case 'to_department':
        return [to({ departmentOf: d.patch.department!.departmentId }, 'dept_assigned', `街道${d.note}`)];
      case 'dept_progress':
        return resident('progress', `${order.department!.name}办理进展：${d.note}`);
      case 'dept_resolve':
        return [
          ...resident('done', `${order.department!.name}已办理完成，请确认并评价`),
          to({ streetOf: order.streetId }, 'dept_resolved', `${order.department!.name}已办结：${d.note}`),
        ];
      case 'dept_return':
        return [to({ streetOf: order.streetId }, 'dept_returned', `${order.department!.name}${d.note}`)];
      case 'dept_overdue': {
        const text = `${MARK[order.urgency]}${d.note}，请尽快办结`;
        return [to({ departmentOf: order.department!.departmentId }, 'dept_overdue', text), to({ streetOf: order.streetId }, 'dept_overdue', text)];
      }
      case 'claim_timeout':
        return [
          to(staff, 'claim_timeout', `${d.note}，${d.to === 'open' ? '需求已重新发布' : '请重新安排'}`),
          ...each('recalled', d.note!, d.release),
          ...backToPool(),
        ];
      default:
        return [];
    }
  })();
  return notices.filter((n) => !('userId' in n.to) || n.to.userId !== actor);
}

/** Once per deadline: the members holding the order (or asked to) hear it is near. */
export function deadlineNearNotices(order: Order): NoticeDraft[] {
  return workersOf(order).map((userId) => ({
    ...draft(order, order.version, null)({ userId }, 'deadline_near', `距办结时限不足${DEADLINE_NEAR_HOURS}小时，请抓紧办理`),
    key: `${order.id}:deadline_near:${order.deadline}`,
  }));
}

/** Once per completion: the resident is reminded to rate the day before the order closes by itself. */
export function rateReminderNotices(order: Order): NoticeDraft[] {
  return residentsOf(order).map((userId) => ({
    ...draft(order, order.version, null)({ userId }, 'rate_reminder', '明天将自动办结，请确认并评价'),
    key: `${order.id}:rate_reminder:${order.completedAt}`,
  }));
}
