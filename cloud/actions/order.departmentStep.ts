import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { note, orderRef, photos } from './shared/schemas';

const COMMAND = { progress: 'dept_progress', resolve: 'dept_resolve', return: 'dept_return' } as const;

/** The department that has the order: 进展, 办结 (→ 待评价), or 退回街道 with the reason. */
export default defineAction(
  'order.departmentStep',
  z.object({ ...orderRef, note, photos, step: z.enum(['progress', 'resolve', 'return'], { error: '请选择办理结果' }) }),
  (input, ctx) =>
    runTransition(ctx, { ...input, command: () => ({ type: COMMAND[input.step], note: input.note, photos: input.photos }) }),
);
