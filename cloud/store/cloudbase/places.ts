/**
 * A community run by itself, on CloudBase: its settings (the `settings` of its `communities` document) and their
 * audit list, one `settingsAudit` document per changed key (`at` a Date; the `_id` keeps the keys of one save in order).
 */
import { randomUUID } from 'node:crypto';
import type { Category } from '../../../types/domain';
import type { SettingsChange } from '../../../types/settings';
import { DEFAULT_SETTINGS } from '../../domain/policies';
import { settingChanges } from '../../domain/settings';
import type { PlacesPort } from '../places.port';
import { byId, insertOnce, readSorted, type Cb, type Doc } from './db';
import { iso } from './docs';

const toChange = (d: Doc): SettingsChange => ({ communityId: d.communityId, key: d.key, old: d.old, new: d.new, by: d.by, byName: d.byName, at: iso(d.at)! });

/** A `categories` document as the port reads it (documents from before fields and retiring read as active, none). */
export const toCategory = (d: Doc): Category => ({
  id: d._id,
  communityId: d.communityId,
  group: d.group,
  name: d.name,
  icon: d.icon,
  basePoints: d.basePoints,
  sort: d.sort,
  photoRequired: d.photoRequired ?? true,
  defaultPriority: d.defaultPriority ?? 'normal',
  active: d.active ?? true,
  fields: d.fields ?? [],
});

/** Writes a category whole, by id (set-up and staff's 服务菜单 alike). */
export async function saveCategory(cb: Cb, c: Category): Promise<void> {
  const { id, communityId, ...rest } = c;
  const change = { ...rest, fields: cb._.set(c.fields) };
  const { created } = await insertOnce(cb.coll('categories'), { _id: id, communityId, ...rest }, () => byId(cb, 'categories', id));
  if (!created) await cb.coll('categories').where({ _id: id }).update({ data: change });
}

export function cbPlaces(cb: Cb): PlacesPort {
  const { _ } = cb;
  return {
    async updateSettings(communityId, patch, by, at) {
      const community = await byId(cb, 'communities', communityId, { settings: true });
      if (!community) return null;
      const changes = settingChanges({ ...DEFAULT_SETTINGS, ...community.settings }, patch);
      if (changes.length === 0) return [];
      // Each key is set on its own, so two saves of different keys at once both stay.
      const data = Object.fromEntries(changes.map((c) => [`settings.${c.key}`, _.set(c.new)]));
      await cb.coll('communities').where({ _id: communityId }).update({ data });
      const batch = randomUUID();
      await Promise.all(
        changes.map((c, i) =>
          cb.coll('settingsAudit').add({ data: { _id: `${batch}:${10 + i}`, communityId, ...c, by: by.userId, byName: by.name, at } }),
        ),
      );
      return changes.map((c) => ({ communityId, ...c, by: by.userId, byName: by.name, at: at.toISOString() }));
    },
    saveCategory: (c) => saveCategory(cb, c),
    async saveGrid(g) {
      const change = { name: g.name, households: g.households, buildings: _.set(g.buildings) };
      const { created } = await insertOnce(cb.coll('grids'), { _id: g.id, communityId: g.communityId, name: g.name, households: g.households, buildings: g.buildings }, () => byId(cb, 'grids', g.id));
      if (!created) await cb.coll('grids').where({ _id: g.id }).update({ data: change });
    },
    async settingsAudit(communityId, limit) {
      const rows = await readSorted(cb, 'settingsAudit', { filter: [{ communityId }], sort: [['at', 'desc'], ['_id', 'asc']] }, null, limit);
      return rows.map(toChange);
    },
  };
}
