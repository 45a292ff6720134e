/**
 * Round trips per request, on both adapters: a won claim, a lost claim (the order already taken) and a submission,
 * each by a caller who has used the app before (identity and community in the cache, as in a 微心愿 rush).
 * PostgreSQL statements are counted by countingStore (a transaction is one more); CloudBase calls by the offline
 * harness of test/store (the real wx-server-sdk answered from memory), each one a billed call on WeChat cloud.
 */
import cloud from 'wx-server-sdk';
import { createApi, type ApiHandler } from '../cloud/actions/shared/api';
import { localPlatform } from '../cloud/platform/platform.local';
import { cloudbaseStore } from '../cloud/store/store.cloudbase';
import type { Places, Store } from '../cloud/store/store.port';
import { MemoryCloudbase } from '../test/store/cloudbase-harness';
import { benchPlaces } from './data';
import { countingStore, makeMember, makeWithRole } from './env';
import type { PgStore } from '../cloud/store/store.pg';

export interface CallRig {
  store: Store;
  api: ApiHandler;
  count(): number;
  reset(): void;
}

export type Person = (openid: string, role: 'resident' | 'staff' | 'member') => Promise<unknown>;

export interface CallCounts {
  won: number;
  lost: number;
  submit: number;
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

/** A submission to community c1 of `places` (its first category and grid). */
function submission(places: Places, n: number) {
  const category = places.categories.find((c) => c.communityId === 'c1')!;
  const grid = places.grids.find((g) => g.communityId === 'c1')!;
  return {
    communityId: 'c1', idempotencyKey: `calls-${n}-${Math.random().toString(36).slice(2)}`, categoryId: category.id,
    title: `需要帮助 ${n}`, description: '家里老人需要帮忙', address: { building: '3栋', unit: '2单元', room: '501' },
    gridId: grid.id, contactName: '王阿姨', contactPhone: '13912345678', urgency: 'normal',
  };
}

/** People through `person`, the order through the actions; what each claim and submission cost. */
export async function measureCalls(rig: CallRig, places: Places, person: Person): Promise<CallCounts> {
  for (const [openid, role] of [['r', 'resident'], ['s', 'staff'], ['m1', 'member'], ['m2', 'member']] as const) await person(openid, role);
  const call = async (openid: string, action: string, data: unknown) => {
    rig.reset();
    const res = (await rig.api({ action, data }, { openid })) as { code: number | string; data: { id: string } };
    return { code: res.code, id: res.data?.id, calls: rig.count() };
  };
  const first = await call('r', 'order.submit', submission(places, 1));
  await call('s', 'order.dispatch', { orderId: first.id, deadline: tomorrow(), headcount: 1 });
  // The members open the pool first, as they do before they claim.
  await call('m1', 'order.pool', { communityId: 'c1' });
  await call('m2', 'order.pool', { communityId: 'c1' });
  const won = await call('m1', 'order.claim', { orderId: first.id });
  const lost = await call('m2', 'order.claim', { orderId: first.id });
  const submit = await call('r', 'order.submit', submission(places, 2));
  const codes = [won.code, lost.code, submit.code];
  if (codes.join() !== '0,ORDER.NOT_CLAIMABLE,0') throw new Error(`measureCalls: unexpected answers ${codes.join(', ')}`);
  return { won: won.calls, lost: lost.calls, submit: submit.calls };
}

/** Statements on the pg adapter over `store`'s database (already holding `places`, and nobody yet). */
export function pgCalls(store: PgStore, places: Places): Promise<CallCounts> {
  const counting = countingStore(store.db);
  return measureCalls(counting, places, (openid, role) =>
    role === 'member' ? makeMember(counting.store, openid, 'c1') : makeWithRole(counting.store, openid, role, 'c1'),
  );
}

/** Calls on the CloudBase adapter, over a fresh offline harness holding `places`. */
export async function cloudbaseCalls(places: Places = benchPlaces()): Promise<CallCounts> {
  const engine = new MemoryCloudbase().install();
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const store = cloudbaseStore(cloud.database());
  await store.savePlaces(places);
  const rig: CallRig = { store, api: createApi({ store, platform: localPlatform() }), count: () => engine.calls, reset: () => void (engine.calls = 0) };
  return measureCalls(rig, places, async (openid, role) => {
    const user = await store.ensureUser(openid, openid);
    if (role !== 'member') return store.grantRole(user.id, role, { communityId: 'c1' });
    const profile = { realName: openid, phone: '13900001111', workUnit: '单位', branch: '支部', skills: [], teamId: null, gridId: null };
    await store.applyMember({ userId: user.id, communityId: 'c1', ...profile, createdAt: new Date().toISOString() });
    await store.reviewMember(user.id, 'c1', 'verified', null, 'bench', new Date());
  });
}
