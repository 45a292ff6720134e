import { z } from 'zod';
import { defineAction } from './action';
import { runTransition } from './order.run';
import { orderRef } from './schemas';

/** The assigned member takes the order on. */
export default defineAction('order.accept', z.object(orderRef), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'accept' }) }),
);
