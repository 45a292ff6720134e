import { z } from 'zod';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { orderRef, reason } from './shared/schemas';

/**
 * 代为结单: staff end a team order's work for the team, with the reason (a member fell ill, went silent); the resident
 * is asked to rate it, and only the members who reported their part are paid.
 */
export default defineAction('order.closeTeam', z.object({ ...orderRef, reason }), (input, ctx) =>
  runTransition(ctx, { ...input, command: () => ({ type: 'close_team', reason: input.reason }) }),
);
