/**
 * A community's settings as people read and change them: each key's Chinese label, unit and range, written once
 * for the server's checks (cloud/actions/shared/settings.schema.ts) and the 社区设置 page.
 */
import type { Urgency } from './domain';

/** The numbers and lists a community tunes (defaults: DEFAULT_SETTINGS in cloud/domain/policies.ts). */
export interface CommunitySettings {
  /** How many unfinished orders one member may hold at once. */
  maxActiveClaims: number;
  /** Days after completion before an unrated order closes by itself. */
  autoCloseDays: number;
  /** Hours an assigned member has to accept before the order returns to staff. */
  assignTimeoutHours: number;
  /** Most points and hours staff may enter by hand (补录) for one member in one month (+08:00). */
  manualPointsCap: number;
  manualHoursCap: number;
  /** 受理时限: minutes staff have to take up a new order, by its urgency. */
  acceptMinutes: Record<Urgency, number>;
  /** Hours a claim may go without progress before its member is reminded (once). */
  claimRemindHours: number;
  /** Hours after that reminder, still without progress, before the system releases the claim. */
  claimTimeoutHours: number;
  /** The tags a 居民档案 record may carry. */
  residentTags: string[];
  /** 民情日记: days between visits for a record with this tag (the shortest of its tags applies). */
  visitDays: Record<string, number>;
  /** 微心愿: the highest estimated value (元) staff may post. */
  wishValueCap: number;
  /** 微心愿: how many claimed, not yet realised wishes one member or unit may hold. */
  wishHoldLimit: number;
  /** 微心愿: points a member earns for a realised wish when staff set none. */
  wishPoints: number;
  /** 议事: co-signs a topic needs to reach the agenda (联名点题). */
  cosignThreshold: number;
}

/** How a setting is entered: one number, a number per urgency, a list of tags, or days per tag. */
export type SettingKind = 'number' | 'perUrgency' | 'tags' | 'tagDays';

export interface SettingDef {
  label: string;
  /** What the number counts (for `tags`, how many tags). */
  unit: string;
  /** The range of each number (for `tags`, of how many tags there are). */
  min: number;
  max: number;
  kind: SettingKind;
  /** One line under the field on the page. */
  hint: string;
}

export const SETTINGS = {
  maxActiveClaims: { label: '党员同时承接上限', unit: '单', min: 1, max: 20, kind: 'number', hint: '一名党员手头未完成的需求最多几单' },
  manualPointsCap: { label: '每人每月补录积分上限', unit: '分', min: 1, max: 500, kind: 'number', hint: '一名党员一个月内手动补录的积分合计不超过此数' },
  manualHoursCap: { label: '每人每月补录时长上限', unit: '小时', min: 1, max: 100, kind: 'number', hint: '一名党员一个月内手动补录的服务时长合计不超过此数' },
  autoCloseDays: { label: '未评价自动结单', unit: '天', min: 1, max: 30, kind: 'number', hint: '办结后居民一直未评价，过几天自动结单' },
  assignTimeoutHours: { label: '指派接受时限', unit: '小时', min: 1, max: 168, kind: 'number', hint: '指派给党员后，超过时限未接受即退回社区' },
  claimRemindHours: { label: '认领无进展提醒', unit: '小时', min: 1, max: 336, kind: 'number', hint: '认领后多久没有进展就提醒一次' },
  claimTimeoutHours: { label: '提醒后自动释放', unit: '小时', min: 1, max: 168, kind: 'number', hint: '提醒后仍没有进展，再过多久释放回接单大厅' },
  acceptMinutes: { label: '受理时限', unit: '分钟', min: 5, max: 4320, kind: 'perUrgency', hint: '新需求按紧急程度，社区须在时限内受理' },
  residentTags: { label: '居民档案标签', unit: '个', min: 1, max: 20, kind: 'tags', hint: '居民档案可选的标签' },
  visitDays: { label: '走访周期', unit: '天', min: 1, max: 180, kind: 'tagDays', hint: '带该标签的居民每隔几天走访一次' },
  wishValueCap: { label: '微心愿价值上限', unit: '元', min: 10, max: 2000, kind: 'number', hint: '发布微心愿时估价的上限' },
  wishHoldLimit: { label: '微心愿同时认领上限', unit: '个', min: 1, max: 10, kind: 'number', hint: '一名党员或一家单位同时认领未实现的微心愿最多几个' },
  wishPoints: { label: '微心愿默认积分', unit: '分', min: 0, max: 50, kind: 'number', hint: '实现微心愿、社区未另设积分时党员所得' },
  cosignThreshold: { label: '联名点题人数', unit: '人', min: 2, max: 100, kind: 'number', hint: '居民联名达到这个人数，议题进入议事日程' },
} as const satisfies Record<keyof CommunitySettings, SettingDef>;

export type SettingKey = keyof CommunitySettings;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** A number out of a setting's range, as the user reads it. */
export function rangeMessage(key: SettingKey): string {
  const d: SettingDef = SETTINGS[key];
  return d.kind === 'tags' ? `${d.label}须有${d.min}至${d.max}个` : `${d.label}须在${d.min}至${d.max}${d.unit}之间`;
}

/** The urgencies 受理时限 is set for, in the order the page shows them. */
export const SETTING_URGENCIES: Urgency[] = ['life_threatening', 'urgent', 'normal'];

/** One change in a community's settings audit list: who, when, which key, the value before and after. */
export interface SettingsChange {
  communityId: string;
  key: SettingKey;
  old: unknown;
  new: unknown;
  by: string;
  byName: string;
  at: string;
}

/** What 社区设置 shows: the values in force, who may change them, and the latest changes. */
export interface SettingsView {
  communityId: string;
  values: CommunitySettings;
  /** Each key's label, unit and range (the same table the page imports). */
  defs: typeof SETTINGS;
  /** The caller is the community's admin. */
  mayEdit: boolean;
  audit: SettingsChange[];
}
