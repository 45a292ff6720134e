import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { note, orderRef } from './shared/schemas';

/** 督办: staff urge the members holding the order (or asked to take it), with a note; the order stays where it is. */
export default defineAction('order.urge', z.object({ ...orderRef, note }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'urge', note: input.note }) }),
);
