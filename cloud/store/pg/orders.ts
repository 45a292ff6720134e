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
import type { Db, Sql } from './db';
import { insertNotices } from './notices';
import { ACTIVE_SQL, pageSql, planList, queueWhere } from './orders.sql';
import { toEvent, toHolder, toOrder } from './rows';

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
  completedAt: (v) => [['completed_at', v]],
  serviceHours: (v) => [['service_hours', v]],
  rating: (v) => [['rating', v == null ? null : JSON.stringify(v)]],
  overdueAt: (v) => [['overdue_at', v]],
  acceptOverdueAt: (v) => [['accept_overdue_at', v]],
  closedAt: (v) => [['closed_at', v]],
};

/** Tab counts stop here: the queue shows "999+" beyond 999 (components/queue-tabs). */
export const COUNT_CAP = 1000;

// Each holder's community by key lookup: as a join, a planner without statistics (PGlite gathers none by itself)
// hash-joined the claims against a full scan of orders (0.5 s at 300k orders, 1.1 s at 1M).
const HOLDERS_SQL = `SELECT c.order_id, c.member_id, c.claimed_at, coalesce(m.real_name, u.name) AS name
  FROM claims c JOIN users u ON u.id = c.member_id
  LEFT JOIN members m ON m.user_id = c.member_id AND m.community_id = (SELECT o.community_id FROM orders o WHERE o.id = c.order_id)
  WHERE c.order_id = ANY($1) AND c.state <> 'released' ORDER BY c.claimed_at, c.id`;

async function withHolders(sql: Sql, rows: Record<string, any>[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const holders = await sql.query<Record<string, any>>(HOLDERS_SQL, [rows.map((r) => r.id)]);
  return rows.map((r) => toOrder(r, holders.filter((h) => h.order_id === r.id).map(toHolder)));
}

async function loadOrder(sql: Sql, id: string): Promise<Order | null> {
  const [order] = await withHolders(sql, await sql.query('SELECT * FROM orders WHERE id = $1', [id]));
  return order ?? null;
}

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
      return db.tx(async (sql) => {
        const inserted = await sql.query(
          `INSERT INTO orders (id, community_id, street_id, grid_id, resident_id, idempotency_key, category_id, title,
             description, photos, address, preferred_time, contact_name, contact_phone, urgency, status, priority,
             headcount, points, accept_by, created_at, updated_at, version)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$21,$20,$20,1)
           ON CONFLICT (resident_id, idempotency_key) DO NOTHING RETURNING id`,
          [
            order.id, order.communityId, order.streetId, order.gridId, order.residentId, key, order.categoryId,
            order.title, order.description, JSON.stringify(order.photos), order.address && JSON.stringify(order.address),
            order.preferredTime, order.contactName, order.contactPhone, order.urgency, order.status, order.priority,
            order.headcount, order.points, order.createdAt, order.acceptBy,
          ],
        );
        if (inserted.length === 0) {
          const [existing] = await sql.query<{ id: string }>(
            'SELECT id FROM orders WHERE resident_id = $1 AND idempotency_key = $2',
            [order.residentId, key],
          );
          return { order: (await loadOrder(sql, existing.id))!, created: false };
        }
        await sql.query(
          `INSERT INTO order_events (order_id, at, actor_id, actor_role, type, from_status, to_status, note, photos)
           VALUES ($1, $2, $3, 'resident', 'submit', NULL, $4, NULL, $5)`,
          [order.id, order.createdAt, order.residentId, order.status, JSON.stringify(order.photos)],
        );
        await insertNotices(sql, notices, new Date(order.createdAt));
        return { order: (await loadOrder(sql, order.id))!, created: true };
      });
    },

    getOrder: (id) => loadOrder(db, id),

    async countActiveClaims(memberId) {
      const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM claims WHERE member_id = $1 AND state = 'active'`, [memberId]);
      return n;
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
      const member = change.decision.hold!;
      return db.tx(async (sql) => {
        // Lock the member first: one member's parallel claims on different orders queue here, so the limit holds.
        await sql.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [member]);
        const [{ n }] = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM claims WHERE member_id = $1 AND state = 'active'`,
          [member],
        );
        if (n >= maxActiveClaims) return { ok: false, reason: 'limit' } as const;
        const won = await sql.query<{ status: OrderStatus }>(
          `UPDATE orders SET held = held + 1, version = version + 1, updated_at = $3,
             status = CASE WHEN held + 1 >= headcount THEN 'in_progress' ELSE 'open' END
           WHERE id = $1 AND status = 'open' AND held < headcount
             AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.order_id = $1 AND c.member_id = $2 AND c.state <> 'released')
           RETURNING status`,
          [change.orderId, member, change.now],
        );
        if (won.length === 0) {
          const [seen] = await sql.query<{ holding: boolean }>(
            `SELECT EXISTS (SELECT 1 FROM claims WHERE order_id = $1 AND member_id = $2 AND state <> 'released') AS holding
             FROM orders WHERE id = $1`,
            [change.orderId, member],
          );
          if (!seen) return { ok: false, reason: 'gone' } as const;
          return { ok: false, reason: seen.holding ? 'holding' : 'full' } as const;
        }
        await applySideEffects(sql, change, change.decision);
        await appendEvent(sql, change, 'open', won[0].status);
        await insertNotices(sql, change.notices ?? [], change.now);
        return { ok: true, order: (await loadOrder(sql, change.orderId))! } as const;
      });
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

    async queueCounts(communityId, now) {
      // Each tab counted up to COUNT_CAP on its own index, so the cost stays flat however long a tab grows
      // (a GROUP BY over the community read every order it ever had: 90–110 ms a page at 400k orders).
      const tab = (name: QueueTab) =>
        `SELECT '${name}' AS tab, count(*)::int AS n FROM (SELECT 1 FROM orders o WHERE o.community_id = $1 AND ${queueWhere(name, () => '$2')} LIMIT ${COUNT_CAP}) x`;
      const rows = await db.query<{ tab: QueueTab; n: number }>(QUEUE_TAB_NAMES.map(tab).join(' UNION ALL '), [communityId, now]);
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
      }[kind];
      const rows = await db.query(`SELECT * FROM orders WHERE community_id = $1 AND ${filter} LIMIT $3`, [communityId, before, limit]);
      return withHolders(db, rows);
    },
  };
}

