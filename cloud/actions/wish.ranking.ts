import { z } from 'zod';
import { belongsTo } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { defineAction } from './shared/action';
import { id, instant } from './shared/schemas';

/** Ranks are shown this deep. */
const DEPTH = 20;
/** Periods are calendar years in China Standard Time unless the caller names one. */
const CST = 8 * 3_600_000;
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1) - CST);

/** Realised wishes per member and per unit in a period, for anyone of the community (or street staff above it). */
export default defineAction(
  'wish.ranking',
  z.object({ communityId: id, from: instant('开始时间').optional(), to: instant('结束时间').optional() }),
  async (input, ctx) => {
    const community = await ctx.store.getCommunity(input.communityId);
    if (!community || !belongsTo(ctx, community)) throw new DomainError('AUTH.FORBIDDEN');
    const year = new Date(ctx.now.getTime() + CST).getUTCFullYear();
    const from = input.from ? new Date(input.from) : yearStart(year);
    const to = input.to ? new Date(input.to) : yearStart(year + 1);
    const rows = await ctx.store.wishRanking(community.id, from, to, DEPTH * 2);
    const of = (kind: 'member' | 'unit') => rows.filter((r) => r.kind === kind).slice(0, DEPTH).map(({ name, count }) => ({ kind, name, count }));
    return { from: from.toISOString(), to: to.toISOString(), members: of('member'), units: of('unit') };
  },
);
