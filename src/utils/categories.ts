/**
 * The service menu as people see it: categories in their groups.
 */
import type { Category } from '../../types/domain';

/** Categories by group, groups in the order of their first category (`sort`). */
export function groupCategories(categories: Category[]): [string, Category[]][] {
  const groups = new Map<string, Category[]>();
  for (const c of [...categories].sort((a, b) => a.sort - b.sort)) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups];
}
