/**
 * Dashboard scale: stats.community (c1) and stats.street (st1, four communities) through the host over HTTP, as the
 * district's history grows to 10k, 100k and 1M orders.
 *
 * What the dashboards read is the aggregate tables (migration 011), never the orders; so each level loads those
 * tables as the fold job would leave them for that many orders of the list section's history (data.ts: one order
 * every 90 s going back from now, 40% in c1, six categories × four grids per community), with set-based SQL from
 * the same kind of per-order draws. The orders themselves are not loaded. The fold job is measured apart, on real
 * bulk orders (data.ts; without timelines, so the timeline read is a cheap empty one).
 *
 * The ratio compares the last 7 days (within the history at every level: 10k orders span 10 days) — the same
 * period asked of a short and a long history. The last 365 days are measured too: they read more rows until the
 * history covers a year, as they should.
 */
import { foldStats } from '../cloud/jobs/stats.fold';
import { DAY_COUNTERS, MEMBER_COUNTERS } from '../cloud/domain/stats.facts';
import type { Db } from '../cloud/store/pg/db';
import { BULK_MEMBERS, bulkOrders, bulkPeople, benchPlaces, C1_SHARE, COMMUNITIES, SPACING_SECONDS } from './data';
import { makeWithRole, startBenchHost, type Engine } from './env';
import { explain, recording, type PlanNote } from './lists';
import { pgStore } from '../cloud/store/store.pg';
import { fmtCount, p50, p95, round } from './stats';

export interface DashboardOptions {
  levels: number[];
  /** Requests per dashboard per period at each level (after one warm-up). */
  reps: number;
  /** Bulk orders the fold job is timed on. */
  foldOrders: number;
}

const DAY_MS = 86_400_000;
const STATS_TABLES = 'stats_facts, stats_days, stats_member_days, stats_member_months, stats_now, stats_watermark';

/**
 * Per order i (created i × 90 s before t0): its community, category, grid and day, and 0/1 counters drawn from
 * independent hashes in proportions like a real community's; summed per cell. Columns named as DAY_COUNTERS.
 */
function perOrderSql(): string {
  const h = (k: number) => `abs(hashint8extended(i, ${k})) % 1000`;
  const community = `CASE WHEN ${h(1)} < ${C1_SHARE} THEN 'c1' ELSE 'c' || (2 + (${h(1)} - ${C1_SHARE}) % ${COMMUNITIES.length - 1}) END`;
  const status = `CASE WHEN ${h(2)} < 650 THEN 'closed' WHEN ${h(2)} < 700 THEN 'cancelled' WHEN ${h(2)} < 730 THEN 'rejected'
    WHEN ${h(2)} < 790 THEN 'awaiting_rating' WHEN ${h(2)} < 860 THEN 'in_progress' WHEN ${h(2)} < 940 THEN 'open' ELSE 'submitted' END`;
  const bucket = `(${h(3)} % 13)`;
  const value: Record<string, string> = {
    received: '1',
    accept_due: `(s <> 'cancelled')::int`,
    accept_in_time: `(s <> 'cancelled' AND ${h(4)} < 900)::int`,
    resolved: `(s = 'closed')::int`,
    completed: `(s IN ('closed', 'awaiting_rating'))::int`,
    on_time: `(s IN ('closed', 'awaiting_rating') AND ${h(5)} < 850)::int`,
    rated: `(s = 'closed' AND ${h(6)} < 700)::int`,
    satisfied: `(s = 'closed' AND ${h(6)} < 650)::int`,
    proxy_rated: `(s = 'closed' AND ${h(6)} BETWEEN 700 AND 749)::int`,
    auto_closed: `(s = 'closed' AND ${h(6)} >= 750)::int`,
    unrated: `(s = 'awaiting_rating')::int`,
    reopened: `(s IN ('closed', 'awaiting_rating') AND ${h(7)} < 30)::int`,
    visits: `(s = 'closed' AND ${h(7)} < 300)::int`,
    visits_reached: `(s = 'closed' AND ${h(7)} < 250)::int`,
    visits_unsatisfied: `(s = 'closed' AND ${h(7)} < 20)::int`,
    overdue: `(${h(5)} >= 850)::int`,
  };
  const columns = DAY_COUNTERS.map((c) =>
    c.startsWith('st_') ? `(s = '${c.slice(3)}')::int AS ${c}` : c.startsWith('ah') ? `(s <> 'cancelled' AND ${bucket} = ${c.slice(2)})::int AS ${c}` : `${value[c]} AS ${c}`,
  );
  return `SELECT c AS community_id, day, c || '-k' || (1 + ${h(8)} % 6) AS category_id, c || '-g' || (1 + ${h(8)} / 6 % 4) AS grid_id,
      'bulk-m' || (abs(hashint8extended(i, 9)) % ${BULK_MEMBERS}) AS member_id, ${columns.join(', ')}
    FROM (SELECT i, ${community} AS c, ${status} AS s,
      to_char(($3::timestamptz - interval '1 second' * (i * ${SPACING_SECONDS})) AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD') AS day
      FROM generate_series($1::bigint, $2::bigint) i) o`;
}

/** Adds orders `from` … `to` to the day and member rows (per day and per month) (an upsert: a day the previous level began gets added to). */
async function loadAggregates(db: Db, from: number, to: number, t0: Date): Promise<void> {
  const sum = (cols: readonly string[], table: string) => cols.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ');
  await db.query(
    `INSERT INTO stats_days (community_id, day, category_id, grid_id, ${DAY_COUNTERS.join(', ')})
     SELECT community_id, day, category_id, grid_id, ${DAY_COUNTERS.map((c) => `sum(${c})`).join(', ')}
     FROM (${perOrderSql()}) p GROUP BY 1, 2, 3, 4
     ON CONFLICT (community_id, day, category_id, grid_id) DO UPDATE SET ${sum(DAY_COUNTERS, 'stats_days')}`,
    [from, to, t0],
  );
  const member: Record<string, string> = { served: '1', completed: 'completed', on_time: 'on_time', rated: 'rated', satisfied: 'satisfied', auto_closed: 'auto_closed', reopened: 'reopened' };
  await db.query(
    `INSERT INTO stats_member_days (community_id, day, member_id, ${MEMBER_COUNTERS.join(', ')})
     SELECT community_id, day, member_id, ${MEMBER_COUNTERS.map((c) => `sum(${member[c]})`).join(', ')}
     FROM (${perOrderSql()}) p WHERE st_in_progress + st_awaiting_rating + st_closed > 0 GROUP BY 1, 2, 3
     ON CONFLICT (community_id, day, member_id) DO UPDATE SET ${sum(MEMBER_COUNTERS, 'stats_member_days')}`,
    [from, to, t0],
  );
  await db.query(
    `INSERT INTO stats_member_months (community_id, month, member_id, ${MEMBER_COUNTERS.join(', ')})
     SELECT community_id, substr(day, 1, 7), member_id, ${MEMBER_COUNTERS.map((c) => `sum(${member[c]})`).join(', ')}
     FROM (${perOrderSql()}) p WHERE st_in_progress + st_awaiting_rating + st_closed > 0 GROUP BY 1, 2, 3
     ON CONFLICT (community_id, month, member_id) DO UPDATE SET ${sum(MEMBER_COUNTERS, 'stats_member_months')}`,
    [from, to, t0],
  );
}

/**
 * `reps` timed calls after a warm-up. The warm-up is tried twice: a keep-alive connection left idle while a level
 * loaded may be closed by the host (5 s keep-alive) just as it is reused.
 */
async function timeCalls(url: string, token: string, action: string, data: object, reps: number): Promise<number[]> {
  const call = async () => {
    const res = await fetch(`${url}/api`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ action, data }) });
    const body = (await res.json()) as { code: number | string };
    if (body.code !== 0) throw new Error(`${action}: ${body.code}`);
  };
  await call().catch(call);
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    await call();
    ms.push(performance.now() - start);
  }
  return ms;
}

export async function dashboardScale(engine: Engine, opts: DashboardOptions, say: (s: string) => void) {
  const bh = await startBenchHost(engine, benchPlaces());
  try {
    const { store, db } = bh;
    await bulkPeople(db);
    await makeWithRole(store, 'bench-staff', 'staff', 'c1');
    const street = await store.ensureUser('bench-street', 'bench-street');
    await store.grantRole(street.id, 'street_staff', { streetId: 'st1' });
    const [staffToken, streetToken] = await bh.tokens(['bench-staff', 'bench-street']);
    const t0 = new Date();

    // The fold job on real orders (bulk orders were last changed a day after their creation: fold as of 2 days on),
    // then their aggregates are put away.
    await db.tx((sql) => bulkOrders(sql as Db, 0, opts.foldOrders - 1, t0));
    const f = performance.now();
    const folded = await foldStats(store, new Date(t0.getTime() + 2 * DAY_MS), { maxBatches: Math.ceil(opts.foldOrders / 200) + 1 });
    const foldSeconds = (performance.now() - f) / 1000;
    say(`  fold job: ${folded.folded.toLocaleString('en-US')} orders in ${foldSeconds.toFixed(1)} s (${Math.round(folded.folded / foldSeconds)} orders/s)`);
    await db.exec(`TRUNCATE ${STATS_TABLES}`);

    const periods = {
      week: { from: new Date(t0.getTime() - 7 * DAY_MS).toISOString(), to: t0.toISOString() },
      year: { from: new Date(t0.getTime() - 365 * DAY_MS).toISOString(), to: t0.toISOString() },
    };
    const levels = [];
    let loaded = 0;
    for (const level of opts.levels) {
      const l = performance.now();
      await loadAggregates(db, loaded, level - 1, t0);
      loaded = level;
      await db.exec('VACUUM ANALYZE stats_days');
      await db.exec('VACUUM ANALYZE stats_member_days');
      await db.exec('VACUUM ANALYZE stats_member_months');
      const loadSeconds = (performance.now() - l) / 1000;
      const [{ days, members, weekRows }] = await db.query<{ days: number; members: number; weekRows: number }>(
        `SELECT (SELECT count(*) FROM stats_days)::int AS days, (SELECT count(*) FROM stats_member_days)::int AS members,
           (SELECT count(*) FROM stats_days WHERE community_id = 'c1' AND day >= $1)::int AS "weekRows"`,
        [periods.week.from.slice(0, 10)],
      );
      const measure = async (period: { from: string; to: string }) => ({
        community: await timeCalls(bh.url, staffToken, 'stats.community', { communityId: 'c1', ...period }, opts.reps),
        street: await timeCalls(bh.url, streetToken, 'stats.street', { streetId: 'st1', ...period }, opts.reps),
      });
      // The plans of the two reads a dashboard makes of the aggregates, for c1's last 7 days: what they read.
      const rec = recording(db);
      const recStore = pgStore(rec.db);
      const range = { fromDay: periods.week.from.slice(0, 10), toDay: periods.week.to.slice(0, 10) };
      await recStore.statsDays(['c1'], range, 'week');
      await recStore.statsMembers(['c1'], range);
      const plans: PlanNote[] = await explain(db, rec.take());
      const week = await measure(periods.week);
      const year = await measure(periods.year);
      const result = {
        orders: level,
        dayRows: days,
        memberRows: members,
        c1WeekDayRows: weekRows,
        loadSeconds: round(loadSeconds, 1),
        /** Rows the day and member reads scanned for c1's last 7 days, and the indexes they used. */
        plans: plans.map((p) => ({ rowsRead: p.rowsRead, indexes: p.indexes, seqScans: p.seqScans, execMs: p.execMs })),
        community: { p50Ms: round(p50(week.community)), p95Ms: round(p95(week.community)), yearP50Ms: round(p50(year.community)) },
        street: { p50Ms: round(p50(week.street)), p95Ms: round(p95(week.street)), yearP50Ms: round(p50(year.street)) },
      };
      levels.push(result);
      say(
        `  level ${fmtCount(level)}: ${days.toLocaleString('en-US')} day rows, ${members.toLocaleString('en-US')} member rows (${loadSeconds.toFixed(1)} s); ` +
          `7 days: rows read ${plans.map((p) => p.rowsRead).join(' + ')} (${plans.flatMap((p) => p.indexes).join(', ')}), community p50 ${result.community.p50Ms} ms, street p50 ${result.street.p50Ms} ms; 365 days: ${result.community.yearP50Ms} / ${result.street.yearP50Ms} ms`,
      );
    }
    const first = levels[0];
    const last = levels[levels.length - 1];
    const communityRatio = last.community.p50Ms! / first.community.p50Ms!;
    const streetRatio = last.street.p50Ms! / first.street.p50Ms!;
    return {
      levels,
      fold: { orders: folded.folded, seconds: round(foldSeconds, 1), perSec: Math.round(folded.folded / foldSeconds) },
      community: { ratio: round(communityRatio, 3) },
      street: { ratio: round(streetRatio, 3) },
      ratio: round(Math.max(communityRatio, streetRatio), 3),
      ratioOf: `${fmtCount(last.orders)} / ${fmtCount(first.orders)}`,
    };
  } finally {
    await bh.stop();
  }
}
