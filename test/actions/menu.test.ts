/**
 * 服务菜单 over HTTP: staff add a category with its own questions; residents' answers are checked against them on
 * 点单 and 代点单 (required, type, choices) and shown to staff; a retired category refuses new orders but its old
 * ones keep it. Bad categories are typed Chinese field errors that change nothing.
 */
import type { ActionInput } from '../../types/actions';
import { makeGridWorker, makePerson, resetStore, residentRecord, startTestHost, submission, type Client, type TestHost } from '../factories';

let host: TestHost;
let staff: Client;
let resident: Client;
let gw: Client;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());
beforeEach(async () => {
  await resetStore(host.store);
  await makePerson(host.store, 'staff', 'staff');
  await makePerson(host.store, 'resident', 'resident');
  await makeGridWorker(host.store, 'gw', 'c1', ['c1-g1']);
  [staff, resident, gw] = await Promise.all([host.as('staff'), host.as('resident'), host.as('gw')]);
});

const PIPES: ActionInput<'menu.saveCategory'>['category'] = {
  group: '生活服务',
  name: '管道疏通',
  basePoints: 6,
  defaultPriority: 'high',
  fields: [
    { key: 'spot', label: '哪里漏水', type: 'single', required: true, choices: ['厨房', '卫生间'] },
    { key: 'rooms', label: '涉及房间', type: 'multi', required: false, choices: ['客厅', '卧室'] },
    { key: 'count', label: '几处', type: 'number', required: false },
    { key: 'day', label: '方便日期', type: 'date', required: false },
  ],
};
const categoryRows = () => host.store.db.query('SELECT * FROM categories ORDER BY id');

test('staff add a category with fields; a resident answers them and staff read the answers on the order', async () => {
  const saved = await staff.ok('menu.saveCategory', { communityId: 'c1', category: PIPES });
  expect(saved).toMatchObject({ communityId: 'c1', name: '管道疏通', active: true, photoRequired: true, fields: PIPES.fields });
  const menu = await resident.ok('menu.get', { communityId: 'c1' });
  expect(menu.categories.find((c) => c.id === saved.id)?.fields).toEqual(PIPES.fields);

  const answers = { spot: '卫生间', rooms: ['卧室'], count: 2, day: '2026-12-01', stray: 'x' };
  const order = await resident.ok('order.submit', { ...submission('pipes-1'), categoryId: saved.id, urgency: 'normal', answers });
  expect(order.priority).toBe('high');
  expect(order.answers).toEqual([
    { key: 'spot', label: '哪里漏水', text: '卫生间' },
    { key: 'rooms', label: '涉及房间', text: '卧室' },
    { key: 'count', label: '几处', text: '2' },
    { key: 'day', label: '方便日期', text: '2026-12-01' },
  ]);
  expect((await staff.ok('order.detail', { orderId: order.id })).answers).toHaveLength(4);
});

test('answers missing, of the wrong type or not among the choices: field errors, no order', async () => {
  const { id } = await staff.ok('menu.saveCategory', { communityId: 'c1', category: PIPES });
  const bad = [
    [{}, 'answers.spot', '请填写“哪里漏水”'],
    [{ spot: '阳台' }, 'answers.spot', '“哪里漏水”请从给出的选项中选择'],
    [{ spot: '厨房', count: '两处' }, 'answers.count', '“几处”请填写数字'],
    [{ spot: '厨房', rooms: ['厨房'] }, 'answers.rooms', '“涉及房间”请从给出的选项中选择'],
    [{ spot: '厨房', day: '明天' }, 'answers.day', '“方便日期”请选择日期'],
  ] as const;
  for (const [answers, field, message] of bad) {
    const res = await resident.call('order.submit', { ...submission(`bad-${field}`), categoryId: id, answers });
    expect(res).toMatchObject({ code: 'INPUT.INVALID', fields: { [field]: message } });
  }
  // 代点单 is checked the same way.
  const record = await gw.ok('resident.create', residentRecord());
  const { communityId: _c, contactName: _n, contactPhone: _p, ...fields } = submission('proxy-bad');
  expect(await gw.call('order.submitFor', { ...fields, residentId: record.id, categoryId: id, answers: { spot: '阳台' } })).toMatchObject({
    code: 'INPUT.INVALID', fields: { 'answers.spot': '“哪里漏水”请从给出的选项中选择' },
  });
  expect(await host.store.db.query('SELECT id FROM orders')).toEqual([]);
});

test('a retired category refuses new orders; its old orders keep its name and answers', async () => {
  const saved = await staff.ok('menu.saveCategory', { communityId: 'c1', category: PIPES });
  const old = await resident.ok('order.submit', { ...submission('old-1'), categoryId: saved.id, answers: { spot: '厨房' } });
  await staff.ok('menu.saveCategory', { communityId: 'c1', category: { ...PIPES, id: saved.id, active: false } });
  expect(await resident.call('order.submit', { ...submission('new-1'), categoryId: saved.id, answers: { spot: '厨房' } })).toMatchObject({ code: 'CATEGORY.NOT_FOUND' });
  const detail = await staff.ok('order.detail', { orderId: old.id });
  expect(detail).toMatchObject({ categoryName: '管道疏通', answers: [{ key: 'spot', label: '哪里漏水', text: '厨房' }] });
});

test('no name, a duplicate key, a choice without choices, a taken name: typed errors, nothing saved', async () => {
  const was = JSON.stringify(await categoryRows());
  const bad = [
    [{ ...PIPES, name: ' ' }, 'INPUT.INVALID', 'category.name', '请填写服务名称'],
    [{ ...PIPES, fields: [PIPES.fields![0], { ...PIPES.fields![2], key: 'spot' }] }, 'INPUT.INVALID', 'category.fields.1.key', '字段标识“spot”重复了'],
    [{ ...PIPES, fields: [{ key: 'spot', label: '哪里漏水', type: 'single', required: true }] }, 'INPUT.INVALID', 'category.fields.0.choices', '单选或多选题请至少给出2个选项'],
    [{ ...PIPES, name: '水电维修' }, 'CATEGORY.DUPLICATE', 'category.name', '本社区已有同名的服务类别'],
  ] as const;
  for (const [category, code, field, message] of bad) {
    expect(await staff.call('menu.saveCategory', { communityId: 'c1', category })).toMatchObject({ code, fields: { [field]: message } });
  }
  expect(await staff.call('menu.saveCategory', { communityId: 'c1', category: { ...PIPES, id: 'c2-k1' } })).toMatchObject({ code: 'CATEGORY.NOT_FOUND' });
  expect(JSON.stringify(await categoryRows())).toBe(was);
});
