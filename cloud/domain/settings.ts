/**
 * Changing a community's settings: which keys a patch really changes, as the audit list records them.
 */
import type { SettingKey } from '../../types/settings';
import type { CommunitySettings } from './policies';

/** The keys of `patch` whose value differs from `current`, each with its value before and after. */
export function settingChanges(current: CommunitySettings, patch: Partial<CommunitySettings>): { key: SettingKey; old: unknown; new: unknown }[] {
  return (Object.keys(patch) as SettingKey[])
    .filter((key) => patch[key] !== undefined && JSON.stringify(patch[key]) !== JSON.stringify(current[key]))
    .map((key) => ({ key, old: current[key], new: patch[key] }));
}
