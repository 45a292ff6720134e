/**
 * 受理派单 as one flow: the segments this person may use on this order (the server's actions), the form each one
 * fills, and sending it. Dispatch and assign fill the plan; reject and escalate fill the same command form the
 * order page's sheet uses.
 */
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../../../types/errors';
import type { MenuView, OrderDetail } from '../../../../types/views';
import { useCommandForm } from '../../../hooks/useCommandForm';
import { ApiError, call } from '../../../services/api';
import { runCommand, SPECS } from '../../../services/order-commands';
import { ROUTES } from '../../../utils/routes';
import { CHECK_FAILED } from '../../../utils/rules';
import { toast } from '../../../utils/toast';
import { useDispatchPlan } from './useDispatchPlan';

export type Segment = 'dispatch' | 'assign' | 'reject' | 'escalate';

const SEGMENTS: { tab: Segment; title: string }[] = [
  { tab: 'dispatch', title: '派单到接单大厅' },
  { tab: 'assign', title: '指派给党员' },
  { tab: 'reject', title: '不予受理' },
  { tab: 'escalate', title: '上报街道' },
];

/** Refusals that belong to one field although the server sent no field messages. */
const CODE_FIELD: Record<string, string> = {
  'ORDER.DEADLINE_PAST': 'deadline',
  'CATEGORY.NOT_FOUND': 'categoryId',
  'TEAM.NOT_FOUND': 'poolLimit.teamId',
  'GRID.NOT_FOUND': 'poolLimit.gridIds',
  'ORDER.ASSIGNEE_INVALID': 'memberId',
};

/** The order moved on under us: show it as it is now. */
const STALE = ['ORDER.CONFLICT', 'ORDER.INVALID_TRANSITION'];

const isPlan = (s: Segment | undefined): s is 'dispatch' | 'assign' => s === 'dispatch' || s === 'assign';

export function useTriage(order: OrderDetail, menu: MenuView, initial: Segment | undefined, reload: () => Promise<void>) {
  // The segments offered are the server's: only what this person may do with this order now.
  const segments = SEGMENTS.filter((s) => order.actions.includes(s.tab));
  const [chosen, setChosen] = useState<Segment | null>(initial ?? null);
  const segment = segments.find((s) => s.tab === chosen)?.tab ?? segments[0]?.tab;
  const plan = useDispatchPlan(order, menu, segment === 'assign' ? 'assign' : 'dispatch');
  const command = useCommandForm(segment === 'reject' || segment === 'escalate' ? segment : null);
  const form = isPlan(segment) ? plan.form : command;
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [uploading, setUploading] = useState(false);
  // A page closed before its redirect does not redirect.
  const leaving = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(leaving.current), []);

  function send(s: Segment): Promise<OrderDetail> {
    if (s === 'dispatch') return call('order.dispatch', plan.dispatchInput());
    if (s === 'assign') return call('order.assign', plan.assignInput());
    return runCommand(order, s, command.values);
  }

  async function submit() {
    if (busy || done || !segment) return;
    if (!form.check()) return toast.error(CHECK_FAILED);
    if (uploading) return toast.info('图片还在上传，请稍候');
    setBusy(true);
    try {
      await send(segment);
      setDone(true);
      const member = plan.form.values.member;
      toast.success(segment === 'dispatch' ? '已发布到接单大厅' : segment === 'assign' ? `已指派给${member!.realName}，等待党员响应` : SPECS[segment].done);
      // Let the toast be read, then show the order as it is now.
      leaving.current = setTimeout(() => void Taro.redirectTo({ url: `${ROUTES.order}?id=${encodeURIComponent(order.id)}` }), 800);
    } catch (e) {
      if (e instanceof ApiError) {
        const fields: FieldErrors = { ...e.fields };
        if (CODE_FIELD[e.code] && !Object.keys(fields).length) fields[CODE_FIELD[e.code]] = e.message;
        form.show(fields);
        if (STALE.includes(e.code)) void reload();
      }
      toast.error(e);
    } finally {
      setBusy(false);
    }
  }

  return {
    segments,
    segment,
    choose(s: Segment) {
      setChosen(s);
      form.show({});
    },
    plan,
    command,
    busy,
    done,
    setUploading,
    submit,
  };
}
