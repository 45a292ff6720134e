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

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A run of Chinese numerals as a number (十二 = 12, 二十 = 20, 一百零五 = 105); NaN if it is not one. */
function chineseNumber(run: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of run) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch === '十' || ch === '百') {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

/** A name with each number (Arabic or Chinese) padded, so 第二网格 sorts before 第三网格 and 第十网格 after 第九网格. */
const sortKey = (name: string) =>
  name.replace(/[0-9]+|[零〇一二两三四五六七八九十百]+/g, (run) => String(/^[0-9]+$/.test(run) ? Number(run) : chineseNumber(run)).padStart(6, '0'));

/** Grids in the order people count them: 第一网格, 第二网格, … 第十网格 (not by character code). */
export function sortGrids<T extends Pick<Grid, 'name' | 'id'>>(grids: T[]): T[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0); // by code point: the same on every machine
  return [...grids].sort((a, b) => order(sortKey(a.name), sortKey(b.name)) || order(a.id, b.id));
}

/** Sizes of a grid as staff keep it. */
export const GRID_LIMITS = { name: { max: 20 }, households: { min: 0, max: 100_000 }, buildings: { max: 200 }, building: { max: 30 } };
