/**
 * 先锋榜 (members ranked by verified points and hours), the 三亮 card, and the audit list of manual entries.
 */

/** 亮承诺 of a member who wrote none of their own. */
export const STANDARD_PLEDGE = '亮身份、亮职责、亮承诺：主动认领群众需求，按时上门、办结到位，服务群众当先锋。';

/** 本月, 本季, 本年 (calendar periods at +08:00). */
export type BoardPeriod = 'month' | 'quarter' | 'year';
export const BOARD_PERIODS: readonly BoardPeriod[] = ['month', 'quarter', 'year'];

export type BoardScope = { communityId: string } | { streetId: string };

/** 三亮 — 亮身份 (name, branch, work unit), 亮服务 (skills), 亮承诺 (pledge). Never a phone. */
export interface PioneerCard {
  memberId: string;
  communityId: string;
  name: string;
  branch: string;
  workUnit: string;
  skills: string[];
  /** The member's own pledge, or the standard one when they wrote none. */
  pledge: string;
}

/** One member on the board: ranked by verified points, then verified hours. */
export interface BoardEntry {
  /** 1-based; members with the same points and hours share a rank. */
  rank: number;
  card: PioneerCard;
  communityName: string;
  points: number;
  hours: number;
}

/** Points and hours staff entered by hand (补录) in the period: shown apart, never part of the rank. */
export interface BoardManual {
  memberId: string;
  name: string;
  communityName: string;
  points: number;
  hours: number;
}

export interface Leaderboard {
  period: BoardPeriod;
  /** The period's first and last day (YYYY-MM-DD at +08:00) and its name, e.g. 2026年第4季度. */
  fromDay: string;
  toDay: string;
  label: string;
  scopeName: string;
  entries: BoardEntry[];
  manual: BoardManual[];
}

/** A manual entry as staff audit it: for whom, how much, why, by whom, when. */
export interface ManualEntryView {
  id: string;
  memberId: string;
  memberName: string;
  points: number;
  hours: number;
  reason: string;
  createdBy: string | null;
  createdByName: string;
  at: string;
}
