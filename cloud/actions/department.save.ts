import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { isStreetAdminOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { withStaff } from './shared/departments';
import { id, phone, text } from './shared/schemas';

const departmentInput = z.object({
  id: id.optional(),
  name: text('部门名称', LIMITS.departmentName),
  contactName: text('联系人', LIMITS.contactName),
  contactPhone: phone,
  active: z.boolean().default(true),
});

/** The street's admin adds a department (no id) or changes one of the street's (name, contact, active). */
export default defineAction('department.save', z.object({ streetId: id, department: departmentInput }), async (input, ctx) => {
  if (!isStreetAdminOf(ctx, input.streetId)) throw new DomainError('AUTH.FORBIDDEN');
  const { id: givenId, ...rest } = input.department;
  if (givenId) {
    const existing = await ctx.store.getDepartment(givenId);
    if (!existing || existing.streetId !== input.streetId) throw new DomainError('DEPARTMENT.NOT_FOUND');
  }
  const department = { ...rest, id: givenId ?? `${input.streetId}-d${randomUUID().slice(0, 8)}`, streetId: input.streetId };
  if (!(await ctx.store.saveDepartment(department))) {
    throw new DomainError('DEPARTMENT.DUPLICATE', { 'department.name': '本街道已有同名的职能部门' });
  }
  return (await withStaff(ctx.store, [department]))[0];
});
