import { z } from 'zod';
import { DEPARTMENT_TABS } from '../../types/departments';
import { isDepartmentStaffOf, isStreetOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { viewPage } from './shared/order.page';
import { id, pageInput } from './shared/schemas';

/** A department's orders by tab (办理中, 已超期, 已办结, 已退回): for its staff and the street above it. */
export default defineAction(
  'department.queue',
  z.object({ ...pageInput, departmentId: id, tab: z.enum(DEPARTMENT_TABS).default('active') }),
  async (input, ctx) => {
    if (!isDepartmentStaffOf(ctx, input.departmentId)) {
      const department = await ctx.store.getDepartment(input.departmentId);
      if (!department || !isStreetOf(ctx, department.streetId)) throw new DomainError('AUTH.FORBIDDEN');
    }
    return viewPage(ctx, { kind: 'department', departmentId: input.departmentId, tab: input.tab, now: ctx.now }, input);
  },
);
