/**
 * A street's own settings on PostgreSQL: its 三色网格 thresholds in a jsonb column of `streets`.
 */
import type { StreetPort } from '../streets.port';
import type { Db } from './db';

export function pgStreets(db: Db): StreetPort {
  return {
    async gridThresholds(streetId) {
      const [row] = await db.query<any>('SELECT grid_thresholds FROM streets WHERE id = $1', [streetId]);
      return row?.grid_thresholds ?? null;
    },
    async saveGridThresholds(streetId, thresholds) {
      const rows = await db.query<any>('UPDATE streets SET grid_thresholds = $2 WHERE id = $1 RETURNING id', [streetId, JSON.stringify(thresholds)]);
      return rows.length > 0;
    },
  };
}
