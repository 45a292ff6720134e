/** The part of the store port (store.port.ts) a street keeps its functional departments (职能部门) with. */
import type { Department } from '../../types/departments';

/** One department's 部门考核 figures over orders sent to it in a period. */
export interface DepartmentFigures {
  departmentId: string;
  /** Orders the street sent it in the period (still attributed to it). */
  received: number;
  /** Of those, resolved by it; and resolved by its deadline. */
  resolved: number;
  resolvedOnTime: number;
  /** Of those it resolved, rated by the resident (or 代评), and rated 4 or 5 stars. */
  rated: number;
  satisfied: number;
}

export interface DepartmentPort {
  /** Writes a department whole by id, created or changed; false (nothing written) when another of its street has its name. */
  saveDepartment(department: Department): Promise<boolean>;
  getDepartment(id: string): Promise<Department | null>;
  /** The street's departments, retired ones too, by name. */
  listDepartments(streetId: string): Promise<Department[]>;
  /** Who holds department_staff of these departments, by name. */
  departmentStaff(departmentIds: string[]): Promise<{ departmentId: string; userId: string; name: string }[]>;
  /** Grants (on) or revokes (off) department_staff of the department; granting twice or revoking none changes nothing. */
  setDepartmentStaff(userId: string, department: Pick<Department, 'id' | 'streetId'>, on: boolean): Promise<void>;
  /**
   * The figures of these departments over orders sent to them in [from, to): read through the orders' department
   * index, never a scan of the street's orders. Departments with none are left out.
   */
  departmentFigures(departmentIds: string[], from: Date, to: Date): Promise<DepartmentFigures[]>;
}
