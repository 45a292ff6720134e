/**
 * Grids on the forms and 三色网格: the grid a building suggests follows the building until the user picks another;
 * a grid's colour from its figures against the street's thresholds; the quarter of a day.
 */
import { DEFAULT_GRID_THRESHOLDS, gridColor, quarterOf, thresholdsProblem } from '../../cloud/domain/grid.colors';
import { followBuilding, sortGrids } from '../../types/grids';

const grids = [{ id: 'g1', buildings: ['1栋', '3栋'] }, { id: 'g2', buildings: ['5号楼'] }];

test('the building suggests its grid while the user has not picked one', () => {
  expect(followBuilding(grids, '', '3号楼', null)).toBe('g1');
  // The suggestion follows the building…
  expect(followBuilding(grids, '3栋', '5栋', 'g1')).toBe('g2');
  expect(followBuilding(grids, '5栋', '9栋', 'g2')).toBeNull();
  // …but a grid the user picked stays.
  expect(followBuilding(grids, '3栋', '5栋', 'g9')).toBe('g9');
  expect(followBuilding(grids, '', '5栋', 'g1')).toBe('g1');
});

describe('三色网格', () => {
  const t = DEFAULT_GRID_THRESHOLDS;
  const good = { onTimeRate: 0.96, satisfaction: 1, visitReachRate: 0.9 };

  test('红 when every figure reaches the 红 line', () => {
    expect(gridColor(good, t)).toBe('red');
    expect(gridColor({ ...good, onTimeRate: 0.95 }, t)).toBe('red');
  });

  test('蓝 between the lines, or without every figure', () => {
    expect(gridColor({ ...good, satisfaction: 0.9 }, t)).toBe('blue');
    expect(gridColor({ ...good, visitReachRate: null }, t)).toBe('blue');
    expect(gridColor({ onTimeRate: null, satisfaction: null, visitReachRate: null }, t)).toBe('blue');
  });

  test('黄 when any figure falls below the 黄 line, however good the others', () => {
    expect(gridColor({ ...good, visitReachRate: 0.59 }, t)).toBe('yellow');
    expect(gridColor({ onTimeRate: 0.79, satisfaction: null, visitReachRate: null }, t)).toBe('yellow');
  });

  test('a street’s own thresholds decide', () => {
    const strict = { red: { onTimeRate: 1, satisfaction: 1, visitReachRate: 1 }, yellow: { onTimeRate: 0.97, satisfaction: 0, visitReachRate: 0 } };
    expect(gridColor(good, strict)).toBe('yellow');
    expect(thresholdsProblem(strict)).toBeNull();
    expect(thresholdsProblem({ ...strict, red: { ...strict.red, onTimeRate: 0.9 } })).toBe('红色标准不能低于黄色标准');
  });

  test('the quarter of a day', () => {
    expect(quarterOf('2026-11-29')).toEqual({ fromDay: '2026-10-01', toDay: '2026-12-31', name: '2026年第4季度' });
    expect(quarterOf('2024-02-10')).toEqual({ fromDay: '2024-01-01', toDay: '2024-03-31', name: '2024年第1季度' });
    expect(quarterOf('2026-06-30').toDay).toBe('2026-06-30');
  });
});

test('grids sort as people count them: Chinese and Arabic numbers by value, a tie by id', () => {
  const names = ['第十二网格', '第一网格', '第三网格', '第二十网格', '第二网格', '第10网格', '第9网格', '东区', '第十网格'];
  expect(sortGrids(names.map((name, i) => ({ id: `g${i}`, name }))).map((g) => g.name)).toEqual([
    '东区', '第一网格', '第二网格', '第三网格', '第9网格', '第10网格', '第十网格', '第十二网格', '第二十网格',
  ]);
});
