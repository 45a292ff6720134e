/**
 * 部门考核 on the street's dashboard: each department's figures, read by the store through the orders' department
 * index over the period (a bounded read, not a scan of the street's orders).
 */
import type { DepartmentFiguresRow } from '../../../types/stats';
import type { Store } from '../../store/store.port';

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The street's departments over orders sent to them in [from, to): active ones always, retired ones if they got any. */
export async function departmentFigures(store: Store, streetId: string, p: { from: string; to: string }): Promise<DepartmentFiguresRow[]> {
  const departments = await store.listDepartments(streetId);
  if (departments.length === 0) return [];
  const figures = await store.departmentFigures(departments.map((d) => d.id), new Date(p.from), new Date(p.to));
  return departments.flatMap((d) => {
    const f = figures.find((x) => x.departmentId === d.id);
    if (!f && !d.active) return [];
    const { received = 0, resolved = 0, resolvedOnTime = 0, rated = 0, satisfied = 0 } = f ?? {};
    return [{ departmentId: d.id, name: d.name, received, resolved, onTimeRate: share(resolvedOnTime, resolved), satisfaction: share(satisfied, rated) }];
  });
}
