/**
 * The part of the store contract a street keeps for itself: its 三色网格 thresholds, null until set, set whole,
 * other streets untouched, an unknown street refused. Called from describeStoreContract for every adapter.
 */
import { DEFAULT_GRID_THRESHOLDS } from '../../cloud/domain/grid.colors';
import type { Store } from '../../cloud/store/store.port';

export function describeStreetsContract(storeOf: () => Store): void {
  describe('street settings', () => {
    test('三色网格 thresholds: none until set, then the whole set, for that street only', async () => {
      const store = storeOf();
      expect(await store.gridThresholds('st1')).toBeNull();
      const strict = { ...DEFAULT_GRID_THRESHOLDS, red: { onTimeRate: 1, satisfaction: 0.98, visitReachRate: 0.95 } };
      expect(await store.saveGridThresholds('st1', strict)).toBe(true);
      expect(await store.gridThresholds('st1')).toEqual(strict);
      expect(await store.gridThresholds('st2')).toBeNull();
      // Saved again with the same values: still there, still true.
      expect(await store.saveGridThresholds('st1', strict)).toBe(true);
      expect(await store.saveGridThresholds('st1', DEFAULT_GRID_THRESHOLDS)).toBe(true);
      expect(await store.gridThresholds('st1')).toEqual(DEFAULT_GRID_THRESHOLDS);
      expect(await store.saveGridThresholds('nowhere', strict)).toBe(false);
      expect(await store.gridThresholds('nowhere')).toBeNull();
    });
  });
}
