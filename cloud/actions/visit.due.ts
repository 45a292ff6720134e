import { z } from 'zod';
import type { DueVisitView } from '../../types/visits';
import { DomainError } from '../domain/domain.error';
import { dueList, visitScope } from '../domain/visits';
import { decodeCursor, toPage } from '../store/cursor';
import { residentLine } from '../views/visit.view';
import { defineAction } from './shared/action';
import { id, pageInput } from './shared/schemas';

/** The instant the due day starts (China time): the sort key a page's cursor carries. */
const dueInstant = (v: DueVisitView) => new Date(`${v.dueDate}T00:00:00+08:00`).toISOString();

/**
 * 待走访 / 已逾期: the records of the caller's grids (staff: of the community, or one grid of it) due for a visit,
 * most overdue first, with the counts of the whole list.
 */
export default defineAction(
  'visit.due',
  z.object({ ...pageInput, communityId: id, gridId: id.optional() }),
  async (input, ctx) => {
    const scope = visitScope(ctx, input.communityId);
    if (!scope || (input.gridId && scope.gridIds && !scope.gridIds.includes(input.gridId))) throw new DomainError('AUTH.FORBIDDEN');
    const [community, menu] = await Promise.all([ctx.store.getCommunity(input.communityId), ctx.store.getMenu(input.communityId)]);
    if (input.gridId && !menu.grids.some((g) => g.id === input.gridId)) throw new DomainError('GRID.NOT_FOUND');
    const after = decodeCursor(input.cursor ?? null);
    const gridIds = input.gridId ? [input.gridId] : (scope.gridIds ?? undefined);
    const schedule = await ctx.store.visitSchedule({ communityId: input.communityId, gridIds });
    const gridName = (gridId: string | null) => menu.grids.find((g) => g.id === gridId)?.name ?? null;
    const all = dueList(schedule, community!.settings.visitDays, ctx.now).map(
      ({ record, schedule: s }): DueVisitView => ({ ...residentLine(record, gridName(record.gridId)), ...s }),
    );
    const rest = after ? all.filter((v) => dueInstant(v) > after[0]! || (dueInstant(v) === after[0] && v.residentId > after[1])) : all;
    return {
      ...toPage(rest.slice(0, input.limit + 1), input.limit, (v) => [dueInstant(v), v.residentId]),
      counts: { overdue: all.filter((v) => v.status === 'overdue').length, due: all.filter((v) => v.status === 'due').length },
    };
  },
);
