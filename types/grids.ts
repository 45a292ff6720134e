/**
 * Grids and the buildings they cover: which grid an address's building suggests, the same on the 点单 forms and
 * on the server.
 */
import type { Grid } from './domain';

/** A building as compared: without spaces, 号楼 and 幢 read as 栋 (3号楼 = 3栋 = 3幢). */
export function buildingKey(building: string): string {
  return building.replace(/\s+/g, '').replace(/(号楼|幢|号)$/, '栋');
}

/** The grid covering this building, or null when none does (or no building is given). */
export function gridForBuilding(grids: Pick<Grid, 'id' | 'buildings'>[], building: string | null | undefined): string | null {
  if (!building?.trim()) return null;
  const key = buildingKey(building);
  return grids.find((g) => (g.buildings ?? []).some((b) => buildingKey(b) === key))?.id ?? null;
}

/**
 * The grid a form shows after its building changes from `before` to `after`: the new building's grid while the one
 * shown is none or the old building's suggestion; a grid the user picked stays.
 */
export function followBuilding(grids: Pick<Grid, 'id' | 'buildings'>[], before: string, after: string, gridId: string | null): string | null {
  return gridId === null || gridId === gridForBuilding(grids, before) ? gridForBuilding(grids, after) : gridId;
}

/** Sizes of a grid as staff keep it. */
export const GRID_LIMITS = { name: { max: 20 }, households: { min: 0, max: 100_000 }, buildings: { max: 200 }, building: { max: 30 } };
