import { z } from 'zod';
import { isDepartmentStaffIn, isStreetOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { withStaff } from './shared/departments';
import { id } from './shared/schemas';

/** The street's departments with their staff: for its street staff and admins, and the departments' own staff. */
export default defineAction('department.list', z.object({ streetId: id }), async (input, ctx) => {
  if (!isStreetOf(ctx, input.streetId) && !isDepartmentStaffIn(ctx, input.streetId)) throw new DomainError('AUTH.FORBIDDEN');
  return withStaff(ctx.store, await ctx.store.listDepartments(input.streetId));
});
