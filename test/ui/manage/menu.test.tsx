/**
 * 服务菜单管理 and 网格管理: staff add a service with a required choice question and the input sent is what they typed;
 * a nameless service, a repeated key and a choice question without options are shown beside their fields before
 * anything is sent, and the server's own field messages land in the same places; a retired service is marked on
 * the list and opens with its questions; grids are saved with their buildings.
 */
import { fireEvent, within } from '@testing-library/react';
import type { Category } from '../../../types/domain';
import CategoryPage from '../../../src/manage/category';
import GridsPage from '../../../src/manage/grids';
import MenuPage from '../../../src/manage/menu';
import { ROUTES } from '../../../src/utils/routes';
import Taro from '@tarojs/taro';
import { me } from '../builders';
import { api, refuse } from '../fake-api';
import { renderAs, screen, waitFor } from '../render';

const type = (testId: string, value: string, n = 0) => fireEvent.change(screen.getAllByTestId(testId)[n], { target: { value } });

const pipes: Category = {
  id: 'c1-k9', communityId: 'c1', group: '生活服务', name: '管道疏通', icon: 'water', basePoints: 6, sort: 3, photoRequired: true,
  defaultPriority: 'high', active: false, fields: [{ key: 'spot', label: '哪里堵了', type: 'single', required: true, choices: ['厨房', '卫生间'] }],
};

test('staff add a service with a required single-choice question', async () => {
  api.on('menu.saveCategory', (input) => ({ ...pipes, ...input.category, id: 'c1-new' }));
  await renderAs(me(['staff']), <CategoryPage />);
  await screen.findByTestId('category-form');
  type('input-name', '管道疏通');
  type('input-points', '6');
  fireEvent.click(screen.getByTestId('field-add'));
  type('field-label', '哪里堵了');
  type('field-choices', '厨房、卫生间\n阳台');
  fireEvent.click(screen.getByTestId('field-required'));
  fireEvent.click(screen.getByTestId('category-save'));
  await waitFor(() => expect(api.callsOf('menu.saveCategory')).toHaveLength(1));
  expect(api.callsOf('menu.saveCategory')[0]).toEqual({
    communityId: 'c1',
    category: {
      group: '生活服务', name: '管道疏通', icon: 'heart', basePoints: 6, defaultPriority: 'normal', photoRequired: true, active: true,
      fields: [{ key: 'q1', label: '哪里堵了', type: 'single', required: true, choices: ['厨房', '卫生间', '阳台'] }],
    },
  });
});

test('no name, a repeated key and a choice question without options: each said beside its field, nothing sent', async () => {
  await renderAs(me(['staff']), <CategoryPage />);
  await screen.findByTestId('category-form');
  fireEvent.click(screen.getByTestId('field-add'));
  fireEvent.click(screen.getByTestId('field-add'));
  type('field-label', '哪里', 0);
  type('field-label', '几处', 1);
  type('field-key', 'spot', 0);
  type('field-key', 'spot', 1);
  fireEvent.click(screen.getAllByTestId('field-type-number')[1]);
  fireEvent.click(screen.getByTestId('category-save'));
  expect(await screen.findByTestId('field-error-name')).toHaveTextContent('请填写服务名称');
  expect(screen.getByTestId('field-error-fields.1.key')).toHaveTextContent('字段标识“spot”重复了');
  expect(screen.getByTestId('field-error-fields.0.choices')).toHaveTextContent('单选或多选题请至少给出2个选项');
  expect(api.callsOf('menu.saveCategory')).toHaveLength(0);
});

test('the server’s field messages show beside the fields they name', async () => {
  api.on('menu.saveCategory', () => refuse('CATEGORY.DUPLICATE', { 'category.name': '本社区已有同名的服务类别' }));
  await renderAs(me(['staff']), <CategoryPage />);
  await screen.findByTestId('category-form');
  type('input-name', '水电维修');
  fireEvent.click(screen.getByTestId('category-save'));
  expect(await screen.findByTestId('field-error-name')).toHaveTextContent('本社区已有同名的服务类别');
});

test('the list marks a retired service; it opens with its questions and is saved under its id', async () => {
  api.on('menu.categories', () => [pipes]);
  api.on('menu.saveCategory', (input) => ({ ...pipes, ...input.category }));
  await renderAs(me(['staff']), <MenuPage />);
  const row = await screen.findByTestId('category-row');
  expect(row).toHaveTextContent('管道疏通6分 · 1个问题 · 已停用');
  fireEvent.click(row);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.manageCategory}?id=c1-k9` });

  await renderAs(me(['staff']), <CategoryPage />, { id: 'c1-k9' });
  await screen.findByTestId('category-form');
  expect(screen.getByTestId('field-label')).toHaveValue('哪里堵了');
  expect(screen.getByTestId('input-active')).toHaveAttribute('aria-checked', 'false');
  fireEvent.click(screen.getByTestId('input-active'));
  fireEvent.click(screen.getByTestId('category-save'));
  await waitFor(() => expect(api.callsOf('menu.saveCategory')).toHaveLength(1));
  expect(api.callsOf('menu.saveCategory')[0].category).toMatchObject({ id: 'c1-k9', active: true, defaultPriority: 'high', fields: pipes.fields });
});

test('网格管理: a new grid is saved with its households and buildings', async () => {
  api.on('menu.get', () => ({ community: { id: 'c1' }, categories: [], teams: [], residentTags: [], grids: [{ id: 'c1-g1', communityId: 'c1', name: '第一网格', households: 300, buildings: ['1栋', '2栋'] }] }) as never);
  api.on('grid.save', (input) => ({ ...input.grid, id: 'c1-g2', communityId: 'c1' }) as never);
  await renderAs(me(['staff']), <GridsPage />);
  expect(await screen.findByTestId('grid-row')).toHaveTextContent('第一网格300户 · 1栋、2栋');
  fireEvent.click(screen.getByTestId('grid-new'));
  const form = screen.getByTestId('grid-form');
  fireEvent.change(within(form).getByTestId('grid-name'), { target: { value: '第二网格' } });
  fireEvent.change(within(form).getByTestId('grid-households'), { target: { value: '120' } });
  fireEvent.change(within(form).getByTestId('grid-buildings'), { target: { value: '3栋、4栋\n5栋' } });
  fireEvent.click(screen.getByTestId('grid-save'));
  await waitFor(() => expect(api.callsOf('grid.save')).toEqual([{ communityId: 'c1', grid: { name: '第二网格', households: 120, buildings: ['3栋', '4栋', '5栋'] } }]));
});
