/**
 * The department rung's sheets (order-commands.ts SPECS): the street's 转派职能部门, and the department's 进展, 办结 and
 * 退回街道.
 */
import type { CommandSpec } from './order-commands';

export const DEPARTMENT_SPECS: Record<'to_department' | 'dept_progress' | 'dept_resolve' | 'dept_return', CommandSpec> = {
  to_department: {
    title: '转派职能部门',
    hint: '交由本街道的职能部门限期办结，办理情况纳入部门考核。',
    fields: ['department', 'deadline', 'note'],
    required: ['department', 'deadline', 'note'],
    missing: { note: '请填写转派说明', department: '请选择职能部门' },
    labels: { deadline: '部门办结时限', note: '转派说明' },
    placeholders: { note: '例如：小区门口占道经营，请城管中队处理' },
    confirmText: '确认转派',
    done: '已转派职能部门',
  },
  dept_progress: { title: '反馈办理进展', fields: ['note', 'photos'], required: ['note'], confirmText: '提交', done: '进展已反馈' },
  dept_resolve: { title: '部门办结', hint: '办结后请居民确认并评价', fields: ['note', 'photos'], required: ['note'], confirmText: '确认办结', done: '已办结，等待居民评价' },
  dept_return: {
    title: '退回街道',
    fields: ['note'],
    required: ['note'],
    missing: { note: '请填写退回原因' },
    labels: { note: '退回原因' },
    placeholders: { note: '例如：不属于本部门职责，建议转住建办' },
    confirmText: '确认退回',
    done: '已退回街道',
  },
};
