/**
 * A community run by itself, on PostgreSQL: its settings (a jsonb of the keys it changed) and their audit list.
 */
import type { Category } from '../../../types/domain';
import type { SettingsChange } from '../../../types/settings';
import { DEFAULT_SETTINGS } from '../../domain/policies';
import { settingChanges } from '../../domain/settings';
import type { PlacesPort } from '../places.port';
import type { Db, Sql } from './db';

const toChange = (r: any): SettingsChange => ({
  communityId: r.community_id,
  key: r.key,
  old: r.old_value,
  new: r.new_value,
  by: r.by_user,
  byName: r.by_name,
  at: new Date(r.at).toISOString(),
});

/** A category row as the port reads it. */
export const toCategory = (r: any): Category => ({
  id: r.id,
  communityId: r.community_id,
  group: r.grp,
  name: r.name,
  icon: r.icon,
  basePoints: r.base_points,
  sort: r.sort,
  photoRequired: r.photo_required,
  defaultPriority: r.default_priority,
  active: r.active,
  fields: r.fields,
});

/** Writes a category whole, by id (set-up and staff's 服务菜单 alike). */
export async function upsertCategory(sql: Pick<Sql, 'query'>, c: Category): Promise<void> {
  await sql.query(
    `INSERT INTO categories (id, community_id, grp, name, icon, base_points, sort, photo_required, default_priority, active, fields)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (id) DO UPDATE SET grp = EXCLUDED.grp, name = EXCLUDED.name, icon = EXCLUDED.icon, base_points = EXCLUDED.base_points,
       sort = EXCLUDED.sort, photo_required = EXCLUDED.photo_required, default_priority = EXCLUDED.default_priority,
       active = EXCLUDED.active, fields = EXCLUDED.fields`,
    [c.id, c.communityId, c.group, c.name, c.icon, c.basePoints, c.sort, c.photoRequired, c.defaultPriority, c.active, JSON.stringify(c.fields)],
  );
}

export function pgPlaces(db: Db): PlacesPort {
  return {
    async updateSettings(communityId, patch, by, at) {
      return db.tx(async (sql) => {
        // Locked so two admins saving at once each record the value the other left.
        const [row] = await sql.query<any>('SELECT settings FROM communities WHERE id = $1 FOR UPDATE', [communityId]);
        if (!row) return null;
        const changes = settingChanges({ ...DEFAULT_SETTINGS, ...row.settings }, patch);
        if (changes.length === 0) return [];
        const stored = { ...row.settings, ...Object.fromEntries(changes.map((c) => [c.key, c.new])) };
        await sql.query('UPDATE communities SET settings = $2 WHERE id = $1', [communityId, JSON.stringify(stored)]);
        for (const c of changes) {
          await sql.query(
            'INSERT INTO settings_audit (community_id, key, old_value, new_value, by_user, by_name, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [communityId, c.key, JSON.stringify(c.old), JSON.stringify(c.new), by.userId, by.name, at],
          );
        }
        return changes.map((c) => ({ communityId, ...c, by: by.userId, byName: by.name, at: at.toISOString() }));
      });
    },
    saveCategory: (c) => upsertCategory(db, c),
    async saveGrid(g) {
      await db.query(
        `INSERT INTO grids (id, community_id, name, households, buildings) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, households = EXCLUDED.households, buildings = EXCLUDED.buildings`,
        [g.id, g.communityId, g.name, g.households, g.buildings],
      );
    },
    async settingsAudit(communityId, limit) {
      const rows = await db.query<any>('SELECT * FROM settings_audit WHERE community_id = $1 ORDER BY at DESC, id LIMIT $2', [communityId, limit]);
      return rows.map(toChange);
    },
  };
}
