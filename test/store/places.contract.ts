/**
 * The part of the store contract a community runs itself with: settings changed key by key, each real change in
 * the audit list (newest first, old → new, who), unchanged keys not recorded, other communities untouched.
 * Called from describeStoreContract for every adapter.
 */
import { DEFAULT_SETTINGS } from '../../cloud/domain/policies';
import type { Store } from '../../cloud/store/store.port';
import type { Category } from '../../types/domain';

const T0 = new Date('2026-03-01T02:00:00Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ADMIN = { userId: 'admin-1', name: '李娟' };

export function describePlacesContract(storeOf: () => Store): void {
  describe('community settings', () => {
    test('a patch changes its keys, keeps the others, and records each real change (newest save first, its keys in the order given)', async () => {
      const store = storeOf();
      const changes = await store.updateSettings('c1', { maxActiveClaims: 5, autoCloseDays: DEFAULT_SETTINGS.autoCloseDays, acceptMinutes: { life_threatening: 10, urgent: 60, normal: 720 } }, ADMIN, T0);
      expect(changes).toEqual([
        { communityId: 'c1', key: 'maxActiveClaims', old: 3, new: 5, by: 'admin-1', byName: '李娟', at: T0.toISOString() },
        { communityId: 'c1', key: 'acceptMinutes', old: DEFAULT_SETTINGS.acceptMinutes, new: { life_threatening: 10, urgent: 60, normal: 720 }, by: 'admin-1', byName: '李娟', at: T0.toISOString() },
      ]);
      const c1 = await store.getCommunity('c1');
      expect(c1!.settings).toEqual({ ...DEFAULT_SETTINGS, maxActiveClaims: 5, acceptMinutes: { life_threatening: 10, urgent: 60, normal: 720 } });
      expect((await store.getCommunity('c2'))!.settings).toEqual(DEFAULT_SETTINGS);

      await store.updateSettings('c1', { maxActiveClaims: 7, residentTags: ['独居'] }, { userId: 'admin-2', name: '王芳' }, later(5));
      const audit = await store.settingsAudit('c1', 10);
      expect(audit.map((a) => [a.key, a.old, a.new, a.by])).toEqual([
        ['maxActiveClaims', 5, 7, 'admin-2'],
        ['residentTags', DEFAULT_SETTINGS.residentTags, ['独居'], 'admin-2'],
        ['maxActiveClaims', 3, 5, 'admin-1'],
        ['acceptMinutes', DEFAULT_SETTINGS.acceptMinutes, { life_threatening: 10, urgent: 60, normal: 720 }, 'admin-1'],
      ]);
      expect(await store.settingsAudit('c1', 1)).toHaveLength(1);
      expect(await store.settingsAudit('c2', 10)).toEqual([]);
    });

    test('a patch that changes nothing records nothing; an unknown community is null', async () => {
      const store = storeOf();
      expect(await store.updateSettings('c1', { wishPoints: DEFAULT_SETTINGS.wishPoints }, ADMIN, T0)).toEqual([]);
      expect(await store.settingsAudit('c1', 10)).toEqual([]);
      expect(await store.updateSettings('nowhere', { wishPoints: 9 }, ADMIN, T0)).toBeNull();
    });
  });

  describe('service menu', () => {
    const repair: Category = {
      id: 'c1-new', communityId: 'c1', group: '生活服务', name: '管道疏通', icon: 'water', basePoints: 6, sort: 9, photoRequired: false,
      defaultPriority: 'high', active: true,
      fields: [{ key: 'spot', label: '堵塞位置', type: 'single', required: true, choices: ['厨房', '卫生间'], hint: '选一个' }, { key: 'n', label: '几处', type: 'number', required: false }],
    };

    test('a category is saved whole, changed by id and retired; the menu lists it, marked', async () => {
      const store = storeOf();
      await store.saveCategory(repair);
      expect((await store.getMenu('c1')).categories.find((c) => c.id === 'c1-new')).toEqual(repair);
      const retired = { ...repair, name: '下水道疏通', active: false, fields: [repair.fields[1]] };
      await store.saveCategory(retired);
      const { categories } = await store.getMenu('c1');
      expect(categories.filter((c) => c.id === 'c1-new')).toEqual([retired]);
      expect(categories.filter((c) => c.active).length).toBe(categories.length - 1);
      expect((await store.getMenu('c2')).categories.some((c) => c.id === 'c1-new')).toBe(false);
    });
  });

  describe('grids', () => {
    test('a grid is saved with households and buildings, changed by id, and listed in the menu', async () => {
      const store = storeOf();
      await store.saveGrid({ id: 'c1-g9', communityId: 'c1', name: '第九网格', households: 120, buildings: ['9栋', '10栋'] });
      await store.saveGrid({ id: 'c1-g1', communityId: 'c1', name: '第1网格', households: 300, buildings: ['1栋'] });
      const { grids } = await store.getMenu('c1');
      expect(grids.find((g) => g.id === 'c1-g9')).toEqual({ id: 'c1-g9', communityId: 'c1', name: '第九网格', households: 120, buildings: ['9栋', '10栋'] });
      expect(grids.find((g) => g.id === 'c1-g1')).toMatchObject({ households: 300, buildings: ['1栋'] });
      await store.saveGrid({ id: 'c1-g9', communityId: 'c1', name: '第九网格', households: 130, buildings: [] });
      expect((await store.getMenu('c1')).grids.find((g) => g.id === 'c1-g9')).toMatchObject({ households: 130, buildings: [] });
      expect((await store.getMenu('c2')).grids.some((g) => g.id === 'c1-g9')).toBe(false);
    });
  });
}
