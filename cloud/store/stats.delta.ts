/**
 * What folding a batch of facts changes, for either adapter: each fact that replaces an older one (or none) takes
 * the old contribution away from its rows and adds its own, netted per row, so an order that moved category, grid
 * or members moves its counts and one folded twice changes nothing.
 */
import type { StatsFact } from '../domain/stats.facts';
import { addInto, emptyDay, emptyMember, type DayTotals, type MemberTotals } from '../domain/stats.figures';

export interface DayDelta {
  communityId: string;
  day: string;
  categoryId: string;
  gridId: string;
  counters: DayTotals;
}

export interface MemberDelta {
  communityId: string;
  day: string;
  memberId: string;
  counters: MemberTotals;
}

export interface StatsDeltas {
  days: DayDelta[];
  members: MemberDelta[];
  /** Change of each community's count of active orders past their deadline. */
  overdueNow: Map<string, number>;
  /** The facts to store (the newest of each order that is newer than the one stored). */
  facts: StatsFact[];
}

export const dayKey = (r: { communityId: string; day: string; categoryId: string; gridId: string }) => `${r.communityId}|${r.day}|${r.categoryId}|${r.gridId}`;
export const memberKey = (r: { communityId: string; day: string; memberId: string }) => `${r.communityId}|${r.day}|${r.memberId}`;

const nonZero = (c: Record<string, number>) => Object.values(c).some((v) => v !== 0);

/** The deltas of folding `facts` over the stored facts `old` (by order id). */
export function deltasOf(facts: readonly StatsFact[], old: ReadonlyMap<string, StatsFact>): StatsDeltas {
  const newest = new Map<string, StatsFact>();
  for (const f of facts) if ((newest.get(f.orderId)?.version ?? -1) < f.version) newest.set(f.orderId, f);
  const days = new Map<string, DayDelta>();
  const members = new Map<string, MemberDelta>();
  const overdueNow = new Map<string, number>();
  const apply = (f: StatsFact, sign: number) => {
    const dk = dayKey(f);
    const d = days.get(dk) ?? days.set(dk, { communityId: f.communityId, day: f.day, categoryId: f.categoryId, gridId: f.gridId, counters: emptyDay() }).get(dk)!;
    addInto(d.counters, f.counters, sign);
    for (const m of f.members) {
      const mk = memberKey({ ...f, memberId: m.memberId });
      const row = members.get(mk) ?? members.set(mk, { communityId: f.communityId, day: f.day, memberId: m.memberId, counters: emptyMember() }).get(mk)!;
      addInto(row.counters, m.counters, sign);
    }
    if (f.overdueNow) overdueNow.set(f.communityId, (overdueNow.get(f.communityId) ?? 0) + sign);
  };
  const stored: StatsFact[] = [];
  for (const f of newest.values()) {
    const before = old.get(f.orderId);
    if (before && before.version >= f.version) continue;
    if (before) apply(before, -1);
    apply(f, 1);
    stored.push(f);
  }
  for (const [k, v] of overdueNow) if (v === 0) overdueNow.delete(k);
  return {
    days: [...days.values()].filter((d) => nonZero(d.counters)),
    members: [...members.values()].filter((m) => nonZero(m.counters)),
    overdueNow,
    facts: stored,
  };
}

