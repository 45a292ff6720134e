/**
 * Every piece of user text, in every action, passes the platform's content check: table-driven over the registry,
 * each marked text field of each action is sent with risky words by the caller who could otherwise do it, and is
 * refused with CONTENT.UNSAFE while nothing is written. The same call with the arranged text succeeds.
 */
import { markedPaths, type FieldPath } from '../../cloud/actions/shared/marked';
import { ACTIONS } from '../../cloud/actions/shared/registry.all';
import type { ActionName } from '../../types/actions';
import { resetStore, startTestHost, type TestHost } from '../factories';
import { makeWorld, WRITES, type WriteAction } from '../scenarios';

const RISKY = '赌博 毒品';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());

const textFields = (action: ActionName) => markedPaths('text', ACTIONS[action].input).map((p) => p.join('.'));
const withText = (Object.keys(ACTIONS) as ActionName[]).filter((a) => textFields(a).length > 0);

/** Everything a step can write, counted; a refused call must leave it as it was. */
async function written(): Promise<string> {
  const q = (sql: string) => host.store.db.query(sql);
  return JSON.stringify(
    await q(`SELECT (SELECT count(*) FROM orders) AS orders, (SELECT coalesce(sum(version), 0) FROM orders) AS versions,
      (SELECT count(*) FROM order_events) AS events, (SELECT count(*) FROM members) AS members,
      (SELECT count(*) FROM ledger) AS ledger, (SELECT count(*) FROM notices) AS notices,
      (SELECT count(*) FROM role_grants) AS grants, (SELECT count(*) FROM visits) AS visits, (SELECT string_agg(name, ',' ORDER BY openid) FROM users) AS names`),
  );
}

/** The input with the field at `path` holding the risky words (in a list: as its one element). */
function withRisky(data: Record<string, unknown>, path: FieldPath): Record<string, unknown> {
  const [head, ...rest] = path;
  if (rest.length === 0) return { ...data, [head]: RISKY };
  if (rest[0] === '*' && rest.length > 1) return { ...data, [head]: [withRisky(((data[head] as Record<string, unknown>[]) ?? [])[0] ?? {}, rest.slice(1))] };
  if (rest[0] === '*') return { ...data, [head]: [RISKY] };
  return { ...data, [head]: withRisky((data[head] as Record<string, unknown>) ?? {}, rest) };
}

test('the text fields each action marks are the ones people type', () => {
  expect(Object.fromEntries(withText.map((a) => [a, textFields(a)]))).toEqual({
    'community.join': ['name'],
    'department.save': ['department.name', 'department.contactName'],
    'order.toDepartment': ['note'],
    'order.departmentStep': ['note'],
    'order.submit': ['title', 'description', 'address.building', 'address.unit', 'address.room', 'contactName'],
    'order.cancel': ['reason'],
    'order.closeTeam': ['reason'],
    'order.reject': ['reason', 'referral'],
    'order.dispatch': ['poolLimit.skills.*'],
    'order.decline': ['reason'],
    'order.release': ['reason'],
    'order.escalate': ['note'],
    'order.streetResolve': ['note'],
    'order.progress': ['note'],
    'order.complete': ['note'],
    'order.confirm': ['comment'],
    'order.reopen': ['reason'],
    'order.visit': ['note'],
    'order.urge': ['note'],
    'order.extend': ['reason'],
    'order.recall': ['reason'],
    'order.reassign': ['note'],
    'order.submitFor': ['title', 'description', 'address.building', 'address.unit', 'address.room', 'contactName'],
    'order.rateFor': ['comment'],
    'resident.create': ['name', 'address.building', 'address.unit', 'address.room'],
    'resident.update': ['name', 'address.building', 'address.unit', 'address.room'],
    'survey.record': ['note'],
    'member.register': ['realName', 'workUnit', 'branch', 'skills.*', 'pledge'],
    'member.review': ['note'],
    'grid.save': ['grid.name'],
    'ledger.addManual': ['reason'],
    'menu.saveCategory': ['category.group', 'category.name', 'category.fields.*.label', 'category.fields.*.hint'],
    'visit.log': ['found', 'needs'],
    'wish.post': ['beneficiaryTag', 'title', 'story'],
    'wish.deliver': ['note'],
    'wish.confirm': ['thanks'],
    'unit.register': ['name', 'contactName'],
    'unit.review': ['note'],
    'topic.raise': ['title', 'problem', 'place'],
    'topic.schedule': ['place', 'invited.*'],
    'topic.minutes': ['attendees', 'notes'],
    'topic.decide': ['text'],
    'topic.publish': ['outcome'],
  });
});

test.each(withText)('%s refuses risky words in every text field, writing nothing', async (action) => {
  expect(WRITES).toHaveProperty([action]);
  await resetStore(host.store);
  const world = await makeWorld(host);
  const { as, data } = await WRITES[action as WriteAction](world);
  for (const path of markedPaths('text', ACTIONS[action].input)) {
    const before = await written();
    const res = await as.call(action, withRisky(data, path));
    expect([path.join('.'), res]).toEqual([path.join('.'), expect.objectContaining({ code: 'CONTENT.UNSAFE', message: '内容含有不适宜发布的信息，请修改后再提交' })]);
    expect(await written()).toBe(before);
  }
  expect(await as.call(action, data)).toMatchObject({ code: 0 });
});
