/**
 * Input limits and the rules both sides check: the zod schemas, the domain policies and the pages import them from
 * here, so a number or pattern is written once. Messages the user reads when a limit is broken live beside them.
 */
import type { Priority } from './domain';

/** Mainland mobile numbers, or a landline with area code (e.g. 0519-88888888). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_MESSAGE = '请填写正确的手机号或座机号';

/** Lengths in characters, as the user counts them. */
export const LIMITS = {
  title: { min: 2, max: 40 },
  description: { max: 1000 },
  contactName: { max: 20 },
  building: { max: 30 },
  unit: { max: 20 },
  room: { max: 20 },
  reason: { min: 2, max: 200 },
  referral: { max: 100 },
  note: { max: 500 },
  comment: { max: 300 },
  reviewNote: { max: 200 },
  realName: { min: 2, max: 20 },
  workUnit: { max: 50 },
  branch: { max: 50 },
  pledge: { max: 100 },
  skill: { max: 20 },
  skills: { max: 10 },
  displayName: { max: 20 },
  photos: { max: 6 },
  /** Photos one account may upload in an hour; unattached ones are removed after `keepHours`. */
  uploads: { perHour: 30, keepHours: 24 },
  /** Points one order is worth. */
  points: { min: 0, max: 100 },
  /** Members one order needs. */
  headcount: { min: 1, max: 20 },
  /** Service hours reported for one completion. */
  hours: { min: 0.5, max: 24 },
  stars: { min: 1, max: 5 },
  /** A manual ledger entry (积分补录); its upper bounds are the community's caps (settings). */
  manualPoints: { min: 1 },
  manualHours: { min: 0 },
  /** Grids an order's pool may be limited to. */
  poolGrids: { max: 50 },
  /** 居民档案 tags: each one's length, and how many one record carries. */
  residentTag: { max: 10 },
  residentTags: { max: 10 },
  /** Digits of a phone's end to search records by. */
  phoneTail: { min: 3, max: 11 },
  /** Grids one grant names. */
  gridGrant: { max: 20 },
  /** Staff's search box over members. */
  search: { max: 30 },
  /** An export's period (导出时段), in days. */
  exportPeriod: { maxDays: 3 * 366 },
  /** 微心愿: the story, the beneficiary's tag (e.g. 独居老人) and the thanks; a unit's name. */
  story: { min: 5, max: 500 },
  beneficiaryTag: { min: 2, max: 12 },
  thanks: { max: 200 },
  unitName: { min: 2, max: 40 },
  /** 议事: what is wrong, where, who is invited (each entry and how many), the minutes, the decision and the outcome. */
  problem: { min: 5, max: 1000 },
  place: { min: 2, max: 60 },
  invitee: { min: 1, max: 30 },
  invited: { max: 20 },
  attendees: { min: 2, max: 500 },
  minutes: { min: 2, max: 2000 },
  decision: { min: 2, max: 500 },
  outcome: { min: 2, max: 1000 },
  /** 职能部门: a department's name. */
  departmentName: { min: 2, max: 30 },
  /** 元; the community's wishValueCap is the real upper bound. */
  wishValue: { min: 1, max: 100000 },
  /** Items in one page of a list. */
  pageSize: { min: 1, max: 50, default: 20 },
} as const;

/** Days to the time limit (时限) when staff do not set one. */
export const PRIORITY_DEFAULT_DAYS = { high: 1, normal: 3, low: 7 } as const satisfies Record<Priority, number>;

/**
 * Instants a caller may send (dates, deadlines, cursors): the years the service can mean, well inside what both
 * stores accept (PostgreSQL refuses year 0; JavaScript goes past year 275,000).
 */
export const INSTANT_RANGE = { min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) } as const;

export function inInstantRange(iso: string): boolean {
  const t = Date.parse(iso);
  return t >= INSTANT_RANGE.min && t < INSTANT_RANGE.max;
}
