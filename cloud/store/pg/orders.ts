/**
 * Orders on PostgreSQL: each state change is one transaction whose first write is conditional
 * (on version, or on a free slot), so two members racing for one slot get one winner.
 */
import type { Order, OrderEvent, OrderStatus } from '../../../types/domain';
import { QUEUE_TAB_NAMES, type QueueTab } from '../../../types/views';
import { attentionOf } from '../../domain/attention';
import type { OrderPatch } from '../../domain/order.effects';
import type { Decision } from '../../domain/order.decide';
import { decodeCursor, toPage } from '../cursor';
import type { ClaimOutcome, OrderChange, OrderPort } from '../store.port';
import { CLAIM_SNAPSHOT_SQL, CLAIM_SQL, ORDER_SQL } from './claim.sql';
import type { Db, Sql } from './db';
import { draftsJson, insertNotices, noticesInsert } from './notices';
import { ACTIVE_SQL, pageSql, planList, queueWhere, statusList } from './orders.sql';
import { iso, toEvent, toHolder, toOrder } from './rows';

/** Column writers for each patchable field; anything else in a patch is a programming error. */
const COLUMNS: { [K in keyof Required<OrderPatch>]: (v: OrderPatch[K]) => [string, unknown][] } = {
  categoryId: (v) => [['category_id', v]],
  priority: (v) => [['priority', v]],
  deadline: (v) => [['deadline', v]],
  headcount: (v) => [['headcount', v]],
  points: (v) => [['points', v]],
  mode: (v) => [['mode', v]],
  poolLimit: (v) => [
    ['pool_skills', v?.skills ?? []],
    ['pool_team', v?.teamId ?? null],
    ['pool_grids', v?.gridIds ?? []],
  ],
  assigneeId: (v) => [['assignee_id', v]],
  escalationNote: (v) => [['escalation_note', v]],
  department: (v) => [
    ['department_id', v?.departmentId ?? null],
    ['department_name', v?.name ?? null],
    ['department_deadline', v?.deadline ?? null],
    ['department_sent_at', v?.sentAt ?? null],
    ['department_overdue_at', v?.overdueAt ?? null],
    ['department_outcome', v?.outcome ?? null],
    ['department_ended_at', v?.endedAt ?? null],
  ],
  completedAt: (v) => [['completed_at', v]],
  serviceHours: (v) => [['service_hours', v]],
  rating: (v) => [['rating', v == null ? null : JSON.stringify(v)]],
  overdueAt: (v) => [['overdue_at', v]],
  urgedAt: (v) => [['urged_at', v]],
  acceptOverdueAt: (v) => [['accept_overdue_at', v]],
  closedAt: (v) => [['closed_at', v]],
};

/** Tab counts stop here: the queue shows "999+" beyond 999 (components/queue-tabs). */
export const COUNT_CAP = 1000;

// Each holder's community by key lookup: as a join, a planner without statistics (PGlite gathers none by itself)
// hash-joined the claims against a full scan of orders (0.5 s at 300k orders, 1.1 s at 1M).
const HOLDERS_SQL = `SELECT c.order_id, c.member_id, c.claimed_at, c.progress_at, c.reminded_at, c.part_at, c.part_note, c.part_photos,
    c.part_hours, coalesce(m.real_name, u.name) AS name
  FROM claims c JOIN users u ON u.id = c.member_id
  LEFT JOIN members m ON m.user_id = c.member_id AND m.community_id = (SELECT o.community_id FROM orders o WHERE o.id = c.order_id)
  WHERE c.order_id = ANY($1) AND c.state <> 'released' ORDER BY c.claimed_at, c.id`;

/** Rows of orders with their holders, read in one more query (the lists here, and exports.ts). */
export async function withHolders(sql: Sql, rows: Record<string, any>[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const holders = await sql.query<Record<string, any>>(HOLDERS_SQL, [rows.map((r) => r.id)]);
  return rows.map((r) => toOrder(r, holders.filter((h) => h.order_id === r.id).map(toHolder)));
}

/** Unfinished claims (kept on the user row) and pending assignments; the latest claim or report on any claim. */
const WORKLOAD_SQL = `SELECT u.id,
    u.active_claims + (SELECT count(*) FROM orders o WHERE o.assignee_id = u.id AND o.status = 'assigned')::int AS active,
    (SELECT max(greatest(c.claimed_at, c.progress_at)) FROM claims c WHERE c.member_id = u.id) AS last_active
  FROM users u WHERE u.id = ANY($1)`;

/** Where claims are worked on: only there do the claim sweeps act (a claim stays active until its order closes). */
const WORKED_SQL = statusList(['open', 'in_progress']);

/** Orders holding an active claim without progress that matches `when` (indexes claims_to_remind, claims_to_release). */
const IDLE_CLAIMS = (when: string) => `SELECT c.order_id FROM claims c WHERE c.state = 'active' AND c.progress_at IS NULL AND ${when}`;

/** A row read with its `holders` (claim.sql.ts) as an order. */
const withOwnHolders = (r: Record<string, any>): Order => toOrder(r, r.holders.map(toHolder));

async function loadOrder(sql: Sql, id: string): Promise<Order | null> {
  const [row] = await sql.query<Record<string, any>>(ORDER_SQL, [id]);
  return row ? withOwnHolders(row) : null;
}

const ORDER_COLUMNS = `id, community_id, street_id, grid_id, resident_id, idempotency_key, category_id, title, description, photos,
  address, preferred_time, contact_name, contact_phone, urgency, status, priority, headcount, points, accept_by, created_at,
  updated_at, version, record_id, placed_by, answers`;

/**
 * The order, its first event and its notices in one statement; a retry with the same key finds the first order
 * instead ($5, $6), unless that one is still being written (then neither row comes back: read it again).
 */
const CREATE_SQL = `WITH ins AS (
    INSERT INTO orders (${ORDER_COLUMNS})
    VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$21,$20,$20,1,$23,$24,$25)
    ON CONFLICT (resident_id, idempotency_key) DO NOTHING RETURNING *
  ), ev AS (
    INSERT INTO order_events (order_id, at, actor_id, actor_role, type, from_status, to_status, note, photos)
    SELECT id, created_at, coalesce(placed_by->>'userId', resident_id), coalesce(placed_by->>'role', 'resident'), 'submit', NULL,
      status, NULL, photos FROM ins RETURNING *
  ), told AS (
    ${noticesInsert('$22', '$20', 'EXISTS (SELECT 1 FROM ins)')}
  )
  SELECT (SELECT to_jsonb(i) FROM ins i) AS created, (SELECT to_jsonb(e) FROM ev e) AS event,
    (SELECT o.id FROM orders o WHERE o.resident_id = $5 AND o.idempotency_key = $6 AND NOT EXISTS (SELECT 1 FROM ins)) AS existing`;

async function appendEvent(sql: Sql, change: OrderChange, from: OrderStatus | null, to: OrderStatus): Promise<void> {
  const d = change.decision;
  await sql.query(
    `INSERT INTO order_events (order_id, at, actor_id, actor_role, type, from_status, to_status, note, photos)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [change.orderId, change.now, change.actor.id, change.actor.role, d.command, from, to, d.note, JSON.stringify(d.photos ?? [])],
  );
}

/** Ends claims and awards points for everything a decision says beyond the order row itself. */
async function applySideEffects(sql: Sql, change: OrderChange, d: Decision): Promise<void> {
  const { orderId, now } = change;
  if (d.hold) {
    await sql.query(`INSERT INTO claims (order_id, member_id, state, claimed_at) VALUES ($1, $2, 'active', $3)`, [orderId, d.hold, now]);
  }
  if (d.release?.length) {
    await sql.query(
      `UPDATE claims SET state = 'released', ended_at = $3 WHERE order_id = $1 AND member_id = ANY($2) AND state = 'active'`,
      [orderId, d.release, now],
    );
  }
  if (d.mark) {
    await sql.query(
      `UPDATE claims SET progress_at = coalesce($3, progress_at), reminded_at = coalesce($4, reminded_at)
       WHERE order_id = $1 AND member_id = $2 AND state = 'active'`,
      [orderId, d.mark.memberId, d.mark.progressAt ?? null, d.mark.remindedAt ?? null],
    );
  }
  if (d.part) {
    const p = d.part;
    await sql.query(
      `UPDATE claims SET part_at = $3, part_note = $4, part_photos = $5, part_hours = $6 WHERE order_id = $1 AND member_id = $2 AND state = 'active'`,
      [orderId, p.memberId, now, p.note, JSON.stringify(p.photos), p.hours],
    );
  }
  if (d.clearParts) {
    await sql.query(
      `UPDATE claims SET part_at = NULL, part_note = NULL, part_photos = NULL, part_hours = NULL WHERE order_id = $1 AND state = 'active'`,
      [orderId],
    );
  }
  if (d.finish) {
    await sql.query(`UPDATE claims SET state = 'done', ended_at = $2 WHERE order_id = $1 AND state = 'active'`, [orderId, now]);
  }
  for (const a of d.awards ?? []) {
    await sql.query(
      `INSERT INTO ledger (member_id, community_id, order_id, points, hours, manual, at)
       SELECT $1, community_id, id, $2, $3, false, $4 FROM orders WHERE id = $5
       ON CONFLICT (member_id, order_id) WHERE NOT manual DO NOTHING`,
      [a.memberId, a.points, a.hours, now, orderId],
    );
  }
}

export function pgOrders(db: Db): OrderPort {
  return {
    async createOrder(order, key, notices = []) {
      const [r] = await db.query<Record<string, any>>(CREATE_SQL, [
        order.id, order.communityId, order.streetId, order.gridId, order.residentId, key, order.categoryId,
        order.title, order.description, JSON.stringify(order.photos), order.address && JSON.stringify(order.address),
        order.preferredTime, order.contactName, order.contactPhone, order.urgency, order.status, order.priority,
        order.headcount, order.points, order.createdAt, order.acceptBy, draftsJson(notices), order.recordId,
        order.placedBy && JSON.stringify(order.placedBy), JSON.stringify(order.answers),
      ]);
      if (r.created) return { order: toOrder(r.created, []), created: true, events: [toEvent(r.event)] };
      // The first order with this key committed while this statement waited on it: a new statement sees it.
      const id = r.existing ?? (await db.query<{ id: string }>('SELECT id FROM orders WHERE resident_id = $1 AND idempotency_key = $2', [order.residentId, key]))[0].id;
      return { order: (await loadOrder(db, id))!, created: false };
    },

    getOrder: (id) => loadOrder(db, id),

    async getOrderForClaim(orderId, memberId) {
      const [row] = await db.query<Record<string, any>>(CLAIM_SNAPSHOT_SQL, [orderId, memberId]);
      return row ? { order: withOwnHolders(row), activeClaims: row.active_claims ?? 0 } : null;
    },

    async countActiveClaims(memberId) {
      const [row] = await db.query<{ n: number }>('SELECT active_claims AS n FROM users WHERE id = $1', [memberId]);
      return row?.n ?? 0;
    },

    async memberWorkload(memberIds) {
      const rows = await db.query<Record<string, any>>(WORKLOAD_SQL, [memberIds]);
      return memberIds.map((memberId) => {
        const r = rows.find((x) => x.id === memberId);
        return { memberId, activeOrders: r?.active ?? 0, lastActiveAt: iso(r?.last_active) };
      });
    },

    async transition(change) {
      const d = change.decision;
      const sets: string[] = [];
      const params: unknown[] = [change.orderId, change.expectVersion, d.to, change.now];
      for (const [field, value] of Object.entries(d.patch)) {
        for (const [column, v] of COLUMNS[field as keyof OrderPatch](value as never)) {
          sets.push(`${column} = $${params.push(v)}`);
        }
      }
      const heldDelta = (d.hold ? 1 : 0) - (d.release?.length ?? 0);
      return db.tx(async (sql) => {
        const updated = await sql.query(
          `UPDATE orders SET status = $3, updated_at = $4, version = version + 1, held = held + ${heldDelta},
             assigned_at = CASE WHEN $3 = 'assigned' THEN $4::timestamptz ELSE assigned_at END
             ${sets.map((s) => ', ' + s).join('')}
           WHERE id = $1 AND version = $2 RETURNING id`,
          params,
        );
        if (updated.length === 0) return null;
        await applySideEffects(sql, change, d);
        await appendEvent(sql, change, d.from, d.to);
        await insertNotices(sql, change.notices ?? [], change.now);
        return loadOrder(sql, change.orderId);
      });
    },

    async claim(change, maxActiveClaims): Promise<ClaimOutcome> {
      const d = change.decision;
      const member = d.hold!;
      let r: Record<string, any>;
      try {
        [r] = await db.query<Record<string, any>>(CLAIM_SQL, [
          change.orderId, member, change.now, maxActiveClaims, change.actor.id, change.actor.role, d.note,
          JSON.stringify(d.photos ?? []), draftsJson(change.notices ?? []),
        ]);
      } catch (e) {
        // The member's own second claim on this order, in flight at the same moment: claims_one_hold refused it.
        if ((e as { code?: string }).code === '23505') return { ok: false, reason: 'holding' };
        throw e;
      }
      const holders = (r.holders as Record<string, any>[]).map(toHolder);
      if (r.won) return { ok: true, order: toOrder(r.won, holders), events: (r.events as Record<string, any>[]).map(toEvent) };
      if (r.active_claims === null || r.active_claims >= maxActiveClaims) return { ok: false, reason: 'limit' };
      if (!r.seen) return { ok: false, reason: 'gone' };
      const order = toOrder(r.seen, holders);
      const reason = holders.some((h) => h.memberId === member) ? 'holding' : 'full';
      // Holders come from the statement's snapshot, the row from the latest commit: fresh only when they agree.
      return r.seen.held === holders.length ? { ok: false, reason, fresh: { order, activeClaims: r.active_claims } } : { ok: false, reason };
    },

    async events(orderId) {
      const rows = await db.query('SELECT * FROM order_events WHERE order_id = $1 ORDER BY id', [orderId]);
      return rows.map(toEvent) as OrderEvent[];
    },

    async listOrders(query, page) {
      const plan = planList(query);
      const { text, params } = pageSql(plan, decodeCursor(page.cursor, plan.sort.ranked ? 'ranked' : 'instant'), page.limit);
      const orders = await withHolders(db, await db.query(text, params));
      const col = plan.sort.column === 'deadline' ? 'deadline' : 'createdAt';
      return toPage(orders, page.limit, (o) => (plan.sort.ranked ? [attentionOf(o), o[col]!, o.id] : [o[col], o.id]));
    },

    async queueCounts(communityId, now, gridIds) {
      // Each tab counted up to COUNT_CAP on its own index, so the cost stays flat however long a tab grows
      // (a GROUP BY over the community read every order it ever had: 90–110 ms a page at 400k orders).
      const tab = (name: QueueTab) =>
        `SELECT '${name}' AS tab, count(*)::int AS n FROM (SELECT 1 FROM orders o WHERE o.community_id = $1 AND ${queueWhere(name, () => '$2')}
          ${gridIds ? 'AND o.grid_id = ANY($3)' : ''} LIMIT ${COUNT_CAP}) x`;
      const params = gridIds ? [communityId, now, gridIds] : [communityId, now];
      const rows = await db.query<{ tab: QueueTab; n: number }>(QUEUE_TAB_NAMES.map(tab).join(' UNION ALL '), params);
      const counts = Object.fromEntries(QUEUE_TAB_NAMES.map((t) => [t, 0])) as Record<QueueTab, number>;
      for (const r of rows) counts[r.tab] = r.n;
      return counts;
    },

    async dueForSweep(kind, communityId, before, limit) {
      const filter = {
        overdue: `overdue_at IS NULL AND status IN ${ACTIVE_SQL} AND deadline < $2 ORDER BY deadline`,
        auto_close: `status = 'awaiting_rating' AND completed_at < $2 ORDER BY completed_at`,
        assign_timeout: `status = 'assigned' AND assigned_at < $2 ORDER BY assigned_at`,
        accept_overdue: `status = 'submitted' AND accept_overdue_at IS NULL AND accept_by < $2 ORDER BY accept_by`,
        claim_remind: `status IN ${WORKED_SQL} AND id IN (${IDLE_CLAIMS('reminded_at IS NULL AND claimed_at < $2')}) ORDER BY deadline, id`,
        claim_timeout: `status IN ${WORKED_SQL} AND id IN (${IDLE_CLAIMS('reminded_at < $2')}) ORDER BY deadline, id`,
        department_overdue: `department_id IS NOT NULL AND department_outcome IS NULL AND department_overdue_at IS NULL
          AND department_deadline < $2 ORDER BY department_deadline`,
      }[kind];
      const rows = await db.query(`SELECT * FROM orders WHERE community_id = $1 AND ${filter} LIMIT $3`, [communityId, before, limit]);
      return withHolders(db, rows);
    },
    async recentPoolOrders(communityId, since, limit) {
      const rows = await db.query(
        `SELECT * FROM orders WHERE community_id = $1 AND status = 'open' AND updated_at >= $2 ORDER BY updated_at, id LIMIT $3`,
        [communityId, since, limit],
      );
      return withHolders(db, rows);
    },
  };
}

