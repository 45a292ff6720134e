import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { orderRef } from './shared/schemas';

/** The assigned member takes the order on. */
export default defineAction('order.accept', z.object(orderRef), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'accept' }) }),
);
