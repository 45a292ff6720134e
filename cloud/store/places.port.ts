/** The part of the store port (store.port.ts) a community runs itself with: its settings and their audit list, its menu. */
import type { Category, Grid } from '../../types/domain';
import type { SettingsChange } from '../../types/settings';
import type { CommunitySettings } from '../domain/policies';

export interface PlacesPort {
  /**
   * Applies `patch` to the community's settings and appends one audit entry per key it really changes (none when
   * nothing changes); answers those entries, or null when there is no such community.
   */
  updateSettings(communityId: string, patch: Partial<CommunitySettings>, by: { userId: string; name: string }, at: Date): Promise<SettingsChange[] | null>;
  /** Writes a category whole by id, created or changed (getMenu lists retired ones too, marked). */
  saveCategory(category: Category): Promise<void>;
  /** Writes a grid by id, created or changed: name, households, buildings. */
  saveGrid(grid: Required<Grid>): Promise<void>;
  /** The community's settings changes, newest save first (a save's keys in the order it gave them), at most `limit`. */
  settingsAudit(communityId: string, limit: number): Promise<SettingsChange[]>;
}
