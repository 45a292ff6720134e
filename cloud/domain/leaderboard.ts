/**
 * 先锋榜 from the month rows of points and hours: the period's months, the ranking by verified points then hours,
 * and the manual entries set apart. Pure.
 */
import type { MemberProfile } from '../../types/domain';
import { STANDARD_PLEDGE, type BoardEntry, type BoardManual, type BoardPeriod, type PioneerCard } from '../../types/points';
import { localDay } from './stats.facts';


/** Members shown on the board, and in its manual list. */
export const BOARD_DEPTH = 50;

export interface PeriodMonths {
  fromMonth: string;
  toMonth: string;
  fromDay: string;
  toDay: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar month, quarter or year (at +08:00) that holds `anchor`. */
export function periodMonths(period: BoardPeriod, anchor: Date): PeriodMonths {
  const [year, month] = localDay(anchor).split('-').map(Number);
  const [first, last] = period === 'month' ? [month, month] : period === 'quarter' ? [month - ((month - 1) % 3), month - ((month - 1) % 3) + 2] : [1, 12];
  const label = period === 'month' ? `${year}年${month}月` : period === 'quarter' ? `${year}年第${(first + 2) / 3}季度` : `${year}年`;
  return {
    fromMonth: `${year}-${pad(first)}`,
    toMonth: `${year}-${pad(last)}`,
    fromDay: `${year}-${pad(first)}-01`,
    toDay: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
    label,
  };
}

/** The 三亮 card of a 报到 profile: what residents may see of a member, nothing more. */
export function pioneerCard(p: MemberProfile): PioneerCard {
  return {
    memberId: p.userId,
    communityId: p.communityId,
    name: p.realName,
    branch: p.branch,
    workUnit: p.workUnit,
    skills: p.skills,
    pledge: p.pledge?.trim() || STANDARD_PLEDGE,
  };
}

/** A member's sums in the period, with their card and community's name. */
export interface BoardInput {
  card: PioneerCard;
  communityName: string;
  points: number;
  hours: number;
  manualPoints: number;
  manualHours: number;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** Ranks by verified points, then verified hours (equal both: the same rank); members with neither are left out. */
export function rankBoard(rows: readonly BoardInput[]): { entries: BoardEntry[]; manual: BoardManual[] } {
  const verified = rows
    .filter((r) => r.points > 0 || r.hours > 0)
    .sort((a, b) => b.points - a.points || b.hours - a.hours || byName(a.card, b.card));
  const entries: BoardEntry[] = [];
  for (const [i, r] of verified.slice(0, BOARD_DEPTH).entries()) {
    const prev = entries[i - 1];
    const tied = prev && prev.points === r.points && prev.hours === r.hours;
    entries.push({ rank: tied ? prev.rank : i + 1, card: r.card, communityName: r.communityName, points: r.points, hours: r.hours });
  }
  const manual = rows
    .filter((r) => r.manualPoints > 0 || r.manualHours > 0)
    .map((r) => ({ memberId: r.card.memberId, name: r.card.name, communityName: r.communityName, points: r.manualPoints, hours: r.manualHours }))
    .sort((a, b) => b.points - a.points || b.hours - a.hours || byName(a, b))
    .slice(0, BOARD_DEPTH);
  return { entries, manual };
}
