/**
 * 网格管理 over HTTP: staff add and change grids (name, households, buildings); an order placed with a building the
 * grid covers and no grid chosen lands in that grid; duplicates and bad input are typed Chinese errors that change
 * nothing.
 */
import { gridForBuilding } from '../../types/grids';
import { makePerson, resetStore, startTestHost, submission, type Client, type TestHost } from '../factories';

let host: TestHost;
let staff: Client;
let resident: Client;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  await makePerson(host.store, 'staff', 'staff');
  await makePerson(host.store, 'resident', 'resident');
  [staff, resident] = await Promise.all([host.as('staff'), host.as('resident')]);
});

const gridRows = () => host.store.db.query('SELECT * FROM grids ORDER BY id');

test('the building suggests its grid: 3号楼, 3栋 and 3幢 are one building', () => {
  const grids = [{ id: 'g1', buildings: ['1栋', '3栋'] }, { id: 'g2', buildings: ['5号楼'] }];
  expect(gridForBuilding(grids, '3号楼')).toBe('g1');
  expect(gridForBuilding(grids, ' 5 栋')).toBe('g2');
  expect(gridForBuilding(grids, '7栋')).toBeNull();
  expect(gridForBuilding(grids, '')).toBeNull();
});

test('staff add a grid with its buildings; an order from one of them lands in it', async () => {
  const grid = await staff.ok('grid.save', { communityId: 'c1', grid: { name: '第三网格', households: 320, buildings: ['9栋', '10栋'] } });
  expect(grid).toMatchObject({ communityId: 'c1', name: '第三网格', households: 320, buildings: ['9栋', '10栋'] });
  expect((await staff.ok('menu.get', { communityId: 'c1' })).grids.find((g) => g.id === grid.id)).toEqual(grid);
  const order = await resident.ok('order.submit', { ...submission('g-1'), address: { building: '9号楼', unit: '', room: '' }, gridId: null });
  expect(order.gridId).toBe(grid.id);
  const changed = await staff.ok('grid.save', { communityId: 'c1', grid: { ...grid, households: 330 } });
  expect(changed.households).toBe(330);
});

test('grids are listed in the order people count them, not by character code', async () => {
  for (const name of ['第十网格', '第三网格', '第二网格', '第十一网格']) await staff.ok('grid.save', { communityId: 'c1', grid: { name, households: 10, buildings: [] } });
  const names = (await resident.ok('menu.get', { communityId: 'c1' })).grids.map((g) => g.name);
  expect(names.filter((n) => !/\d/.test(n))).toEqual(['第二网格', '第三网格', '第十网格', '第十一网格']);
});

test('a taken name or building, bad numbers, another community: typed errors, nothing saved', async () => {
  await staff.ok('grid.save', { communityId: 'c1', grid: { id: 'c1-g1', name: '第1网格', households: 100, buildings: ['1栋'] } });
  const was = JSON.stringify(await gridRows());
  const bad = [
    [{ name: '第1网格', households: 10, buildings: [] }, 'GRID.DUPLICATE', 'grid.name', '本社区已有同名的网格'],
    [{ name: '新网格', households: 10, buildings: ['1号楼'] }, 'GRID.BUILDING_TAKEN', 'grid.buildings', '1号楼已划入其他网格'],
    [{ name: '新网格', households: -1, buildings: [] }, 'INPUT.INVALID', 'grid.households', '户数不能小于0'],
    [{ name: '', households: 1, buildings: [] }, 'INPUT.INVALID', 'grid.name', '请填写网格名称'],
    [{ name: '新网格', households: 1, buildings: ['2栋', '2号楼'] }, 'INPUT.INVALID', 'grid.buildings', '楼栋不能重复'],
  ] as const;
  for (const [grid, code, field, message] of bad) {
    expect(await staff.call('grid.save', { communityId: 'c1', grid })).toMatchObject({ code, fields: { [field]: message } });
  }
  expect(await staff.call('grid.save', { communityId: 'c2', grid: { name: '新网格', households: 1, buildings: [] } })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  expect(JSON.stringify(await gridRows())).toBe(was);
});
