import { z } from 'zod';
import { LIMITS } from '../../types/limits';
import { defineAction } from './shared/action';
import { runTransition } from './shared/order.run';
import { optionalText, orderRef, reason } from './shared/schemas';

/** Staff decline an order, saying why and where else to turn (e.g. 请拨打12345). */
export default defineAction(
  'order.reject',
  z.object({ ...orderRef, reason, referral: optionalText('转介建议', LIMITS.referral) }),
  (input, ctx) => runTransition(ctx, { ...input, command: () => ({ type: 'reject', reason: input.reason, referral: input.referral }) }),
);
