/**
 * The `timer` cloud function, on a cron trigger: the sweep (time limits, auto-close, unanswered assignments,
 * reminders) and the delivery of stored notices as subscribe messages.
 */
import { deliver } from '../jobs/deliver';
import { sweep } from '../jobs/sweep';
import { cloudDeps } from './deps';

export async function main() {
  const { store, platform } = cloudDeps();
  const report = await sweep(store, new Date());
  const pushes = await deliver(store, platform);
  return { ...report, messagesSent: pushes.sent, messages: pushes };
}
