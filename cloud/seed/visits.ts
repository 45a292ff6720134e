/**
 * The demo street's 民情日记: visits to the resident records already seeded (by their keepers), so that some records
 * are overdue, some due within days and some on schedule, one visit with a need not yet turned into a 代点单.
 * Run after the records are seeded; a community without records gets no visits.
 */
import { randomUUID } from 'node:crypto';
import type { Visit } from '../../types/visits';
import { intervalDays } from '../domain/visits';
import type { Store } from '../store/store.port';

const DAY = 86_400_000;

/**
 * Each third of the records: days since the last visit (from the record's interval), whether an earlier visit came
 * one interval before it, and what the last one found. Overdue by 3 days; due in 2; visited yesterday, with a need.
 */
const PLAN: { lastAgo: (interval: number) => number; earlier: boolean; found: string; needs: string | null }[] = [
  { lastAgo: (d) => d + 3, earlier: true, found: '老人精神不错，药按时吃，屋里有些乱', needs: null },
  { lastAgo: (d) => d - 2, earlier: true, found: '电话联系上了，说最近腰疼，少出门', needs: null },
  { lastAgo: () => 1, earlier: false, found: '冰箱里快空了，子女在外地，出门买菜不方便', needs: '希望每周有人帮忙买一次菜' },
];

/** Visits for the tagged records of `communityId`, timed against `now`. Returns how many were logged. */
export async function seedVisits(store: Store, communityId: string, now: Date): Promise<number> {
  const community = await store.getCommunity(communityId);
  if (!community) return 0;
  // In the order the records were written (their demo phones count up), not the store's id order (random ids): the
  // same records are overdue, due and visited on every start.
  const schedule = (await store.visitSchedule({ communityId })).sort((a, b) => (a.record.phone < b.record.phone ? -1 : 1));
  let logged = 0;
  for (const [i, { record }] of schedule.entries()) {
    const interval = intervalDays(record.tags, community.settings.visitDays);
    if (interval === null) continue;
    const plan = PLAN[i % PLAN.length];
    const ago = plan.lastAgo(interval);
    const days = plan.earlier ? [ago + interval, ago] : [ago];
    for (const [k, d] of days.entries()) {
      const at = new Date(now.getTime() - d * DAY).toISOString();
      const last = k === days.length - 1;
      const visit: Visit = {
        id: randomUUID(), recordId: record.id, communityId, at, way: k % 2 ? 'phone' : 'door',
        found: last ? plan.found : '上门看望，身体状况稳定', needs: last ? plan.needs : null, photos: [],
        loggedBy: record.createdBy, loggedAt: at, orderId: null, orderLinkedBy: null, orderLinkedAt: null,
      };
      await store.logVisit(visit);
      logged++;
    }
  }
  return logged;
}
