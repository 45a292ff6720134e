/**
 * The claim as ONE statement, and the reads it stands on.
 *
 * The domain decides a claim (order.machine.ts: notOwnOrder, notYetHolding, meetsPoolLimit, hasFreeSlot,
 * underClaimLimit, afterClaim) on the order as read a moment before. The statement re-checks only what other
 * requests can change in that moment, each rule named here once and tested against the domain's
 * (test/store/claim.rules.test.ts): a free slot, not holding it yet, the member's limit; and it sets the status the
 * domain's afterClaim would set on the row as it finds it. When it refuses, it returns the order and the member's
 * count as they are now, for the domain to decide again.
 */
import { noticesInsert } from './notices';

/** A slot is free: the order is in the pool and fewer members hold it than it needs (hasFreeSlot). */
export const FREE_SLOT_SQL = `o.status = 'open' AND o.held < o.headcount`;
/** The member does not hold it already (notYetHolding); claims_one_hold enforces it too. */
export const NOT_HOLDING_SQL = `NOT EXISTS (SELECT 1 FROM claims c WHERE c.order_id = o.id AND c.member_id = $2 AND c.state <> 'released')`;
/** The member holds fewer unfinished orders than the community allows (underClaimLimit), on users.active_claims. */
export const UNDER_LIMIT_SQL = `u.active_claims < $4`;
/** The status after one more member takes a slot: the last slot starts the work (afterClaim). */
export const AFTER_CLAIM_SQL = `CASE WHEN o.held + 1 >= o.headcount THEN 'in_progress' ELSE 'open' END`;

/** The holders of the order `o` (alias) as a jsonb array, named by their 报到 in its community, else their user name. */
const holdersOf = (claims: string, community: string) => `(SELECT coalesce(jsonb_agg(jsonb_build_object(
    'member_id', c.member_id, 'claimed_at', c.claimed_at, 'name', coalesce(m.real_name, u.name), 'part_at', c.part_at,
    'part_note', c.part_note, 'part_photos', c.part_photos, 'part_hours', c.part_hours,
    'progress_at', c.progress_at, 'reminded_at', c.reminded_at) ORDER BY c.claimed_at, c.id), '[]')
  FROM ${claims} c JOIN users u ON u.id = c.member_id
  LEFT JOIN members m ON m.user_id = c.member_id AND m.community_id = ${community})`;

const CLAIM_COLUMNS = 'id, member_id, claimed_at, progress_at, reminded_at, part_at, part_note, part_photos, part_hours';
const HOLDING = `(SELECT ${CLAIM_COLUMNS} FROM claims WHERE order_id = $1 AND state <> 'released')`;

/** One order with its holders (`holders` column), in one statement. */
export const ORDER_SQL = `SELECT o.*, ${holdersOf(`(SELECT ${CLAIM_COLUMNS} FROM claims WHERE order_id = o.id AND state <> 'released')`, 'o.community_id')} AS holders
  FROM orders o WHERE o.id = $1`;

/** The order as ORDER_SQL reads it, and the member's count of unfinished claims ($2). */
export const CLAIM_SNAPSHOT_SQL = `SELECT o.*, ${holdersOf(HOLDING, 'o.community_id')} AS holders,
    (SELECT active_claims FROM users WHERE id = $2) AS active_claims
  FROM orders o WHERE o.id = $1`;

/**
 * $1 order, $2 member, $3 now, $4 the limit, $5 actor id, $6 actor role, $7 note, $8 photos, $9 notices (draftsJson).
 *
 * `me` locks the member's row and checks the limit; when another claim of theirs committed while this one waited,
 * PostgreSQL re-reads the row and checks again, so two claims cannot both take the last place (a count of claims
 * would come from the statement's snapshot). The trigger on claims then counts the new one. `won` takes the slot
 * (re-checked the same way on the order row); the hold, the timeline event and the notices follow it. Refused,
 * `seen` and `mine` read the order and the count FOR SHARE: the latest committed rows, not the snapshot.
 * Row `won` (or `seen`) is the order, `holders` its holders, `events` its timeline when won.
 */
export const CLAIM_SQL = `WITH me AS (
    UPDATE users u SET active_claims = u.active_claims WHERE u.id = $2 AND ${UNDER_LIMIT_SQL} RETURNING u.active_claims
  ), won AS (
    UPDATE orders o SET held = o.held + 1, version = o.version + 1, updated_at = $3, status = ${AFTER_CLAIM_SQL}
    WHERE o.id = $1 AND ${FREE_SLOT_SQL} AND ${NOT_HOLDING_SQL} AND EXISTS (SELECT 1 FROM me)
    RETURNING o.*
  ), hold AS (
    INSERT INTO claims (order_id, member_id, state, claimed_at) SELECT id, $2, 'active', $3 FROM won RETURNING ${CLAIM_COLUMNS}
  ), ev AS (
    INSERT INTO order_events (order_id, at, actor_id, actor_role, type, from_status, to_status, note, photos)
    SELECT id, $3, $5, $6, 'claim', 'open', status, $7, $8::jsonb FROM won RETURNING *
  ), told AS (
    ${noticesInsert('$9', '$3', 'EXISTS (SELECT 1 FROM won)')}
  ), seen AS (
    SELECT o.* FROM orders o WHERE o.id = $1 AND NOT EXISTS (SELECT 1 FROM won) FOR SHARE
  ), mine AS (
    SELECT active_claims FROM users WHERE id = $2 AND NOT EXISTS (SELECT 1 FROM me) FOR SHARE
  ), now_held AS (
    SELECT * FROM ${HOLDING} x UNION ALL SELECT * FROM hold
  )
  SELECT (SELECT to_jsonb(w) FROM won w) AS won, (SELECT to_jsonb(s) FROM seen s) AS seen,
    coalesce((SELECT active_claims FROM me), (SELECT active_claims FROM mine)) AS active_claims,
    ${holdersOf('now_held', `coalesce((SELECT community_id FROM won), (SELECT community_id FROM seen))`)} AS holders,
    (SELECT jsonb_agg(to_jsonb(e) ORDER BY e.id) FROM (
      SELECT * FROM order_events WHERE order_id = $1 AND EXISTS (SELECT 1 FROM won) UNION ALL SELECT * FROM ev) e) AS events`;
