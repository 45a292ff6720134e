/**
 * Choices read by screen readers as what they are: one of several is a radio group, several a group of
 * checkboxes, each named and saying whether it is chosen. Categories come in the menu's groups and order.
 */
import { fireEvent, within } from '@testing-library/react';
import CategoryChoices from '../../../src/components/category-choices';
import Chips from '../../../src/components/chips';
import DeadlineField from '../../../src/components/deadline-field';
import FactList, { Fact } from '../../../src/components/fact-list';
import type { Category } from '../../../types/domain';
import { screen } from '../render';
import { renderAt } from './scale';

const options = [
  { value: 'a', label: '甲' },
  { value: 'b', label: '乙' },
];

test('one choice: a named radio group whose radios say which is chosen; clearable taps back to none', async () => {
  const onChange = jest.fn();
  await renderAt(1, <Chips clearable label="优先级" options={options} value="a" onChange={onChange} />);
  const group = screen.getByRole('radiogroup', { name: '优先级' });
  const radios = within(group).getAllByRole('radio');
  expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false']);
  fireEvent.click(radios[1]);
  expect(onChange).toHaveBeenLastCalledWith('b');
  fireEvent.click(radios[0]);
  expect(onChange).toHaveBeenLastCalledWith(null);
});

test('several choices: a named group of checkboxes', async () => {
  await renderAt(1, <Chips multiple label="网格" options={options} value={['b']} onChange={() => undefined} />);
  const group = screen.getByRole('group', { name: '网格' });
  expect(within(group).getAllByRole('checkbox').map((c) => c.getAttribute('aria-checked'))).toEqual(['false', 'true']);
});

test('categories come in their groups, groups in menu order, one radio group each', async () => {
  const cat = (id: string, group: string, name: string, sort: number): Category => ({ id, communityId: 'c1', group, name, icon: '', basePoints: 5, sort, photoRequired: true, defaultPriority: 'normal', active: true, fields: [] });
  const onChange = jest.fn();
  await renderAt(1, <CategoryChoices categories={[cat('k1', '生活服务', '水电维修', 2), cat('k2', '十大公益岗', '助老服务', 1), cat('k3', '生活服务', '家电维修', 3)]} value="k3" onChange={onChange} />);
  expect(screen.getAllByRole('radiogroup').map((g) => g.getAttribute('aria-label'))).toEqual(['十大公益岗', '生活服务']);
  expect(screen.getByRole('radio', { name: undefined, checked: true })).toHaveTextContent('家电维修');
  fireEvent.click(screen.getByText('水电维修'));
  expect(onChange).toHaveBeenCalledWith('k1');
});

test('a time limit: quick days or the order’s own, and what the choice means', async () => {
  const onChange = jest.fn();
  const current = new Date(Date.now() + 5 * 86_400_000).toISOString();
  await renderAt(1, <DeadlineField label="办结时限" testId="dl" days={[1, 3]} current={current} value={{ days: 3 }} onChange={onChange} />);
  expect(screen.getByRole('radio', { checked: true })).toHaveTextContent('3天');
  expect(screen.getByTestId('dl-result')).toHaveTextContent('剩余3天');
  fireEvent.click(screen.getByText(/保持原时限/));
  expect(onChange).toHaveBeenCalledWith({ iso: current });
});

test('a fact list: label beside value; a tappable value is a button', async () => {
  const onTap = jest.fn();
  await renderAt(
    1,
    <FactList>
      <Fact label="联系人" value="王秀英" testId="who" />
      <Fact label="联系电话" value="13912345678" onTap={onTap} />
    </FactList>,
  );
  expect(screen.getByTestId('who')).toHaveTextContent('王秀英');
  fireEvent.click(screen.getByRole('button'));
  expect(onTap).toHaveBeenCalled();
});
