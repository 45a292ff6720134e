/**
 * The `timer` cloud function, on a cron trigger: the sweep (overdue, auto-close, unanswered assignments) and the
 * delivery of queued subscribe messages.
 */
import { sweep } from '../jobs/sweep';
import { cloudDeps } from './deps';

export async function main() {
  const { store, platform } = cloudDeps();
  const report = await sweep(store, new Date());
  return { ...report, messagesSent: await platform.drainOutbox() };
}
