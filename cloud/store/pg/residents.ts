/**
 * 居民档案 on PostgreSQL: records and their audit, each write and its audit line in one transaction.
 */
import type { RecordAuditEntry, ResidentRecord } from '../../../types/residents';
import { changedFields } from '../../domain/residents';
import { decodeCursor, toPage } from '../cursor';
import type { ResidentPort } from '../store.port';
import type { Db, Sql } from './db';
import { iso } from './rows';

type Row = Record<string, any>;

/** A row of resident_records as the domain sees it. */
export const toRecord = (r: Row): ResidentRecord => ({
  id: r.id,
  communityId: r.community_id,
  name: r.name,
  phone: r.phone,
  address: r.address,
  gridId: r.grid_id,
  tags: r.tags,
  linkedUserId: r.linked_user_id,
  createdBy: r.created_by,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
  version: r.version,
});

const toAudit = (r: Row): RecordAuditEntry => ({
  id: String(r.id),
  recordId: r.record_id,
  communityId: r.community_id,
  actorId: r.actor_id,
  action: r.action,
  fields: r.fields,
  at: iso(r.at)!,
});

const like = (text: string) => text.replace(/[\\%_]/g, (c) => '\\' + c);

async function audit(sql: Sql, r: Pick<ResidentRecord, 'id' | 'communityId'>, actorId: string, action: string, fields: string[], at: Date | string) {
  await sql.query('INSERT INTO resident_audit (record_id, community_id, actor_id, action, fields, at) VALUES ($1, $2, $3, $4, $5, $6)', [
    r.id,
    r.communityId,
    actorId,
    action,
    fields,
    at,
  ]);
}

/** Column of each patchable field, and how its value is written. */
const COLUMNS = {
  name: ['name', (v: unknown) => v],
  phone: ['phone', (v: unknown) => v],
  address: ['address', (v: unknown) => (v == null ? null : JSON.stringify(v))],
  gridId: ['grid_id', (v: unknown) => v],
  tags: ['tags', (v: unknown) => v],
} as const;

export function pgResidents(db: Db): ResidentPort {
  return {
    createResidentRecord: (r) =>
      db.tx(async (sql) => {
        const [row] = await sql.query(
          `INSERT INTO resident_records (id, community_id, name, phone, address, grid_id, tags, linked_user_id, created_by, created_at, updated_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
          [r.id, r.communityId, r.name, r.phone, r.address && JSON.stringify(r.address), r.gridId, r.tags, r.linkedUserId, r.createdBy, r.createdAt, r.updatedAt, r.version],
        );
        await audit(sql, r, r.createdBy, 'create', [], r.createdAt);
        return toRecord(row);
      }),

    async getResidentRecord(id) {
      const [row] = await db.query('SELECT * FROM resident_records WHERE id = $1', [id]);
      return row ? toRecord(row) : null;
    },

    updateResidentRecord: (change) =>
      db.tx(async (sql) => {
        const [row] = await sql.query('SELECT * FROM resident_records WHERE id = $1 AND version = $2 FOR UPDATE', [change.id, change.expectVersion]);
        if (!row) return null;
        const before = toRecord(row);
        const fields = changedFields(before, change.patch);
        if (fields.length === 0) return before;
        const params: unknown[] = [change.id, change.now];
        const sets = fields.map((f) => `${COLUMNS[f][0]} = $${params.push(COLUMNS[f][1](change.patch[f]))}`);
        const [updated] = await sql.query(
          `UPDATE resident_records SET ${sets.join(', ')}, updated_at = $2, version = version + 1 WHERE id = $1 RETURNING *`,
          params,
        );
        await audit(sql, before, change.actorId, 'update', fields, change.now);
        return toRecord(updated);
      }),

    linkResidentRecord: (id, userId, actorId, now) =>
      db.tx(async (sql) => {
        const [row] = await sql.query(
          `UPDATE resident_records SET linked_user_id = $2, updated_at = $3, version = version + 1
           WHERE id = $1 AND linked_user_id IS NULL RETURNING *`,
          [id, userId, now],
        );
        if (!row) return null;
        // The orders placed for the record become the resident's own: 我的需求 lists them.
        await sql.query('UPDATE orders SET resident_id = $2 WHERE record_id = $1', [id, userId]);
        const record = toRecord(row);
        await audit(sql, record, actorId, 'link', [], now);
        return record;
      }),

    async listResidentRecords(query, page) {
      const params: unknown[] = [query.communityId];
      const where = ['community_id = $1'];
      if (query.gridIds) where.push(`grid_id = ANY($${params.push(query.gridIds)})`);
      if (query.name) where.push(`name LIKE $${params.push(`%${like(query.name)}%`)}`);
      if (query.phoneTail) where.push(`phone LIKE $${params.push(`%${like(query.phoneTail)}`)}`);
      if (query.building) where.push(`address->>'building' = $${params.push(query.building)}`);
      if (query.tag) where.push(`$${params.push(query.tag)} = ANY(tags)`);
      const after = decodeCursor(page.cursor);
      if (after) where.push(`(created_at, id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})`);
      const rows = await db.query(
        `SELECT * FROM resident_records WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toRecord), page.limit, (r) => [r.createdAt, r.id]);
    },

    async auditResidentRecord(e) {
      await audit(db, { id: e.recordId, communityId: e.communityId }, e.actorId, e.action, [], e.at);
    },

    async residentAudit(recordId, limit) {
      const rows = await db.query('SELECT * FROM resident_audit WHERE record_id = $1 ORDER BY id DESC LIMIT $2', [recordId, limit]);
      return rows.map(toAudit);
    },
  };
}
