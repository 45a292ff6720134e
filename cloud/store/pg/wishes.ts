/**
 * 微心愿 and partner units on PostgreSQL. A claim is one conditional statement (wishes.sql.ts); every other step is
 * one transaction whose first write is conditional on the version, with its points and notices.
 */
import type { WishPatch } from '../../domain/wish.effects';
import { decodeCursor, toPage } from '../cursor';
import type { WishPort, WishQuery } from '../store.port';
import type { Db } from './db';
import { insertNotices } from './notices';
import { holdKey, toUnit, toWish, WISH_CLAIM_SQL } from './wishes.sql';

const COLUMNS: { [K in keyof Required<WishPatch>]: (v: WishPatch[K]) => [string, unknown][] } = {
  claimer: (v) => [['claimer_kind', v?.kind ?? null], ['claimer_id', v?.id ?? null], ['claimer_name', v?.name ?? null]],
  claimedBy: (v) => [['claimed_by', v]],
  claimedAt: (v) => [['claimed_at', v]],
  deliveryNote: (v) => [['delivery_note', v]],
  deliveryPhotos: (v) => [['delivery_photos', JSON.stringify(v ?? [])]],
  deliveredAt: (v) => [['delivered_at', v]],
  thanks: (v) => [['thanks', v]],
  realisedAt: (v) => [['realised_at', v]],
  returnedAt: (v) => [['returned_at', v]],
  releaseAt: (v) => [['release_at', v]],
  deadline: (v) => [['deadline', v]],
};

/** Each list's filter, sort column (descending, then id) and the index it reads. */
function planWishes(q: WishQuery, params: unknown[]): { where: string; column: string } {
  switch (q.kind) {
    case 'wall':
      return { where: `community_id = $${params.push(q.communityId)} AND status <> 'returned' AND release_at <= $${params.push(q.now)}`, column: 'release_at' };
    case 'staff': {
      const status = q.status ? ` AND status = $${params.push(q.status)}` : '';
      return { where: `community_id = $${params.push(q.communityId)}${status}`, column: 'created_at' };
    }
    case 'claimer': {
      const pairs = q.claimers.map((c) => `(claimer_kind = $${params.push(c.kind)} AND claimer_id = $${params.push(c.id)})`);
      return { where: pairs.length ? `(${pairs.join(' OR ')})` : 'false', column: 'claimed_at' };
    }
  }
}

export function pgWishes(db: Db): WishPort {
  const load = async (id: string) => {
    const [r] = await db.query('SELECT * FROM wishes WHERE id = $1', [id]);
    return r ? toWish(r) : null;
  };
  return {
    async createWish(w) {
      const [r] = await db.query(
        `INSERT INTO wishes (id, community_id, street_id, beneficiary_id, beneficiary_label, title, story, photos, value, points,
           release_at, deadline, status, posted_by, created_at, updated_at, version)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15,1) RETURNING *`,
        [w.id, w.communityId, w.streetId, w.beneficiaryId, w.beneficiaryLabel, w.title, w.story, JSON.stringify(w.photos), w.value,
          w.points, w.releaseAt, w.deadline, w.status, w.postedBy, w.createdAt],
      );
      return toWish(r);
    },

    getWish: load,

    async wishHeld(claimer) {
      const [r] = await db.query<{ held: number }>('SELECT held FROM wish_holds WHERE claimer_key = $1', [holdKey(claimer)]);
      return r?.held ?? 0;
    },

    async claimWish(change, holdLimit) {
      const c = change.decision.patch.claimer!;
      const [r] = await db.query<Record<string, any>>(WISH_CLAIM_SQL, [
        change.wishId, holdKey(c), holdLimit, c.kind, c.id, c.name, change.decision.patch.claimedBy, change.now,
      ]);
      if (r.won) return { ok: true, wish: toWish(r.won) };
      return { ok: false, reason: r.room ? 'taken' : 'limit' };
    },

    async transitionWish(change) {
      const d = change.decision;
      const params: unknown[] = [change.wishId, change.expectVersion, d.to, change.now];
      const sets = Object.entries(d.patch).flatMap(([field, value]) =>
        COLUMNS[field as keyof WishPatch](value as never).map(([column, v]) => `${column} = $${params.push(v)}`),
      );
      return db.tx(async (sql) => {
        const [row] = await sql.query(
          `UPDATE wishes SET status = $3, updated_at = $4, version = version + 1 ${sets.map((s) => ', ' + s).join('')}
           WHERE id = $1 AND version = $2 RETURNING *`,
          params,
        );
        if (!row) return null;
        if (d.award) {
          await sql.query(
            `INSERT INTO ledger (member_id, community_id, wish_id, points, hours, manual, reason, at)
             VALUES ($1, $2, $3, $4, 0, false, $5, $6) ON CONFLICT (member_id, wish_id) WHERE wish_id IS NOT NULL DO NOTHING`,
            [d.award.memberId, row.community_id, change.wishId, d.award.points, `微心愿：${row.title}`, change.now],
          );
        }
        await insertNotices(sql, change.notices ?? [], change.now);
        return toWish(row);
      });
    },

    async listWishes(query, page) {
      const params: unknown[] = [];
      const { where, column } = planWishes(query, params);
      const after = decodeCursor(page.cursor, 'instant');
      const keyset = after ? ` AND (${column}, id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})` : '';
      const rows = await db.query(
        `SELECT * FROM wishes WHERE ${where}${keyset} ORDER BY ${column} DESC, id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      const key = { release_at: 'releaseAt', created_at: 'createdAt', claimed_at: 'claimedAt' } as const;
      return toPage(rows.map(toWish), page.limit, (w) => [w[key[column as keyof typeof key]], w.id]);
    },

    async dueWishes(communityId, before, limit) {
      const rows = await db.query(
        `SELECT * FROM wishes WHERE community_id = $1 AND status IN ('open', 'claimed') AND deadline < $2 ORDER BY deadline, id LIMIT $3`,
        [communityId, before, limit],
      );
      return rows.map(toWish);
    },

    async wishRanking(communityId, from, to, limit) {
      return db.query(
        `SELECT claimer_kind AS kind, claimer_id AS id, min(claimer_name) AS name, count(*)::int AS count FROM wishes
         WHERE community_id = $1 AND status = 'realised' AND realised_at >= $2 AND realised_at < $3
         GROUP BY claimer_kind, claimer_id ORDER BY count DESC, min(realised_at), claimer_id LIMIT $4`,
        [communityId, from, to, limit],
      );
    },

    async createUnit(u) {
      const [r] = await db.query(
        `INSERT INTO units (id, community_id, name, kind, contact_name, phone, contact_ids, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) ON CONFLICT (community_id, name) WHERE status <> 'rejected' DO NOTHING RETURNING *`,
        [u.id, u.communityId, u.name, u.kind, u.contactName, u.phone, u.contactIds, u.status, u.createdAt],
      );
      return r ? toUnit(r) : null;
    },

    async getUnit(id) {
      const [r] = await db.query('SELECT * FROM units WHERE id = $1', [id]);
      return r ? toUnit(r) : null;
    },

    async unitsOf(userId, communityId) {
      const rows = await db.query('SELECT * FROM units WHERE contact_ids @> ARRAY[$1] AND community_id = $2 ORDER BY created_at, id', [userId, communityId]);
      return rows.map(toUnit);
    },

    async listUnits(communityId, status, page) {
      const params: unknown[] = [communityId];
      const filter = status ? ` AND status = $${params.push(status)}` : '';
      const after = decodeCursor(page.cursor, 'instant');
      const keyset = after ? ` AND (created_at, id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})` : '';
      const rows = await db.query(
        `SELECT * FROM units WHERE community_id = $1${filter}${keyset} ORDER BY created_at DESC, id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toUnit), page.limit, (u) => [u.createdAt, u.id]);
    },

    async reviewUnit(id, status, note, reviewer, now) {
      const [r] = await db.query(
        `UPDATE units SET status = $2, review_note = $3, reviewed_by = $4, updated_at = $5 WHERE id = $1 AND status = 'pending' RETURNING *`,
        [id, status, note, reviewer, now],
      );
      return r ? toUnit(r) : null;
    },
  };
}
