/**
 * What the department actions share: a department with its staff, as the street's pages show it.
 */
import type { Department, DepartmentView } from '../../../types/departments';
import type { Store } from '../../store/store.port';

/** These departments with the people granted their staff role. */
export async function withStaff(store: Store, departments: Department[]): Promise<DepartmentView[]> {
  const staff = departments.length > 0 ? await store.departmentStaff(departments.map((d) => d.id)) : [];
  return departments.map((d) => ({
    ...d,
    staff: staff.filter((s) => s.departmentId === d.id).map(({ userId, name }) => ({ userId, name })),
  }));
}
