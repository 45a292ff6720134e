/**
 * 职能部门: the street's functional departments (城管, 住建, 物业主管部门…), the last rung of the ladder
 * community → street → department. Both sides read these; nothing here runs.
 */

/** A department kept by its street's admin; a retired one (active false) takes no new orders. */
export interface Department {
  id: string;
  streetId: string;
  name: string;
  /** Who the street calls about its work (联系人) and their phone. */
  contactName: string;
  contactPhone: string;
  active: boolean;
}

/** A department with the people granted `department_staff` there (部门工作人员). */
export interface DepartmentView extends Department {
  staff: { userId: string; name: string }[];
}

/** A street admin's department as the form sends it (no id: a new one). */
export interface DepartmentInput {
  id?: string;
  name: string;
  contactName: string;
  contactPhone: string;
  active?: boolean;
}

/** Where an order stands with the department the street sent it to (`Order.department`). */
export interface DepartmentTask {
  departmentId: string;
  /** Its name when the street sent it (as holders keep theirs). */
  name: string;
  /** 部门办结时限. */
  deadline: string;
  sentAt: string;
  /** When the sweep found it still with the department past its deadline (once). */
  overdueAt: string | null;
  /** null while the department has it; resolved (办结) or returned to the street (退回街道). */
  outcome: 'resolved' | 'returned' | null;
  endedAt: string | null;
}

/** A department's queue: 办理中, 已超期 (still with it past its deadline), 已办结, 已退回. */
export const DEPARTMENT_TABS = ['active', 'overdue', 'resolved', 'returned'] as const;
export type DepartmentTab = (typeof DEPARTMENT_TABS)[number];

export const DEPARTMENT_TAB_NAMES: Record<DepartmentTab, string> = {
  active: '办理中',
  overdue: '已超期',
  resolved: '已办结',
  returned: '已退回',
};

/** A department's step on an order it has: 进展, 办结, 退回街道. */
export type DepartmentStep = 'progress' | 'resolve' | 'return';
