/**
 * 三本帐 and the other exports staff download as .xlsx: what may be asked for, and how the screens name it.
 */

/** 问题帐 (orders), 办法帐 (the steps taken on them), 民意帐 (ratings, 回访, 未解决), members' hours and points. */
export type ExportKind = 'problems' | 'steps' | 'opinions' | 'hours';

export const EXPORT_KINDS = ['problems', 'steps', 'opinions', 'hours'] as const satisfies readonly ExportKind[];

export const EXPORT_KIND_LABEL: Record<ExportKind, string> = {
  problems: '问题帐',
  steps: '办法帐',
  opinions: '民意帐',
  hours: '服务时长与积分',
};

/** What each export holds, as the export page explains it. */
export const EXPORT_KIND_HINT: Record<ExportKind, string> = {
  problems: '每条需求：何时、谁提出、类别、网格、状态、时限、是否按时办结',
  steps: '每条需求的办理过程：谁、何时、做了什么、说明',
  opinions: '居民评价、回访结果、未解决原因',
  hours: '党员服务时长和积分，核实记录与手动补录分开',
};

/** One community's staff export that community; street staff a whole street. */
export type ExportScope = { communityId: string } | { streetId: string };

/** A running export has written `rows` so far; a failed one wrote no file. */
export type ExportState = 'running' | 'done' | 'failed';

export const EXPORT_STATE_LABEL: Record<ExportState, string> = { running: '生成中', done: '已完成', failed: '未成功' };

/** An export as the export page lists it: recent ones of the scope, the running one with its progress. */
export interface ExportView {
  id: string;
  kind: ExportKind;
  from: string;
  to: string;
  state: ExportState;
  rows: number;
  /** The file's name, e.g. 东头村社区-问题帐-2026-11-01至2026-11-30.xlsx. */
  name: string;
  /** Set once done. */
  fileId: string | null;
  /** Who asked for it. */
  byName: string;
  at: string;
}
