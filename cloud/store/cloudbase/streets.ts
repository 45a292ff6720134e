/**
 * A street's own settings on CloudBase: its 三色网格 thresholds as `gridThresholds` on its `streets` document.
 */
import type { StreetPort } from '../streets.port';
import { byId, type Cb } from './db';

export function cbStreets(cb: Cb): StreetPort {
  return {
    async gridThresholds(streetId) {
      return (await byId(cb, 'streets', streetId, { gridThresholds: true }))?.gridThresholds ?? null;
    },
    async saveGridThresholds(streetId, thresholds) {
      // Asked first: an update that changes nothing counts no document either.
      if (!(await byId(cb, 'streets', streetId, { _id: true }))) return false;
      // Set whole (`_.set`), so no old key survives inside the object.
      await cb.coll('streets').where({ _id: streetId }).update({ data: { gridThresholds: cb._.set(thresholds) } });
      return true;
    },
  };
}
