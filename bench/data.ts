/**
 * The bench's district and its bulk data, written straight into the store's tables with set-based SQL
 * (INSERT … SELECT generate_series), never through the API. Columns and values are those the adapter writes
 * (cloud/store/pg/orders.ts): a submitted order as createOrder leaves it, later states as the transitions do.
 *
 * Every row is a pure function of its number `i` (hashint8extended gives independent, repeatable draws), so a
 * level loaded in steps (10k, then +90k, then +900k) holds the same rows as one loaded at once.
 */
import type { Db } from '../cloud/store/pg/db';
import type { Places } from '../cloud/store/store.port';

/** Two streets, eight communities; c1 is the big one the lists are measured in. */
export const COMMUNITIES = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
/** Share of all orders that belong to c1, per mille; the rest spread evenly over c2…c8. */
export const C1_SHARE = 400;
/** Users the bulk rows point at (residents who placed them, members who held them). */
export const BULK_RESIDENTS = 2000;
export const BULK_MEMBERS = 500;

export function benchPlaces(): Places {
  const communities = COMMUNITIES.map((id, i) => ({
    id,
    streetId: i < 4 ? 'st1' : 'st2',
    name: `${i + 1}号社区`,
    dutyPhone: '0519-8000000' + i,
    // The rush members claim far more than the default 3 each over a run; the limit itself is still enforced.
    settings: {},
  }));
  return {
    streets: [
      { id: 'st1', name: '一号街道' },
      { id: 'st2', name: '二号街道' },
    ],
    communities,
    grids: communities.flatMap((c) => [1, 2, 3, 4].map((g) => ({ id: `${c.id}-g${g}`, communityId: c.id, name: `第${g}网格` }))),
    teams: communities.flatMap((c) => [1, 2].map((t) => ({ id: `${c.id}-t${t}`, communityId: c.id, name: `服务队${t}`, color: '#c8161d' }))),
    categories: communities.flatMap((c) =>
      ['助老服务', '水电维修', '法律援助', '心理疏导', '微心愿', '环境整治'].map((name, k) => ({
        id: `${c.id}-k${k + 1}`,
        communityId: c.id,
        group: '常用',
        name,
        icon: 'heart',
        basePoints: 5 + k,
        sort: k,
        photoRequired: true,
        defaultPriority: 'normal',
        active: true,
        fields: [],
      })),
    ),
  };
}

/** The users bulk rows refer to, in one statement each (they only need to exist). */
export async function bulkPeople(db: Db): Promise<void> {
  await db.query(
    `INSERT INTO users (id, openid, name)
     SELECT 'bulk-r' || i, 'bulk-r' || i, '居民' || i FROM generate_series(0, $1::int - 1) i
     UNION ALL
     SELECT 'bulk-m' || i, 'bulk-m' || i, '党员' || i FROM generate_series(0, $2::int - 1) i
     ON CONFLICT DO NOTHING`,
    [BULK_RESIDENTS, BULK_MEMBERS],
  );
  await db.query(
    `INSERT INTO members (user_id, community_id, real_name, phone, work_unit, branch, skills, team_id, grid_id, status, created_at, updated_at)
     SELECT 'bulk-m' || i, 'c1', '党员' || i, '139' || lpad(i::text, 8, '0'), '某单位', '某支部', '{}', NULL, NULL, 'verified', now(), now()
     FROM generate_series(0, $1::int - 1) i
     ON CONFLICT DO NOTHING`,
    [BULK_MEMBERS],
  );
}

/**
 * Status spread (per mille, cumulative order). Independent of age on purpose: every list — the pool, each queue
 * tab — grows in proportion to the table, which is harsher than life, where old orders are closed.
 */
const STATUS_SPREAD: [string, number][] = [
  ['closed', 600],
  ['cancelled', 40],
  ['rejected', 30],
  ['awaiting_rating', 60],
  ['in_progress', 70],
  ['open', 80],
  ['assigned', 30],
  ['submitted', 80],
  ['escalated', 10],
];

function statusCase(draw: string): string {
  let acc = 0;
  const arms = STATUS_SPREAD.map(([s, n]) => `WHEN ${draw} < ${(acc += n)} THEN '${s}'`);
  return `CASE ${arms.join(' ')} END`;
}

/** Seconds between two consecutive bulk orders going back in time: 1M orders cover about 2.9 years. */
export const SPACING_SECONDS = 90;

/**
 * Inserts orders number `from` … `to` (inclusive) and their members' claims. Order i was created `i × 90 s`
 * before `t0`, so each step adds older history behind the orders already there.
 */
export async function bulkOrders(db: Db, from: number, to: number, t0: Date): Promise<void> {
  // Draws: h1 community, h2 status, h3 priority/urgency/headcount, h4 pool limits, h5 grid/category, h6 deadline.
  const draws = [1, 2, 3, 4, 5, 6].map((k) => `abs(hashint8extended(i, ${k})) % 1000 AS h${k}`).join(', ');
  const community = `CASE WHEN h1 < ${C1_SHARE} THEN 'c1' ELSE 'c' || (2 + (h1 - ${C1_SHARE}) % ${COMMUNITIES.length - 1}) END`;
  await db.query(
    `WITH ins AS (INSERT INTO orders (id, community_id, street_id, grid_id, resident_id, idempotency_key, category_id, title, description,
       photos, address, preferred_time, contact_name, contact_phone, urgency, status, priority, deadline, headcount, held,
       points, mode, pool_skills, pool_team, pool_grids, assignee_id, assigned_at, escalation_note, completed_at,
       service_hours, rating, overdue_at, created_at, updated_at, closed_at, version)
     SELECT gen_random_uuid()::text, c, CASE WHEN c IN ('c1', 'c2', 'c3', 'c4') THEN 'st1' ELSE 'st2' END,
       c || '-g' || (1 + h5 % 4), 'bulk-r' || (i % ${BULK_RESIDENTS}), 'bulk-' || i, c || '-k' || (1 + h5 % 6),
       '需要帮助 #' || i, '家里老人需要帮忙，请尽快联系', '[]'::jsonb,
       jsonb_build_object('building', (1 + i % 30) || '栋', 'unit', (1 + i % 4) || '单元', 'room', (101 + i % 1500)::text),
       NULL, '王阿姨', '139' || lpad((i % 100000000)::text, 8, '0'),
       CASE WHEN h3 < 900 THEN 'normal' WHEN h3 < 990 THEN 'urgent' ELSE 'life_threatening' END,
       s, CASE WHEN h3 < 900 THEN 'normal' ELSE 'high' END,
       CASE WHEN s = 'submitted' THEN NULL ELSE created + interval '1 day' * (1 + h6 % 7) END,
       hc, CASE WHEN s IN ('in_progress', 'awaiting_rating', 'closed') THEN hc ELSE 0 END,
       5 + h5 % 6,
       CASE WHEN s = 'submitted' THEN NULL WHEN s = 'assigned' OR pool = 'assign' THEN 'assign' ELSE 'pool' END,
       CASE WHEN s = 'open' AND h4 BETWEEN 850 AND 929 THEN '{电工}'::text[] ELSE '{}'::text[] END,
       CASE WHEN s = 'open' AND h4 BETWEEN 930 AND 969 THEN c || '-t2' END,
       CASE WHEN s = 'open' AND h4 >= 970 THEN ARRAY[c || '-g4'] ELSE '{}'::text[] END,
       CASE WHEN s = 'assigned' THEN 'bulk-m' || (i % ${BULK_MEMBERS}) END,
       CASE WHEN s = 'assigned' THEN created + interval '1 hour' END,
       CASE WHEN s = 'escalated' THEN '超出社区能力，请街道协调' END,
       CASE WHEN s IN ('awaiting_rating', 'closed') THEN created + interval '1 day' END,
       CASE WHEN s IN ('awaiting_rating', 'closed') THEN 2 END,
       CASE WHEN s = 'closed' THEN '{"stars": 5, "comment": null, "autoClosed": false}'::jsonb END,
       NULL, created, created + interval '1 day',
       CASE WHEN s IN ('closed', 'cancelled', 'rejected') THEN created + interval '2 days' END,
       CASE WHEN s = 'submitted' THEN 1 ELSE 2 + hc END
     FROM (
       SELECT i, h1, h2, h3, h4, h5, h6, ${community} AS c, ${statusCase('h2')} AS s,
         CASE WHEN h4 < 800 THEN 'pool' ELSE 'assign' END AS pool,
         CASE WHEN h3 % 100 < 80 THEN 1 WHEN h3 % 100 < 95 THEN 2 ELSE 3 END AS hc,
         $3::timestamptz - interval '1 second' * (i * ${SPACING_SECONDS}) AS created
       FROM (SELECT i, ${draws} FROM generate_series($1::bigint, $2::bigint) i) d
     ) g
     RETURNING id, status, held, created_at, closed_at)
     -- Holders: every slot of an order being worked on or done is a claim, as claim() writes it.
     INSERT INTO claims (order_id, member_id, state, claimed_at, ended_at)
     SELECT ins.id, 'bulk-m' || ((abs(hashtext(ins.id)) + k) % ${BULK_MEMBERS}),
       CASE WHEN ins.status = 'in_progress' THEN 'active' ELSE 'done' END,
       ins.created_at + interval '2 hours', CASE WHEN ins.status = 'in_progress' THEN NULL ELSE ins.closed_at END
     FROM ins CROSS JOIN LATERAL generate_series(1, ins.held) k
     WHERE ins.held > 0`,
    [from, to, t0],
  );
}

/**
 * A batch of 微心愿 published to the pool at once: `count` open orders in c1 as dispatch leaves them (mode pool,
 * a deadline, headcount mostly 1, version 2), with their submit and dispatch events. Ids are `<tag>-<n>`.
 */
export async function openBatch(db: Db, tag: string, count: number, residentId: string, now: Date): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `WITH ins AS (INSERT INTO orders (id, community_id, street_id, grid_id, resident_id, idempotency_key, category_id, title,
       description, photos, address, contact_name, contact_phone, urgency, status, priority, deadline, headcount, points,
       mode, created_at, updated_at, version)
     SELECT $1 || '-' || i, 'c1', 'st1', 'c1-g' || (1 + i % 4), $3, $1 || '-' || i, 'c1-k5', '微心愿 #' || i,
       '想要一套课外书', '[]'::jsonb, jsonb_build_object('building', '3栋', 'unit', '2单元', 'room', '501'), '王阿姨',
       '13912345678', 'normal', 'open', 'normal', $4::timestamptz + interval '1 day' * (1 + i % 3),
       CASE WHEN i % 20 < 16 THEN 1 WHEN i % 20 < 19 THEN 2 ELSE 3 END, 9, 'pool', $4, $4, 2
     FROM generate_series(0, $2::int - 1) i
     RETURNING id, resident_id, created_at),
     ev AS (INSERT INTO order_events (order_id, at, actor_id, actor_role, type, from_status, to_status, note, photos)
       SELECT id, created_at, resident_id, 'resident', 'submit', NULL, 'submitted', NULL, '[]'::jsonb FROM ins
       UNION ALL
       SELECT id, created_at, NULL, 'staff', 'dispatch', 'submitted', 'open', NULL, '[]'::jsonb FROM ins)
     SELECT id FROM ins`,
    [tag, count, residentId, now],
  );
  const byNumber = new Map(rows.map((r) => [Number(r.id.slice(tag.length + 1)), r.id]));
  return Array.from({ length: count }, (_, i) => byNumber.get(i)!);
}
