/**
 * Demo 职能部门: the street's admin (周明, also its street staff) keeps 城管中队, 住建办 and 物业管理科 and makes 黄磊
 * staff of 城管中队; three escalated orders went on to 城管中队: one in hand (with progress), one past its department
 * deadline (the first sweep marks it), one resolved and awaiting the resident's rating. Made through the real actions,
 * on the seed's moving clock.
 */
import type { ActionInput, ActionName, ActionOutput } from '../../types/actions';
import type { OrderDetail } from '../../types/views';

export interface DepartmentSeed {
  call: <A extends ActionName>(openid: string, action: A, data: ActionInput<A>) => Promise<ActionOutput<A>>;
  /** Moves the seed's clock to this long before now, and returns it. */
  at: (ago: number) => Date;
  /** A resident's order in the demo community, of service `cat`. */
  submit: (title: string, cat: number, extra?: Partial<ActionInput<'order.submit'>>) => Promise<OrderDetail>;
  /** An instant this many days after the seed's clock. */
  deadline: (days: number) => string;
  streetId: string;
  /** Community staff who escalate, street staff who send on, and the department's staff. */
  staff: string;
  street: string;
  dept: string;
  deptUserId: string;
}

const DAY = 24 * 3600_000;

export const DEPARTMENT_ACCOUNT = { openid: 'demo-dept', name: '黄磊', label: '职能部门（城管中队）' };

export async function seedDepartments(s: DepartmentSeed): Promise<void> {
  s.at(10 * DAY);
  const save = (name: string, contactName: string, contactPhone: string) =>
    s.call(s.street, 'department.save', { streetId: s.streetId, department: { name, contactName, contactPhone } });
  const chengguan = await save('城管中队', '黄磊', '13905190101');
  await save('住建办', '马俊', '13905190102');
  await save('物业管理科', '顾敏', '13905190103');
  await s.call(s.street, 'department.grant', { departmentId: chengguan.id, userId: s.deptUserId });

  /** Submitted `ago` back, escalated, and sent on to 城管中队 with its deadline `days` later. */
  const sent = async (ago: number, title: string, days: number, note: string) => {
    s.at(ago);
    const order = await s.submit(title, 9);
    await s.call(s.staff, 'order.escalate', { orderId: order.id, note: '需要街道协调执法力量', deadline: s.deadline(days + 5) });
    await s.call(s.street, 'order.toDepartment', { orderId: order.id, departmentId: chengguan.id, deadline: s.deadline(days), note });
    return order.id;
  };
  const done = await sent(6 * DAY, '小区门口占道经营，老人出行不便', 3, '占道经营，请城管中队依法处理');
  s.at(2 * DAY);
  await s.call(s.dept, 'order.departmentStep', { orderId: done, step: 'resolve', note: '已劝离流动摊贩，并在门口设置禁止占道提示牌' });
  await sent(4 * DAY, '楼顶违章搭建，存在安全隐患', 2, '违章搭建，请城管中队核查拆除');
  const busy = await sent(1 * DAY, '路边建筑垃圾长期堆放', 3, '建筑垃圾堆放，请城管中队督促清运');
  s.at(12 * 3600_000);
  await s.call(s.dept, 'order.departmentStep', { orderId: busy, step: 'progress', note: '已联系施工方，约定明天清运' });
}
