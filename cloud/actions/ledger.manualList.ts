import { z } from 'zod';
import type { ManualEntryView } from '../../types/points';
import { defineAction } from './shared/action';
import { requireStaff } from './shared/caller';
import { id, pageInput } from './shared/schemas';

const CST = 8 * 3_600_000;
/** The first instant of a month at +08:00 (`month` 1-based; 13 is January of the next year). */
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - CST);

/** 积分补录记录: every manual entry of the community, newest first — for whom, how much, why, by whom, when. Staff only. */
export default defineAction(
  'ledger.manualList',
  z.object({
    ...pageInput,
    communityId: id,
    memberId: id.optional(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-01').optional(),
  }),
  async (input, ctx) => {
    await requireStaff(ctx, input.communityId);
    const [year, month] = input.month ? input.month.split('-').map(Number) : [];
    const page = await ctx.store.manualEntries(
      { communityId: input.communityId, memberId: input.memberId, ...(input.month ? { from: monthStart(year, month), to: monthStart(year, month + 1) } : {}) },
      { cursor: input.cursor ?? null, limit: input.limit },
    );
    const ids = [...new Set(page.items.flatMap((e) => [e.memberId, ...(e.createdBy ? [e.createdBy] : [])]))];
    const names = new Map((ids.length ? await ctx.store.getUsers(ids) : []).map((u) => [u.id, u.name]));
    // Members as their 报到 names them, as on orders.
    const memberIds = [...new Set(page.items.map((e) => e.memberId))];
    const profiles = await Promise.all(memberIds.map((m) => ctx.store.getMember(m, input.communityId)));
    const realNames = new Map(profiles.flatMap((p) => (p ? [[p.userId, p.realName] as const] : [])));
    const items = page.items.map(
      (e): ManualEntryView => ({
        id: e.id,
        memberId: e.memberId,
        memberName: realNames.get(e.memberId) || names.get(e.memberId) || '党员',
        points: e.points,
        hours: e.hours,
        reason: e.reason ?? '',
        createdBy: e.createdBy,
        createdByName: (e.createdBy && names.get(e.createdBy)) || '工作人员',
        at: e.at,
      }),
    );
    return { ...page, items };
  },
);
