import { z } from 'zod';
import type { Community } from '../../types/domain';
import { BOARD_PERIODS } from '../../types/points';
import { belongsTo, isStreetOf } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { BOARD_DEPTH, periodMonths, pioneerCard, rankBoard, type BoardInput } from '../domain/leaderboard';
import type { BoardRow } from '../store/points.port';
import { defineAction, type ActionContext } from './shared/action';
import { id, instant } from './shared/schemas';

const scope = z.union([z.object({ communityId: id }).strict(), z.object({ streetId: id }).strict()], { error: '请选择社区或街道' });

/** The communities a scope covers, if the caller may read its board: anyone of the community, or of the street. */
async function communitiesOf(ctx: ActionContext, s: z.infer<typeof scope>): Promise<{ list: Community[]; name: string }> {
  const all = await ctx.store.listCommunities();
  if ('communityId' in s) {
    const community = all.find((c) => c.id === s.communityId);
    if (!community || !belongsTo(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
    return { list: [community], name: community.name };
  }
  const list = all.filter((c) => c.streetId === s.streetId);
  if (!isStreetOf(ctx, s.streetId) && !list.some((c) => belongsTo(ctx, c))) throw new DomainError('AUTH.FORBIDDEN');
  return { list, name: '全街道' };
}

/** The rows that can reach the board: the best by verified figures and the best by manual ones. */
function contenders(rows: BoardRow[]): BoardRow[] {
  const top = (key: (r: BoardRow) => [number, number]) =>
    rows.filter((r) => key(r)[0] > 0 || key(r)[1] > 0).sort((a, b) => key(b)[0] - key(a)[0] || key(b)[1] - key(a)[1]).slice(0, BOARD_DEPTH * 2);
  return [...new Set([...top((r) => [r.points, r.hours]), ...top((r) => [r.manualPoints, r.manualHours])])];
}

/**
 * 先锋榜: members of a community or of every community of a street ranked by verified points and hours for the
 * month, quarter or year holding `at` (default now), with manual entries apart. Names and branches, never phones.
 */
export default defineAction(
  'leaderboard.get',
  z.object({ scope, period: z.enum(BOARD_PERIODS, { error: '请选择本月、本季或本年' }), at: instant('日期').optional() }),
  async (input, ctx) => {
    const { list, name } = await communitiesOf(ctx, input.scope);
    const months = periodMonths(input.period, input.at ? new Date(input.at) : ctx.now);
    const rows = contenders(await ctx.store.ledgerBoard(list.map((c) => c.id), months));
    const names = new Map(list.map((c) => [c.id, c.name]));
    const inputs = await Promise.all(
      rows.map(async (r): Promise<BoardInput[]> => {
        const profile = await ctx.store.getMember(r.memberId, r.communityId);
        return profile ? [{ ...r, card: pioneerCard(profile), communityName: names.get(r.communityId) ?? '' }] : [];
      }),
    );
    const { fromDay, toDay, label } = months;
    return { period: input.period, fromDay, toDay, label, scopeName: name, ...rankBoard(inputs.flat()) };
  },
);
