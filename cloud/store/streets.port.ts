/**
 * A street's own settings in the store port (store.port.ts): the thresholds its 三色网格 are rated against.
 */
import type { GridColorThresholds } from '../../types/stats';

export interface StreetPort {
  /** The street's 三色网格 thresholds, or null while it keeps the defaults (or there is no such street). */
  gridThresholds(streetId: string): Promise<GridColorThresholds | null>;
  /** Sets them whole; false when there is no such street. */
  saveGridThresholds(streetId: string, thresholds: GridColorThresholds): Promise<boolean>;
}
