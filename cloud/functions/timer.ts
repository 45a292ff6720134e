/**
 * The `timer` cloud function, on a cron trigger: the sweep (time limits, auto-close, unanswered assignments,
 * reminders), the dashboard aggregates brought up to date, the removal of photos never attached, and the delivery
 * of stored notices as subscribe messages.
 */
import { deliver } from '../jobs/deliver';
import { foldStats } from '../jobs/stats.fold';
import { sweep } from '../jobs/sweep';
import { removeStaleUploads } from '../jobs/uploads';
import { cloudDeps } from './deps';

export async function main() {
  const { store, platform } = cloudDeps();
  const report = await sweep(store, new Date());
  // A backlog (the first run on an old database) is folded over several runs, leaving time for the rest.
  const stats = await foldStats(store, new Date(), { budgetMs: 20_000 });
  const uploadsRemoved = await removeStaleUploads(store, platform, new Date());
  const pushes = await deliver(store, platform);
  return { ...report, statsFolded: stats.folded, uploadsRemoved, messagesSent: pushes.sent, messages: pushes };
}
