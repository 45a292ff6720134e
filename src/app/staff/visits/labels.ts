/**
 * How 民情日记 pages word a schedule, and what a visit's need carries into the 代点单 form.
 */
import { LIMITS } from '../../../../types/limits';
import type { DiaryPage, VisitSchedule, VisitView } from '../../../../types/visits';
import { local } from '../../../utils/time';

/** 已逾期3天 / 今天到期 / 2天后到期 / 按期 (no date: no tag asks for visits). */
export function dueText(s: Pick<VisitSchedule, 'daysLeft'>): string {
  if (s.daysLeft === null) return '无需定期走访';
  if (s.daysLeft < 0) return `已逾期${-s.daysLeft}天`;
  return s.daysLeft === 0 ? '今天到期' : `${s.daysLeft}天后到期`;
}

/** 每7天走访一次 · 上次走访 3月2日 (or 尚未走访). */
export function scheduleText(s: VisitSchedule): string {
  const every = s.intervalDays ? `每${s.intervalDays}天走访一次` : '无需定期走访';
  return `${every} · ${s.lastVisitAt ? `上次走访 ${local(s.lastVisitAt).format('M月D日')}` : '尚未走访'}`;
}

/** The 代点单 form's prefill from a visit's need: the query the form reads (residentId, title, description, visitId). */
export function submitForQuery(resident: DiaryPage['resident'], visit: VisitView): Record<string, string> {
  const needs = visit.needs ?? '';
  const title = needs.length > LIMITS.title.max ? needs.slice(0, LIMITS.title.max - 1) + '…' : needs;
  const description = `${local(visit.at).format('M月D日')}${visit.wayName}：${visit.found}\n需求：${needs}`.slice(0, LIMITS.description.max);
  return { residentId: resident.residentId, title, description, visitId: visit.id };
}
