import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { id, instant, note, orderRef } from './shared/schemas';

/** 转派职能部门: street staff send an escalated order on to a department of their street, with its own time limit. */
export default defineAction(
  'order.toDepartment',
  z.object({ ...orderRef, departmentId: id, deadline: instant('部门办结时限'), note }),
  (input, ctx) =>
    runTransition(ctx, {
      ...input,
      command: async () => ({
        type: 'to_department',
        department: await ctx.store.getDepartment(input.departmentId),
        deadline: input.deadline,
        note: input.note,
      }),
    }),
);
