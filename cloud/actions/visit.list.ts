import { z } from 'zod';
import { isStaffOf } from '../domain/access';
import { scheduleOf } from '../domain/visits';
import { residentLine, visitViews } from '../views/visit.view';
import { defineAction } from './shared/action';
import { id, pageInput } from './shared/schemas';
import { recordToVisit } from './shared/visits';

/** 民情日记 of one record: where its schedule stands today and its visits, newest first. */
export default defineAction('visit.list', z.object({ ...pageInput, residentId: id }), async (input, ctx) => {
  const record = await recordToVisit(ctx, input.residentId);
  const page = await ctx.store.listVisits(record.id, { cursor: input.cursor ?? null, limit: input.limit });
  // The latest visit heads the first page; later pages ask for it.
  const latest = input.cursor ? (await ctx.store.listVisits(record.id, { cursor: null, limit: 1 })).items[0] : page.items[0];
  const [community, menu] = await Promise.all([ctx.store.getCommunity(record.communityId), ctx.store.getMenu(record.communityId)]);
  const gridName = menu.grids.find((g) => g.id === record.gridId)?.name ?? null;
  return {
    resident: { ...residentLine(record, gridName), schedule: scheduleOf(record, latest?.at ?? null, community!.settings.visitDays, ctx.now) },
    items: await visitViews(ctx, page.items, isStaffOf(ctx, record.communityId)),
    nextCursor: page.nextCursor,
  };
});
