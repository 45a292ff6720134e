/**
 * 下单: the plan staff make for an order sent to the pool (dispatch) or to one member (assign) — category,
 * priority, time limit, points, and for the pool how many members and who may claim it.
 */
import { useRef, useState } from 'react';
import type { ActionInput } from '../../../../types/actions';
import type { Priority } from '../../../../types/domain';
import type { FieldErrors } from '../../../../types/errors';
import { LIMITS, PRIORITY_DEFAULT_DAYS } from '../../../../types/limits';
import type { MemberView, MenuView, OrderDetail } from '../../../../types/views';
import { useForm } from '../../../hooks/useForm';
import { deadlineError, deadlineOf, type DeadlineChoice } from '../../../utils/deadline';
import { collect, integerError } from '../../../utils/rules';

export interface Plan {
  categoryId: string;
  priority: Priority;
  deadline: DeadlineChoice | null;
  headcount: string;
  points: string;
  skills: string[];
  teamId: string | null;
  gridIds: string[];
  member: MemberView | null;
}

export type PlanMode = 'dispatch' | 'assign';

/** What must be fixed before the plan is sent, in the order the fields appear. */
export function checkPlan(p: Plan, mode: PlanMode, menu: MenuView, now = new Date()): FieldErrors {
  return collect([
    ['memberId', mode === 'assign' && !p.member ? '请选择要指派的党员' : undefined],
    ['categoryId', menu.categories.some((c) => c.id === p.categoryId) ? undefined : '请选择服务类别'],
    ['deadline', deadlineError(p.deadline, now)],
    ['headcount', mode === 'dispatch' ? integerError(p.headcount, '需要党员人数', LIMITS.headcount) : undefined],
    ['points', integerError(p.points, '积分', LIMITS.points)],
  ]);
}

export function useDispatchPlan(order: OrderDetail, menu: MenuView, mode: PlanMode) {
  // The order's own limit is kept if it is still ahead; otherwise the priority's default.
  const [current] = useState(() => (order.deadline && Date.parse(order.deadline) > Date.now() ? order.deadline : null));
  const form = useForm<Plan>(
    () => ({
      categoryId: order.categoryId,
      priority: order.priority,
      deadline: current ? { iso: current } : { days: PRIORITY_DEFAULT_DAYS[order.priority] },
      headcount: String(order.headcount || 1),
      points: String(order.points),
      skills: order.poolLimit?.skills ?? [],
      teamId: order.poolLimit?.teamId ?? null,
      gridIds: order.poolLimit?.gridIds ?? [],
      member: null,
    }),
    {
      validate: (p) => checkPlan(p, mode, menu),
      links: { member: ['memberId'], skills: ['poolLimit.skills'], teamId: ['poolLimit.teamId'], gridIds: ['poolLimit.gridIds'] },
    },
  );
  // What staff set themselves is not overwritten by a default.
  const chose = useRef({ deadline: !!current, points: false });
  const plan = form.values;
  const base = () => ({
    orderId: order.id,
    version: order.version,
    categoryId: plan.categoryId,
    priority: plan.priority,
    deadline: plan.deadline ? deadlineOf(plan.deadline) : '',
    points: Number(plan.points),
  });
  const pointsOf = (id: string) => (id === order.categoryId ? order.points : (menu.categories.find((c) => c.id === id)?.basePoints ?? order.points));

  return {
    form,
    current,
    category: menu.categories.find((c) => c.id === plan.categoryId),
    basePoints: pointsOf(plan.categoryId),
    chooseCategory(id: string | null) {
      if (!id) return;
      form.update({ categoryId: id, ...(chose.current.points ? {} : { points: String(pointsOf(id)) }) });
    },
    choosePriority(p: Priority) {
      form.update({ priority: p, ...(chose.current.deadline ? {} : { deadline: { days: PRIORITY_DEFAULT_DAYS[p] } }) });
    },
    chooseDeadline(d: DeadlineChoice) {
      chose.current.deadline = true;
      form.set('deadline', d);
    },
    setPoints(v: string) {
      chose.current.points = true;
      form.set('points', v);
    },
    toggleGrid: (g: string) => form.set('gridIds', plan.gridIds.includes(g) ? plan.gridIds.filter((x) => x !== g) : [...plan.gridIds, g]),
    /** The plan for the pool, with the version staff saw; no limits means open to all (null). */
    dispatchInput(): ActionInput<'order.dispatch'> {
      const limited = plan.skills.length > 0 || !!plan.teamId || plan.gridIds.length > 0;
      return { ...base(), headcount: Number(plan.headcount), poolLimit: limited ? { skills: plan.skills, teamId: plan.teamId, gridIds: plan.gridIds } : null };
    },
    /** The plan for the member chosen. */
    assignInput: (): ActionInput<'order.assign'> => ({ ...base(), memberId: plan.member!.userId }),
  };
}

export type DispatchPlan = ReturnType<typeof useDispatchPlan>;
