import { z } from 'zod';
import { isStreetAdminOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { withStaff } from './shared/departments';
import { id } from './shared/schemas';

/** The street's admin makes someone staff of one of its departments, or (revoke) no longer; never themselves. */
export default defineAction(
  'department.grant',
  z.object({ departmentId: id, userId: id, revoke: z.boolean().default(false) }),
  async (input, ctx) => {
    const department = await ctx.store.getDepartment(input.departmentId);
    if (!department) throw new DomainError('DEPARTMENT.NOT_FOUND');
    if (!isStreetAdminOf(ctx, department.streetId)) throw new DomainError('AUTH.FORBIDDEN');
    if (input.userId === ctx.user.id) throw new DomainError('DEPARTMENT.SELF_GRANT');
    const [target] = await ctx.store.getUsers([input.userId]);
    if (!target) throw new DomainError('USER.NOT_FOUND');
    await ctx.store.setDepartmentStaff(target.id, department, !input.revoke);
    return (await withStaff(ctx.store, [department]))[0];
  },
);
