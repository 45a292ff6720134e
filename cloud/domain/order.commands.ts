/**
 * What each command carries. Actions build these from parsed input and what they loaded.
 */
import type { MemberProfile, PoolLimit, Priority } from '../../types/domain';
import type { ProxyWay } from '../../types/residents';
import type { Department } from '../../types/departments';

/** What staff decide when they accept an order (受理) and send it on (下单). */
export interface DispatchPlan {
  categoryId: string;
  priority: Priority;
  deadline: string;
  headcount: number;
  points: number;
  poolLimit: PoolLimit | null;
}

export type Command =
  | { type: 'cancel'; reason: string | null }
  | { type: 'reject'; reason: string; referral: string | null }
  | { type: 'dispatch'; plan: DispatchPlan }
  | { type: 'assign'; plan: DispatchPlan; assignee: MemberProfile | null }
  | { type: 'accept' }
  | { type: 'decline'; reason: string }
  | { type: 'claim'; activeClaims: number; maxActiveClaims: number }
  | { type: 'release'; reason: string }
  | { type: 'escalate'; note: string; deadline: string; photos: string[] }
  | { type: 'street_resolve'; note: string; photos: string[] }
  | { type: 'street_return'; note: string; photos: string[] }
  | { type: 'progress'; note: string; photos: string[] }
  | { type: 'complete'; note: string; photos: string[]; hours: number; photoRequired: boolean }
  | { type: 'report_part'; note: string; photos: string[]; hours: number; photoRequired: boolean }
  | { type: 'close_team'; reason: string }
  | { type: 'confirm'; stars: number; comment: string | null }
  | { type: 'rate_for'; stars: number; comment: string | null; way: ProxyWay }
  | { type: 'reopen'; reason: string }
  | { type: 'visit'; note: string; satisfied: boolean; photos: string[]; /** The call reached the resident (default). */ reached?: boolean }
  /** 第三方测评: a satisfaction call by someone who did not serve the order; `stars` when the resident gave some. */
  | { type: 'survey'; reached: boolean; stars: number | null; note: string }
  | { type: 'auto_close' }
  | { type: 'mark_overdue' }
  | { type: 'assign_timeout' }
  | { type: 'accept_overdue' }
  | { type: 'urge'; note: string }
  | { type: 'extend'; deadline: string; reason: string }
  /** From this holder, or (null) from the assignee, or the only holder. */
  | { type: 'recall'; memberId: string | null; reason: string }
  | { type: 'reassign'; assignee: MemberProfile | null; note: string | null }
  /** The sweep: `memberId`'s claim went without progress since before `idleBefore`. */
  | { type: 'claim_remind'; memberId: string; idleBefore: string }
  /** The sweep: `memberId` was reminded before `remindedBefore` and still reported nothing. */
  | { type: 'claim_timeout'; memberId: string; remindedBefore: string }
  /** 转派职能部门: `department` as loaded for the id the street gave (null: no such department). */
  | { type: 'to_department'; department: Department | null; deadline: string; note: string }
  | { type: 'dept_progress'; note: string; photos: string[] }
  | { type: 'dept_resolve'; note: string; photos: string[] }
  | { type: 'dept_return'; note: string; photos: string[] }
  | { type: 'dept_overdue' };

export type CommandOf<T extends Command['type']> = Extract<Command, { type: T }>;
