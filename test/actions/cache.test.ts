/**
 * The store caches identity, roles, 报到 profiles, communities and menus (cloud/store/cache.ts). A change made through
 * the actions or the store counts from the caller's next request in the same process; a change made by another
 * process counts once the entry expires.
 */
import { pgStore } from '../../cloud/store/store.pg';
import { inDays, makePerson, resetStore, startTestHost, submission, testPlaces, type TestHost } from '../factories';

let host: TestHost;

beforeAll(async () => {
  host = await startTestHost();
});
beforeEach(() => resetStore(host.store));
afterAll(() => host.stop());

async function openOrders(n: number): Promise<string[]> {
  const [resident, staff] = await Promise.all([host.as('r'), host.as('s')]);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const order = await resident.ok('order.submit', submission(i));
    await staff.ok('order.dispatch', { orderId: order.id, deadline: inDays(1), headcount: 1 });
    ids.push(order.id);
  }
  return ids;
}

describe('a change takes effect on the next call', () => {
  beforeEach(async () => {
    await makePerson(host.store, 'r', 'resident');
    await makePerson(host.store, 's', 'staff');
  });

  test('a community’s claim limit, changed in its settings', async () => {
    const member = await host.as('m');
    await makePerson(host.store, 'm', 'member');
    const [a, b] = await openOrders(2);
    await member.ok('order.pool', { communityId: 'c1' }); // community and member now cached
    const places = testPlaces();
    places.communities[0] = { ...places.communities[0], settings: { maxActiveClaims: 1 } };
    await host.store.savePlaces(places);
    await member.ok('order.claim', { orderId: a });
    expect(await member.call('order.claim', { orderId: b })).toMatchObject({ code: 'ORDER.CLAIM_LIMIT' });
  });

  test('a renamed service category, in the menu', async () => {
    const resident = await host.as('r');
    expect((await resident.ok('menu.get', { communityId: 'c1' })).categories[0].name).toBe('助老服务');
    const places = testPlaces();
    places.categories[0] = { ...places.categories[0], name: '助老陪护' };
    await host.store.savePlaces(places);
    expect((await resident.ok('menu.get', { communityId: 'c1' })).categories[0].name).toBe('助老陪护');
  });

  test('staff.grant: the new staff member acts as staff at once', async () => {
    const admin = await host.as('a');
    await makePerson(host.store, 'a', 'admin');
    const newcomer = await host.as('n');
    const me = await newcomer.ok('session.me', {});
    expect(await newcomer.call('order.queue', { communityId: 'c1', tab: 'submitted' })).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    await admin.ok('staff.grant', { communityId: 'c1', userId: me.userId, role: 'staff' });
    expect(await newcomer.call('order.queue', { communityId: 'c1', tab: 'submitted' })).toMatchObject({ code: 0 });
  });

  test('member.review: the verified member claims at once', async () => {
    const [staff, member] = await Promise.all([host.as('s'), host.as('p')]);
    const userId = await makePerson(host.store, 'p', 'pending');
    const [a] = await openOrders(1);
    expect(await member.call('order.claim', { orderId: a })).toMatchObject({ code: 'MEMBER.NOT_VERIFIED' });
    await staff.ok('member.review', { communityId: 'c1', userId, decision: 'verify' });
    expect(await member.call('order.claim', { orderId: a })).toMatchObject({ code: 0 });
  });

  test('community.join: the new resident submits at once', async () => {
    const newcomer = await host.as('j');
    expect(await newcomer.call('order.submit', submission('j'))).toMatchObject({ code: 'COMMUNITY.NOT_JOINED' });
    await newcomer.ok('community.join', { communityId: 'c1', name: '新居民' });
    expect(await newcomer.call('order.submit', submission('j'))).toMatchObject({ code: 0 });
  });
});

describe('another process', () => {
  test('sees a changed setting once its cached copy expires', async () => {
    let now = 0;
    const mine = pgStore(host.store.db, { now: () => now, placesTtlMs: 60_000 });
    const other = pgStore(host.store.db);
    expect((await mine.getCommunity('c1'))!.settings.maxActiveClaims).toBe(3);
    const places = testPlaces();
    places.communities[0] = { ...places.communities[0], settings: { maxActiveClaims: 1 } };
    await other.savePlaces(places);
    now = 59_000;
    expect((await mine.getCommunity('c1'))!.settings.maxActiveClaims).toBe(3);
    now = 60_001;
    expect((await mine.getCommunity('c1'))!.settings.maxActiveClaims).toBe(1);
  });

  test('sees a granted role once its cached copy expires', async () => {
    let now = 0;
    const mine = pgStore(host.store.db, { now: () => now, peopleTtlMs: 10_000 });
    const other = pgStore(host.store.db);
    const user = await mine.ensureUser('x', 'x');
    expect(await mine.rolesOf(user.id)).toEqual([]);
    await other.grantRole(user.id, 'resident', { communityId: 'c1' });
    expect(await mine.rolesOf(user.id)).toEqual([]);
    now = 10_001;
    expect((await mine.rolesOf(user.id)).map((g) => g.role)).toEqual(['resident']);
  });
});
