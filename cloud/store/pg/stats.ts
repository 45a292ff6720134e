/**
 * Dashboard aggregates on PostgreSQL (migration 011_stats.sql): a fold batch is one transaction that locks the
 * watermark row (two folds never interleave), moves the batch's contributions in the day and member rows with one
 * upsert each, stores the facts and advances the watermark. Reads sum the period's rows in SQL.
 */
import type { TrendBucket } from '../../../types/stats';
import { DAY_COUNTERS, MEMBER_COUNTERS, type StatsFact } from '../../domain/stats.facts';
import { splitMonths, type DayTotals, type MemberTotals } from '../../domain/stats.figures';
import { deltasOf } from '../stats.delta';
import type { StatsPort, StatsWatermark } from '../stats.port';
import type { Db, Sql } from './db';
import { iso, toEvent, toHolder, toOrder } from './rows';

const CHANGED = `SELECT o.*, (SELECT coalesce(jsonb_agg(jsonb_build_object('member_id', c.member_id, 'claimed_at', c.claimed_at, 'name', u.name)
    ORDER BY c.claimed_at, c.id), '[]') FROM claims c JOIN users u ON u.id = c.member_id WHERE c.order_id = o.id AND c.state <> 'released') AS holders
  FROM orders o`;

/** An upsert adding a jsonb array of rows ($1) to `table`'s counters, keyed by `keys`. */
function addRows(table: string, keys: string[], counters: readonly string[]): string {
  const all = [...keys, ...counters];
  const types = [...keys.map((k) => `${k} text`), ...counters.map((c) => `${c} integer`)].join(', ');
  return `INSERT INTO ${table} (${all.join(', ')})
    SELECT ${all.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS t(${types})
    ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${counters.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ')}`;
}

const ADD_DAYS = addRows('stats_days', ['community_id', 'day', 'category_id', 'grid_id'], DAY_COUNTERS);
const ADD_MEMBERS = addRows('stats_member_days', ['community_id', 'day', 'member_id'], MEMBER_COUNTERS);
// The month rows of the same deltas, summed per month first (one upsert may not touch a row twice).
const ADD_MEMBER_MONTHS = `INSERT INTO stats_member_months (community_id, month, member_id, ${MEMBER_COUNTERS.join(', ')})
  SELECT community_id, substr(day, 1, 7), member_id, ${MEMBER_COUNTERS.map((c) => `sum(${c})`).join(', ')}
  FROM jsonb_to_recordset($1::jsonb) AS t(community_id text, day text, member_id text, ${MEMBER_COUNTERS.map((c) => `${c} integer`).join(', ')})
  GROUP BY 1, 2, 3
  ON CONFLICT (community_id, month, member_id) DO UPDATE SET ${MEMBER_COUNTERS.map((c) => `${c} = stats_member_months.${c} + EXCLUDED.${c}`).join(', ')}`;

const BUCKET_SQL: Record<TrendBucket, string> = {
  week: `to_char(day::date - (extract(isodow FROM day::date)::int - 1), 'YYYY-MM-DD')`,
  month: `substr(day, 1, 7) || '-01'`,
};

const sums = (counters: readonly string[]) => counters.map((c) => `sum(${c})::int AS ${c}`).join(', ');
const pick = <K extends string>(r: Record<string, any>, counters: readonly K[]) => Object.fromEntries(counters.map((c) => [c, r[c]])) as Record<K, number>;

async function fold(sql: Sql, facts: StatsFact[], watermark: StatsWatermark): Promise<number> {
  await sql.query(`INSERT INTO stats_watermark (at, order_id) VALUES ('-infinity', '') ON CONFLICT DO NOTHING`);
  await sql.query('SELECT 1 FROM stats_watermark FOR UPDATE');
  const old = await sql.query<{ fact: StatsFact }>('SELECT fact FROM stats_facts WHERE order_id = ANY($1)', [facts.map((f) => f.orderId)]);
  const d = deltasOf(facts, new Map(old.map((r) => [r.fact.orderId, r.fact])));
  const snake = <T extends { communityId: string; day: string; counters: DayTotals | MemberTotals }>(rows: T[], extra: (r: T) => object) =>
    JSON.stringify(rows.map((r) => ({ community_id: r.communityId, day: r.day, ...extra(r), ...r.counters })));
  if (d.days.length) await sql.query(ADD_DAYS, [snake(d.days, (r) => ({ category_id: r.categoryId, grid_id: r.gridId }))]);
  if (d.members.length) {
    const rows = snake(d.members, (r) => ({ member_id: r.memberId }));
    await sql.query(ADD_MEMBERS, [rows]);
    await sql.query(ADD_MEMBER_MONTHS, [rows]);
  }
  if (d.overdueNow.size) {
    await sql.query(
      `INSERT INTO stats_now (community_id, overdue) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (community_id) DO UPDATE SET overdue = stats_now.overdue + EXCLUDED.overdue`,
      [[...d.overdueNow.keys()], [...d.overdueNow.values()]],
    );
  }
  if (d.facts.length) {
    await sql.query(
      `INSERT INTO stats_facts (order_id, version, fact) SELECT f->>'orderId', (f->>'version')::int, f FROM jsonb_array_elements($1::jsonb) f
       ON CONFLICT (order_id) DO UPDATE SET version = EXCLUDED.version, fact = EXCLUDED.fact`,
      [JSON.stringify(d.facts)],
    );
  }
  await sql.query('UPDATE stats_watermark SET at = $1, order_id = $2 WHERE (at, order_id) < ($1::timestamptz, $2::text)', [watermark.at, watermark.orderId]);
  return d.facts.length;
}

export function pgStats(db: Db): StatsPort {
  return {
    async changedOrders(after, limit) {
      const rows = after
        ? await db.query<Record<string, any>>(`${CHANGED} WHERE (o.updated_at, o.id) > ($1::timestamptz, $2::text) ORDER BY o.updated_at, o.id LIMIT $3`, [after.at, after.orderId, limit])
        : await db.query<Record<string, any>>(`${CHANGED} ORDER BY o.updated_at, o.id LIMIT $1`, [limit]);
      if (rows.length === 0) return [];
      const events = (await db.query('SELECT * FROM order_events WHERE order_id = ANY($1) ORDER BY id', [rows.map((r) => r.id)])).map(toEvent);
      return rows.map((r) => ({ order: toOrder(r, r.holders.map(toHolder)), events: events.filter((e) => e.orderId === r.id) }));
    },

    async statsWatermark() {
      const [r] = await db.query<{ at: Date; order_id: string }>(`SELECT at, order_id FROM stats_watermark WHERE at > '-infinity'`);
      return r ? { at: iso(r.at)!, orderId: r.order_id } : null;
    },

    foldStats: (facts, watermark) => db.tx((sql) => fold(sql, facts, watermark)),

    async statsDays(communityIds, range, bucket) {
      const rows = await db.query<Record<string, any>>(
        `SELECT community_id, ${BUCKET_SQL[bucket]} AS bucket, category_id, grid_id, ${sums(DAY_COUNTERS)}
         FROM stats_days WHERE community_id = ANY($1) AND day BETWEEN $2 AND $3
         GROUP BY 1, 2, 3, 4 HAVING sum(received) <> 0 ORDER BY 1, 2, 3, 4`,
        [communityIds, range.fromDay, range.toDay],
      );
      return rows.map((r) => ({ communityId: r.community_id, bucket: r.bucket, categoryId: r.category_id, gridId: r.grid_id, counters: pick(r, DAY_COUNTERS) }));
    },

    async statsMembers(communityIds, range) {
      const { days, months } = splitMonths(range.fromDay, range.toDay);
      const params: unknown[] = [communityIds];
      const parts = days.map(
        (d) => `SELECT community_id, member_id, ${MEMBER_COUNTERS.join(', ')} FROM stats_member_days
          WHERE community_id = ANY($1) AND day BETWEEN $${params.push(d.fromDay)} AND $${params.push(d.toDay)}`,
      );
      if (months) {
        parts.push(`SELECT community_id, member_id, ${MEMBER_COUNTERS.join(', ')} FROM stats_member_months
          WHERE community_id = ANY($1) AND month BETWEEN $${params.push(months.from)} AND $${params.push(months.to)}`);
      }
      const rows = await db.query<Record<string, any>>(
        `SELECT community_id, member_id, ${sums(MEMBER_COUNTERS)} FROM (${parts.join(' UNION ALL ')}) m
         GROUP BY 1, 2 HAVING sum(served) <> 0 ORDER BY 1, 2`,
        params,
      );
      return rows.map((r) => ({ communityId: r.community_id, memberId: r.member_id, counters: pick(r, MEMBER_COUNTERS) }));
    },

    async statsOverdueNow(communityIds) {
      const rows = await db.query<{ community_id: string; overdue: number }>('SELECT community_id, overdue FROM stats_now WHERE community_id = ANY($1)', [communityIds]);
      return Object.fromEntries(communityIds.map((id) => [id, rows.find((r) => r.community_id === id)?.overdue ?? 0]));
    },
  };
}
