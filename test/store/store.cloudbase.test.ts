/**
 * The store contract on the CloudBase adapter, offline: the real wx-server-sdk query builder and serialiser, its
 * requests answered by an in-memory engine on mingo (cloudbase-harness.ts). The adapter uses no transaction and no
 * watch, which the harness cannot run; its one aggregate (ledger totals) runs on mingo's aggregator.
 * Then what is the adapter's own: the claim-limit document healing a place a failure left behind, and every sorted
 * read and count of the whole file served by an index in indexes.json.
 */
import cloud from 'wx-server-sdk';
import type { Order } from '../../types/domain';
import type { Caller } from '../../cloud/domain/access';
import { newOrder } from '../../cloud/domain/order.create';
import { decide } from '../../cloud/domain/order.decide';
import { cloudbaseStore } from '../../cloud/store/store.cloudbase';
import { testPlaces } from '../factories';
import { MemoryCloudbase } from './cloudbase-harness';
import { describeStoreContract } from './store.contract';

const engine = new MemoryCloudbase().install();
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

describeStoreContract('CloudBase (wx-server-sdk on mingo)', async () => {
  const store = cloudbaseStore(cloud.database());
  return { store, reset: async () => (engine.reset(), store.forget()), close: () => store.close() };
});

describe('CloudBase adapter', () => {
  const store = cloudbaseStore(cloud.database());
  const T0 = new Date('2026-03-01T02:00:00Z');
  const places = testPlaces();
  const staff: Caller = { userId: 'staff', name: '社区', roles: [{ role: 'staff', communityId: 'c1', streetId: null, memberStatus: null }], member: null };

  beforeEach(async () => {
    engine.reset();
    store.forget();
    await store.savePlaces(testPlaces());
  });

  async function member(openid: string): Promise<string> {
    const { id } = await store.ensureUser(openid, openid);
    const profile = { realName: openid, phone: '13900001111', workUnit: '单位', branch: '支部', skills: [], teamId: null, gridId: null };
    await store.applyMember({ userId: id, communityId: 'c1', ...profile, createdAt: T0.toISOString() });
    await store.reviewMember(id, 'c1', 'verified', null, 'staff', T0);
    return id;
  }

  async function open(id: string): Promise<Order> {
    const resident = await store.ensureUser('resident');
    const submission = {
      id,
      residentId: resident.id,
      category: places.categories[0],
      community: places.communities[0],
      gridId: 'c1-g1',
      gridIds: ['c1-g1', 'c1-g2'],
      title: '需要帮助',
      description: '',
      photos: [],
      address: null,
      preferredTime: null,
      contactName: '王阿姨',
      contactPhone: '13912345678',
      urgency: 'normal' as const,
    };
    const { order } = await store.createOrder(newOrder(submission, T0), `key-${id}`);
    const plan = { categoryId: order.categoryId, priority: 'normal' as const, deadline: '2026-03-04T02:00:00.000Z', headcount: 1, points: 5, poolLimit: null };
    const decision = decide(order, { type: 'dispatch', plan }, { now: T0, caller: staff });
    return (await store.transition({ orderId: id, expectVersion: order.version, decision, actor: { id: 'staff', role: 'staff' }, now: T0 }))!;
  }

  async function claim(order: Order, memberId: string, max: number) {
    const caller: Caller = { userId: memberId, name: '', roles: await store.rolesOf(memberId), member: await store.getMember(memberId, 'c1') };
    const decision = decide(order, { type: 'claim', activeClaims: 0, maxActiveClaims: max }, { now: T0, caller });
    return store.claim({ orderId: order.id, expectVersion: order.version, decision, actor: { id: memberId, role: 'member' }, now: T0 }, max);
  }

  test('a place on the claim limit that no order backs is dropped once older than the lease; a fresh one still counts', async () => {
    const [m1, m2] = [await member('m1'), await member('m2')];
    const [a, b] = [await open('ord-a'), await open('ord-b')];
    // As if a process died between an order's commit and the limit document's write.
    engine.seed('claimers', [
      { _id: m1, holds: [{ orderId: 'ord-lost', since: new Date(Date.now() - 3_600_000) }] },
      // As if a claim of m2's were in flight right now.
      { _id: m2, holds: [{ orderId: 'ord-flying', since: new Date() }] },
    ]);
    expect(await claim(a, m1, 1)).toMatchObject({ ok: true });
    expect(engine.docs('claimers').find((d) => d._id === m1)!.holds.map((h: { orderId: string }) => h.orderId)).toEqual(['ord-a']);
    expect(await claim(b, m2, 1)).toEqual({ ok: false, reason: 'limit' });
    expect(await store.countActiveClaims(m1)).toBe(1);
    expect(await store.countActiveClaims(m2)).toBe(0);
  });

  test('every read and count of this file has an index in indexes.json', () => {
    expect([...engine.unindexed]).toEqual([]);
  });
});
