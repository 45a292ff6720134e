/**
 * The store contract: what any adapter of the `Store` port must do, written only against the port.
 * Data goes in through the port, decisions come from the real domain `decide()`, and every assertion is
 * something a caller of the port would notice. Each adapter runs it with its own `open` (see store.pg.test.ts).
 */
import type { Address, MemberProfile, Order, OrderStatus, Urgency } from '../../types/domain';
import { QUEUE_TAB_NAMES, QUEUE_TAB_STATUSES, type Page, type QueueTab } from '../../types/views';
import { SYSTEM_CALLER, TIMELINE_ROLE, type Caller } from '../../cloud/domain/access';
import { DomainError } from '../../cloud/domain/domain.error';
import type { Command, DispatchPlan } from '../../cloud/domain/order.commands';
import type { NoticeDraft } from '../../cloud/domain/notices';
import { newOrder } from '../../cloud/domain/order.create';
import { decide } from '../../cloud/domain/order.decide';
import type { ClaimOutcome, MemberQuery, OrderChange, OrderQuery, PageRequest, Store } from '../../cloud/store/store.port';
import { testPlaces } from '../factories';
import { describeResidentsContract } from './residents.contract';
import { describeStatsContract } from './stats.contract';
import { describeExportsContract } from './exports.contract';
import { describeUploadsContract } from './uploads.contract';
import { describePlacesContract } from './places.contract';
import { describeDepartmentsContract } from './departments.contract';
import { describeVisitsContract } from './visits.contract';
import { describeWishesContract } from './wishes.contract';
import { describeTopicsContract } from './topics.contract';
import { describeBoardContract } from './board.contract';
import { describeStreetsContract } from './streets.contract';
import { describePointsContract } from './points.contract';

export interface ContractHarness {
  store: Store;
  /** Empties the store (the contract puts the places back itself). */
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

/** The fixed clock every test reads from. */
const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const iso = (d: Date) => d.toISOString();

/** The community default (DEFAULT_SETTINGS.maxActiveClaims). */
const MAX = 3;

const PLACES = testPlaces();


interface OrderSpec {
  residentId: string;
  now?: Date;
  id?: string;
  key?: string;
  communityId?: string;
  categoryId?: string;
  gridId?: string | null;
  address?: Address | null;
  photos?: string[];
  preferredTime?: string | null;
  title?: string;
  urgency?: Urgency;
}

interface MemberSpec {
  communityId?: string;
  skills?: string[];
  teamId?: string | null;
  gridId?: string | null;
  verified?: boolean;
  createdAt?: Date;
}

const ids = (items: { id: string }[]) => items.map((o) => o.id);

/** Builders over the port: people, orders, and decisions committed the way the actions commit them. */
class Kit {
  private seq = 0;
  constructor(readonly store: Store) {}

  async user(openid: string, name = openid): Promise<string> {
    return (await this.store.ensureUser(openid, name)).id;
  }

  async staff(openid = 'staff', communityId = 'c1'): Promise<string> {
    const id = await this.user(openid);
    await this.store.grantRole(id, 'staff', { communityId });
    return id;
  }

  async resident(openid = 'resident', communityId = 'c1'): Promise<string> {
    const id = await this.user(openid);
    await this.store.grantRole(id, 'resident', { communityId });
    return id;
  }

  async member(openid: string, spec: MemberSpec = {}): Promise<string> {
    const id = await this.user(openid);
    const communityId = spec.communityId ?? 'c1';
    const applied = await this.store.applyMember({
      userId: id,
      communityId,
      realName: `党员${openid}`,
      phone: '13900001111',
      workUnit: '某单位',
      branch: '某支部',
      skills: spec.skills ?? [],
      teamId: spec.teamId ?? null,
      gridId: spec.gridId ?? null,
      createdAt: iso(spec.createdAt ?? T0),
    });
    if (!applied) throw new Error(`applyMember refused ${openid}`);
    if (spec.verified !== false) await this.store.reviewMember(id, communityId, 'verified', null, 'reviewer', T0);
    return id;
  }

  async profile(userId: string, communityId = 'c1'): Promise<MemberProfile> {
    const m = await this.store.getMember(userId, communityId);
    if (!m) throw new Error(`no member profile for ${userId}`);
    return m;
  }

  async caller(userId: string, communityId = 'c1'): Promise<Caller> {
    const [u] = await this.store.getUsers([userId]);
    return {
      userId,
      name: u?.name ?? '',
      roles: await this.store.rolesOf(userId),
      member: await this.store.getMember(userId, communityId),
    };
  }

  /** An order as newOrder builds it from a submission, not yet stored. */
  build(spec: OrderSpec): Order {
    const id = spec.id ?? `ord-${String(++this.seq).padStart(3, '0')}`;
    const communityId = spec.communityId ?? 'c1';
    const community = PLACES.communities.find((c) => c.id === communityId)!;
    const categoryId = spec.categoryId ?? `${communityId}-k1`;
    return newOrder(
      {
        id,
        residentId: spec.residentId,
        category: PLACES.categories.find((c) => c.id === categoryId),
        community: { id: community.id, streetId: community.streetId, name: community.name, dutyPhone: community.dutyPhone },
        gridId: spec.gridId === undefined ? `${communityId}-g1` : spec.gridId,
        gridIds: PLACES.grids.filter((g) => g.communityId === communityId).map((g) => g.id),
        title: spec.title ?? `需要帮助 ${id}`,
        description: '家里老人需要帮忙',
        photos: spec.photos ?? [],
        address: spec.address === undefined ? { building: '3栋', unit: '2单元', room: '501' } : spec.address,
        preferredTime: spec.preferredTime ?? null,
        contactName: '王阿姨',
        contactPhone: '13912345678',
        urgency: spec.urgency ?? 'normal',
      },
      spec.now ?? T0,
    );
  }

  async submit(spec: OrderSpec): Promise<Order> {
    const order = this.build(spec);
    const { order: saved, created } = await this.store.createOrder(order, spec.key ?? `key-${order.id}`);
    if (!created) throw new Error(`order ${order.id} was not created`);
    return saved;
  }

  /** Decides `cmd` for `caller` on the order as read; the change commits only at that version. */
  change(order: Order, caller: Caller, cmd: Command, now: Date): OrderChange {
    const decision = decide(order, cmd, { now, caller });
    return {
      orderId: order.id,
      expectVersion: order.version,
      decision,
      actor: { id: caller.system ? null : caller.userId, role: TIMELINE_ROLE[decision.actorRole] },
      now,
    };
  }

  async act(order: Order, who: string | Caller, cmd: Command, now: Date): Promise<Order> {
    const caller = typeof who === 'string' ? await this.caller(who, order.communityId) : who;
    const next = await this.store.transition(this.change(order, caller, cmd, now));
    if (!next) throw new Error(`${cmd.type} on ${order.id} lost its version`);
    return next;
  }

  plan(order: Order, over: Partial<DispatchPlan> = {}): DispatchPlan {
    return {
      categoryId: order.categoryId,
      priority: 'normal',
      deadline: iso(days(3)),
      headcount: 1,
      points: 10,
      poolLimit: null,
      ...over,
    };
  }

  /** Staff send a submitted order to the pool, by default the moment it was created. */
  dispatch(order: Order, staffId: string, over: Partial<DispatchPlan> = {}, now = new Date(order.createdAt)) {
    return this.act(order, staffId, { type: 'dispatch', plan: this.plan(order, over) }, now);
  }

  async assign(order: Order, staffId: string, memberId: string, now: Date, over: Partial<DispatchPlan> = {}) {
    const assignee = await this.profile(memberId, order.communityId);
    return this.act(order, staffId, { type: 'assign', plan: this.plan(order, over), assignee }, now);
  }

  /** An order of `residentId` served by `memberId` and confirmed at `now`, awarding `points` and `hours`. */
  async served(memberId: string, residentId: string, now: Date, points: number, hours: number, communityId = 'c1'): Promise<void> {
    const staffId = await this.staff(`served-staff-${communityId}`, communityId);
    const open = await this.open({ residentId, communityId, now: new Date(now.getTime() - 3_600_000) }, staffId, { points, deadline: iso(new Date(now.getTime() + 3 * 86_400_000)) });
    let order = await this.claimOk(open, memberId, now);
    order = await this.act(order, memberId, { type: 'complete', note: '完成', photos: [], hours, photoRequired: false }, now);
    await this.act(order, residentId, { type: 'confirm', stars: 5, comment: null }, now);
  }

  /** A submitted order, dispatched to the pool by `staffId` at its creation time. */
  async open(spec: OrderSpec, staffId: string, over: Partial<DispatchPlan> = {}): Promise<Order> {
    return this.dispatch(await this.submit(spec), staffId, over);
  }

  /** A member's claim decided on the order as read (the store re-checks slots and the limit itself). */
  async claimChange(order: Order, memberId: string, now: Date, max = MAX): Promise<OrderChange> {
    const caller = await this.caller(memberId, order.communityId);
    const activeClaims = await this.store.countActiveClaims(memberId);
    return this.change(order, caller, { type: 'claim', activeClaims, maxActiveClaims: max }, now);
  }

  async claim(order: Order, memberId: string, now: Date, max = MAX): Promise<ClaimOutcome> {
    return this.store.claim(await this.claimChange(order, memberId, now, max), max);
  }

  async claimOk(order: Order, memberId: string, now: Date, max = MAX): Promise<Order> {
    const outcome = await this.claim(order, memberId, now, max);
    if (!outcome.ok) throw new Error(`claim by ${memberId} on ${order.id} failed: ${outcome.reason}`);
    // A timeline read in the same call is the timeline as stored.
    if (outcome.events) expect(outcome.events).toEqual(await this.store.events(order.id));
    return outcome.order;
  }

  /**
   * A claim's verdict as { ok, reason }. A refusal's `fresh` snapshot, when the adapter gives one, must be the order
   * and the member's count as stored now: the domain decides again on it.
   */
  async verdict(change: OrderChange, max: number): Promise<{ ok: boolean; reason?: string }> {
    const outcome = await this.store.claim(change, max);
    const memberId = change.decision.hold!;
    if (outcome.ok) return { ok: true };
    if (outcome.fresh) {
      expect(outcome.fresh.order).toEqual(await this.store.getOrder(outcome.fresh.order.id));
      expect(outcome.fresh.activeClaims).toBe(await this.store.countActiveClaims(memberId));
    }
    return { ok: false, reason: outcome.reason };
  }

  async get(id: string): Promise<Order> {
    const order = await this.store.getOrder(id);
    if (!order) throw new Error(`order ${id} not found`);
    return order;
  }
}

/** Walks a paginated list to its end, checking each page's size. */
async function walk<T>(fetch: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page<T> = await fetch({ cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    sizes.push(page.items.length);
    if (page.nextCursor === null) return { items, sizes };
    expect(typeof page.nextCursor).toBe('string');
    cursor = page.nextCursor;
  }
  throw new Error('pagination never ended');
}

const ALL = 100;
const first: PageRequest = { cursor: null, limit: ALL };

export function describeStoreContract(name: string, open: () => Promise<ContractHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let harness: ContractHarness;
    let store: Store;
    let k: Kit;

    beforeAll(async () => {
      harness = await open();
      store = harness.store;
    });
    afterAll(async () => {
      await harness?.close();
    });
    beforeEach(async () => {
      await harness.reset();
      // Places are set up by id, so putting them back is harmless if the reset already did.
      await store.savePlaces(testPlaces());
      k = new Kit(store);
    });

    const list = async (query: OrderQuery, page: PageRequest = first) => ids((await store.listOrders(query, page)).items);

    describe('orders: create and read', () => {
      test('createOrder inserts the order and its submit event; the same resident and key return the same order', async () => {
        const r = await k.resident('r1');
        const order = k.build({ residentId: r, id: 'ord-a', photos: ['cloud://p/1.jpg'], now: at(1) });
        const first = await store.createOrder(order, 'idem-1');
        expect(first.created).toBe(true);
        expect(first.order).toEqual(order);

        const events = await store.events('ord-a');
        expect(events).toHaveLength(1);
        expect(events[0]).toMatchObject({
          orderId: 'ord-a',
          at: iso(at(1)),
          actorId: r,
          actorRole: 'resident',
          type: 'submit',
          from: null,
          to: 'submitted',
          note: null,
          photos: ['cloud://p/1.jpg'],
        });
        expect(typeof events[0].id).toBe('string');

        // A retry builds a fresh order (new id, new time) with the same key: the first one comes back.
        const retry = await store.createOrder(k.build({ residentId: r, id: 'ord-b', title: '重试', now: at(2) }), 'idem-1');
        expect(retry.created).toBe(false);
        expect(retry.order.id).toBe('ord-a');
        expect(retry.order).toEqual(order);
        expect(await store.getOrder('ord-b')).toBeNull();
        expect(await store.events('ord-a')).toHaveLength(1);
        expect(await store.events('ord-b')).toHaveLength(0);
        expect(await list({ kind: 'resident', residentId: r, statuses: ['submitted'] })).toEqual(['ord-a']);

        // The key is the resident's own: another resident, or another key, makes another order.
        const r2 = await k.resident('r2');
        expect((await store.createOrder(k.build({ residentId: r2, id: 'ord-c' }), 'idem-1')).created).toBe(true);
        expect((await store.createOrder(k.build({ residentId: r, id: 'ord-d' }), 'idem-2')).created).toBe(true);
        expect(await list({ kind: 'resident', residentId: r, statuses: ['submitted'] })).toHaveLength(2);
      });

      test('createOrder retried in parallel with one key makes exactly one order', async () => {
        const r = await k.resident('r1');
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) => store.createOrder(k.build({ residentId: r, id: `ord-p${i}`, now: at(i) }), 'same-key')),
        );
        expect(results.filter((x) => x.created)).toHaveLength(1);
        const winner = results.find((x) => x.created)!.order.id;
        expect(new Set(results.map((x) => x.order.id))).toEqual(new Set([winner]));
        expect(await list({ kind: 'resident', residentId: r, statuses: ['submitted'] })).toEqual([winner]);
        expect(await store.events(winner)).toHaveLength(1);
      });

      test('getOrder is null for unknown ids and round-trips every field', async () => {
        expect(await store.getOrder('no-such-order')).toBeNull();
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m = await k.member('m1', { skills: ['电工'], teamId: 'c1-t1', gridId: 'c1-g1' });

        const withAddress = k.build({
          residentId: r,
          address: { building: '7栋', unit: null, room: '1203' },
          gridId: null,
          photos: ['cloud://p/a.jpg', 'cloud://p/b.jpg'],
          preferredTime: iso(days(1)),
          urgency: 'urgent',
          now: at(1),
        });
        const withGrid = k.build({ residentId: r, address: null, gridId: 'c1-g2', categoryId: 'c1-k3', now: at(2) });
        await store.createOrder(withAddress, 'k-a');
        await store.createOrder(withGrid, 'k-b');
        expect(await store.getOrder(withAddress.id)).toEqual(withAddress);
        expect(await store.getOrder(withGrid.id)).toEqual(withGrid);
        expect(withAddress.priority).toBe('high');

        // Pool limit set on one, none on the other.
        const limit = { skills: ['电工', '水工'], teamId: 'c1-t1', gridIds: ['c1-g1', 'c1-g2'] };
        const limited = await k.dispatch(withAddress, s, { poolLimit: limit, points: 15, headcount: 1, priority: 'low', deadline: iso(days(2)) }, at(3));
        const unlimited = await k.dispatch(withGrid, s, { poolLimit: null }, at(4));
        expect(await store.getOrder(limited.id)).toEqual(limited);
        expect(limited).toMatchObject({ poolLimit: limit, points: 15, priority: 'low', deadline: iso(days(2)), mode: 'pool', status: 'open' });
        expect((await k.get(unlimited.id)).poolLimit).toBeNull();

        // Through to a rated close: hours, completion, rating and closing time come back as written.
        const claimed = await k.claimOk(limited, m, at(5));
        const done = await k.act(claimed, m, { type: 'complete', note: '已修好', photos: ['cloud://p/done.jpg'], hours: 1.5, photoRequired: false }, at(6));
        const closed = await k.act(done, r, { type: 'confirm', stars: 4, comment: '很及时' }, at(7));
        const read = await k.get(closed.id);
        expect(read).toEqual(closed);
        expect(read).toMatchObject({
          status: 'closed',
          serviceHours: 1.5,
          completedAt: iso(at(6)),
          closedAt: iso(at(7)),
          rating: { stars: 4, comment: '很及时', autoClosed: false },
          address: { building: '7栋', unit: null, room: '1203' },
          photos: ['cloud://p/a.jpg', 'cloud://p/b.jpg'],
          preferredTime: iso(days(1)),
          updatedAt: iso(at(7)),
        });
        expect(read.holders).toEqual([{ memberId: m, name: '党员m1', claimedAt: iso(at(5)), progressAt: iso(at(6)), remindedAt: null, part: null }]);
      });
    });

    describe('orders: transition', () => {
      test('a stale expectVersion commits nothing; a current one bumps the version, applies the patch and appends one event', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const staff = await k.caller(s);
        const submitted = await k.submit({ residentId: r, now: at(1) });

        // Two decisions made on version 1; the first to commit wins.
        const dispatch = k.change(
          submitted,
          staff,
          { type: 'dispatch', plan: k.plan(submitted, { headcount: 2, points: 12, priority: 'high', deadline: iso(days(2)) }) },
          at(2),
        );
        const reject = k.change(submitted, staff, { type: 'reject', reason: '不属于服务范围', referral: null }, at(3));

        const open = await store.transition(dispatch);
        expect(open).not.toBeNull();
        expect(open).toMatchObject({
          status: 'open',
          version: submitted.version + 1,
          headcount: 2,
          points: 12,
          priority: 'high',
          deadline: iso(days(2)),
          mode: 'pool',
          assigneeId: null,
          poolLimit: null,
          updatedAt: iso(at(2)),
          createdAt: submitted.createdAt,
        });
        expect(await store.getOrder(submitted.id)).toEqual(open);

        expect(await store.transition(reject)).toBeNull();
        expect(await store.getOrder(submitted.id)).toEqual(open);
        const events = await store.events(submitted.id);
        expect(events.map((e) => e.type)).toEqual(['submit', 'dispatch']);
        expect(events[1]).toMatchObject({
          orderId: submitted.id,
          at: iso(at(2)),
          actorId: s,
          actorRole: 'staff',
          type: 'dispatch',
          from: 'submitted',
          to: 'open',
          note: null,
          photos: [],
        });

        // A note and photos land on the event; the patch on the order.
        const escalated = await store.transition(
          k.change(open!, staff, { type: 'escalate', note: '需要街道协调', deadline: iso(days(5)), photos: ['cloud://p/e.jpg'] }, at(4)),
        );
        expect(escalated).toMatchObject({
          status: 'escalated',
          version: open!.version + 1,
          escalationNote: '需要街道协调',
          deadline: iso(days(5)),
        });
        const after = await store.events(submitted.id);
        expect(after).toHaveLength(3);
        expect(after[2]).toMatchObject({
          actorId: s,
          actorRole: 'staff',
          type: 'escalate',
          from: 'open',
          to: 'escalated',
          note: '需要街道协调',
          photos: ['cloud://p/e.jpg'],
          at: iso(at(4)),
        });
        expect(new Set(after.map((e) => e.id)).size).toBe(3);

        // The same change again is stale now.
        expect(await store.transition(dispatch)).toBeNull();
        expect((await k.get(submitted.id)).status).toBe('escalated');
        expect(await store.events(submitted.id)).toHaveLength(3);
      });

      test('two decisions racing on one version: exactly one commits', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const staff = await k.caller(s);
        const submitted = await k.submit({ residentId: r });
        const changes = [
          k.change(submitted, staff, { type: 'dispatch', plan: k.plan(submitted) }, at(1)),
          k.change(submitted, staff, { type: 'reject', reason: '重复提交', referral: null }, at(1)),
          k.change(submitted, await k.caller(r), { type: 'cancel', reason: null }, at(1)),
        ];
        const results = await Promise.all(changes.map((c) => store.transition(c)));
        const winners = results.filter((o): o is Order => o !== null);
        expect(winners).toHaveLength(1);
        expect(await store.getOrder(submitted.id)).toEqual(winners[0]);
        expect(winners[0].version).toBe(submitted.version + 1);
        expect(await store.events(submitted.id)).toHaveLength(2);
      });

      test('a system transition records no actor id; unknown orders commit nothing', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const open = await k.open({ residentId: r, now: at(0) }, s, { deadline: iso(days(1)) });
        const marked = await k.act(open, SYSTEM_CALLER, { type: 'mark_overdue' }, days(2));
        expect(marked).toMatchObject({ status: 'open', overdueAt: iso(days(2)), version: open.version + 1 });
        const events = await store.events(open.id);
        expect(events[events.length - 1]).toMatchObject({ actorId: null, actorRole: 'system', type: 'mark_overdue', from: 'open', to: 'open' });

        const change = k.change(marked, await k.caller(s), { type: 'escalate', note: 'x', deadline: iso(days(9)), photos: [] }, days(2));
        expect(await store.transition({ ...change, orderId: 'no-such-order' })).toBeNull();
      });
    });

    describe('orders: claim', () => {
      test('one slot: the first claim takes it and starts the work; the next is full', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const m2 = await k.member('m2');
        const open = await k.open({ residentId: r, now: at(0) }, s, { headcount: 1 });
        const late = await k.claimChange(open, m2, at(2)); // decided on the open order, committed after m1

        const won = await k.claim(open, m1, at(1));
        expect(won.ok).toBe(true);
        const order = (won as { ok: true; order: Order }).order;
        expect(order).toMatchObject({ status: 'in_progress', version: open.version + 1, updatedAt: iso(at(1)) });
        expect(order.holders).toEqual([{ memberId: m1, name: '党员m1', claimedAt: iso(at(1)), progressAt: null, remindedAt: null, part: null }]);
        expect(await store.getOrder(open.id)).toEqual(order);
        expect(await store.countActiveClaims(m1)).toBe(1);

        expect(await k.verdict(late, MAX)).toEqual({ ok: false, reason: 'full' });
        expect(await store.getOrder(open.id)).toEqual(order);
        expect(await store.countActiveClaims(m2)).toBe(0);

        const events = await store.events(open.id);
        expect(events.map((e) => e.type)).toEqual(['submit', 'dispatch', 'claim']);
        expect(events[2]).toMatchObject({ actorId: m1, actorRole: 'member', from: 'open', to: 'in_progress', at: iso(at(1)) });
      });

      test('three slots fill in claim order; the order starts when the last one fills', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const ms = [];
        for (let i = 1; i <= 4; i++) ms.push(await k.member(`m${i}`));
        let order = await k.open({ residentId: r, now: at(0) }, s, { headcount: 3 });
        const statuses: OrderStatus[] = [];
        let late: OrderChange | null = null;
        for (let i = 0; i < 3; i++) {
          if (i === 2) late = await k.claimChange(order, ms[3], at(9)); // sees a free slot, commits after it is gone
          order = await k.claimOk(order, ms[i], at(i + 1));
          statuses.push(order.status);
        }
        expect(statuses).toEqual(['open', 'open', 'in_progress']);
        expect(order.holders.map((h) => [h.memberId, h.name, h.claimedAt])).toEqual([
          [ms[0], '党员m1', iso(at(1))],
          [ms[1], '党员m2', iso(at(2))],
          [ms[2], '党员m3', iso(at(3))],
        ]);
        expect(await k.verdict(late!, MAX)).toEqual({ ok: false, reason: 'full' });
        expect(await store.getOrder(order.id)).toEqual(order);
        const events = await store.events(order.id);
        expect(events.filter((e) => e.type === 'claim').map((e) => [e.actorId, e.from, e.to])).toEqual([
          [ms[0], 'open', 'open'],
          [ms[1], 'open', 'open'],
          [ms[2], 'open', 'in_progress'],
        ]);
      });

      test('a member already holding the order is told so', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const open = await k.open({ residentId: r }, s, { headcount: 3 });
        const again = await k.claimChange(open, m1, at(2)); // a double tap: both decided before either commits
        const won = await k.claimOk(open, m1, at(1));
        expect(await k.verdict(again, MAX)).toEqual({ ok: false, reason: 'holding' });
        expect(await store.getOrder(open.id)).toEqual(won);
        expect(won.holders.map((h) => h.memberId)).toEqual([m1]);
        expect(await store.countActiveClaims(m1)).toBe(1);
      });

      test('a member at the limit of active claims is refused', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const orders = [];
        for (let i = 0; i < 3; i++) orders.push(await k.open({ residentId: r, now: at(i) }, s, { headcount: 2 }));
        // All three decided while the member held none; the store holds the line at 2.
        const changes = [];
        for (const o of orders) changes.push(await k.claimChange(o, m1, at(10), 2));
        expect((await store.claim(changes[0], 2)).ok).toBe(true);
        expect((await store.claim(changes[1], 2)).ok).toBe(true);
        expect(await k.verdict(changes[2], 2)).toEqual({ ok: false, reason: 'limit' });
        expect(await store.getOrder(orders[2].id)).toEqual(orders[2]);
        expect(await store.countActiveClaims(m1)).toBe(2);
      });

      test('one member claiming many orders at once stays within the limit', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const orders = [];
        for (let i = 0; i < 6; i++) orders.push(await k.open({ residentId: r, now: at(i) }, s, { headcount: 2 }));
        const changes = await Promise.all(orders.map((o) => k.claimChange(o, m1, at(10), 2)));
        const outcomes = await Promise.all(changes.map((c) => store.claim(c, 2)));
        expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
        expect(outcomes.filter((o) => !o.ok).map((o) => (o as { reason: string }).reason)).toEqual(['limit', 'limit', 'limit', 'limit']);
        expect(await store.countActiveClaims(m1)).toBe(2);
        expect(await list({ kind: 'member', memberId: m1, state: 'active' })).toHaveLength(2);
      });

      test('30 members rushing 3 slots: exactly 3 win, the rest are full, nobody twice', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const members: string[] = [];
        for (let i = 0; i < 30; i++) members.push(await k.member(`rush${i}`));
        const open = await k.open({ residentId: r }, s, { headcount: 3 });
        const changes = await Promise.all(members.map((m, i) => k.claimChange(open, m, at(10 + i))));
        const outcomes = await Promise.all(changes.map((c) => store.claim(c, MAX)));

        const winners = outcomes.filter((o): o is { ok: true; order: Order } => o.ok);
        expect(winners).toHaveLength(3);
        expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.reason === 'full')).toBe(true);
        const order = await k.get(open.id);
        expect(order.status).toBe('in_progress');
        expect(order.version).toBe(open.version + 3);
        expect(order.holders).toHaveLength(3);
        expect(new Set(order.holders.map((h) => h.memberId)).size).toBe(3);
        const claimEvents = (await store.events(open.id)).filter((e) => e.type === 'claim');
        expect(claimEvents).toHaveLength(3);
        expect(new Set(claimEvents.map((e) => e.actorId))).toEqual(new Set(order.holders.map((h) => h.memberId)));
        const counts = await Promise.all(members.map((m) => store.countActiveClaims(m)));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
      });

      test('an order that is no longer open cannot be claimed', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const open = await k.open({ residentId: r }, s, { headcount: 2 });
        const change = await k.claimChange(open, m1, at(5));
        const cancelled = await k.act(open, r, { type: 'cancel', reason: '已自行解决' }, at(4));
        const outcome = await store.claim(change, MAX);
        expect(outcome.ok).toBe(false);
        expect(['full', 'gone']).toContain((outcome as { reason: string }).reason);
        expect(await store.getOrder(open.id)).toEqual(cancelled);
        expect(await store.countActiveClaims(m1)).toBe(0);
      });

      test('claiming an order that does not exist answers gone', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const change = await k.claimChange(await k.open({ residentId: r }, s), m1, at(5));
        expect(await k.verdict({ ...change, orderId: 'no-such-order' }, MAX)).toEqual({ ok: false, reason: 'gone' });
        expect(await store.countActiveClaims(m1)).toBe(0);
        expect(await store.events('no-such-order')).toEqual([]);
      });
    });

    describe('orders: steering', () => {
      test('an urge is kept until a holder reports; each holder’s report and reminder are their own; a recall frees one slot', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2] = [await k.member('m1'), await k.member('m2')];
        let order = await k.open({ residentId: r }, s, { headcount: 2 });
        order = await k.claimOk(order, m1, at(1));
        order = await k.claimOk(order, m2, at(2));
        order = await k.act(order, s, { type: 'urge', note: '请尽快上门' }, at(3));
        expect(order).toMatchObject({ status: 'in_progress', urgedAt: iso(at(3)) });
        expect(await store.getOrder(order.id)).toEqual(order);

        order = await k.act(order, SYSTEM_CALLER, { type: 'claim_remind', memberId: m2, idleBefore: iso(at(3)) }, at(4));
        order = await k.act(order, m1, { type: 'progress', note: '已联系居民', photos: [] }, at(5));
        expect(order.urgedAt).toBeNull();
        expect(order.holders).toEqual([
          { memberId: m1, name: '党员m1', claimedAt: iso(at(1)), progressAt: iso(at(5)), remindedAt: null, part: null },
          { memberId: m2, name: '党员m2', claimedAt: iso(at(2)), progressAt: null, remindedAt: iso(at(4)), part: null },
        ]);
        expect(await store.getOrder(order.id)).toEqual(order);

        order = await k.act(order, s, { type: 'recall', memberId: m2, reason: '长时间没有进展' }, at(6));
        expect(order).toMatchObject({ status: 'open', holders: [expect.objectContaining({ memberId: m1 })] });
        expect(await store.countActiveClaims(m2)).toBe(0);
        expect((await store.events(order.id)).map((e) => e.type).slice(-4)).toEqual(['urge', 'claim_remind', 'progress', 'recall']);
        // The freed slot is a real one.
        expect((await k.claimOk(order, m2, at(7))).status).toBe('in_progress');
      });

      test('reassigning lets the holder go and asks the new member, who answers as to an assignment', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2] = [await k.member('m1'), await k.member('m2')];
        const held = await k.claimOk(await k.open({ residentId: r }, s), m1, at(1));
        const assignee = await k.profile(m2);
        const moved = await k.act(held, s, { type: 'reassign', assignee, note: null }, at(2));
        expect(moved).toMatchObject({ status: 'assigned', mode: 'assign', assigneeId: m2, assignedAt: iso(at(2)), holders: [] });
        expect(await store.getOrder(held.id)).toEqual(moved);
        expect(await store.countActiveClaims(m1)).toBe(0);
        const accepted = await k.act(moved, m2, { type: 'accept' }, at(3));
        expect(accepted.holders.map((h) => h.memberId)).toEqual([m2]);
        expect(await store.countActiveClaims(m2)).toBe(1);
      });

      test('memberWorkload: unfinished holds and pending assignments, and the last claim or report', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2, idle] = [await k.member('m1'), await k.member('m2'), await k.member('m3')];
        const a = await k.claimOk(await k.open({ residentId: r }, s), m1, at(1));
        await k.act(a, m1, { type: 'progress', note: '已上门', photos: [] }, at(5));
        const b = await k.claimOk(await k.open({ residentId: r }, s), m1, at(2));
        await k.act(b, m1, { type: 'release', reason: '临时有事' }, at(3));
        await k.assign(await k.submit({ residentId: r }), s, m1, at(4));
        const c = await k.claimOk(await k.open({ residentId: r }, s), m2, at(6));
        const done = await k.act(c, m2, { type: 'complete', note: '已完成', photos: [], hours: 1, photoRequired: false }, at(7));
        await k.act(done, r, { type: 'confirm', stars: 5, comment: null }, at(8));

        expect(await store.memberWorkload([m2, m1, idle, 'nobody'])).toEqual([
          { memberId: m2, activeOrders: 0, lastActiveAt: iso(at(7)) },
          { memberId: m1, activeOrders: 2, lastActiveAt: iso(at(5)) },
          { memberId: idle, activeOrders: 0, lastActiveAt: null },
          { memberId: 'nobody', activeOrders: 0, lastActiveAt: null },
        ]);
        expect(await store.memberWorkload([])).toEqual([]);
      });
    });

    describe('orders: release, finish and awards', () => {
      test('releasing frees the slot: the order goes back to the pool and can be claimed again', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2, m3, m4] = [await k.member('m1'), await k.member('m2'), await k.member('m3'), await k.member('m4')];
        let order = await k.open({ residentId: r }, s, { headcount: 3 });
        order = await k.claimOk(order, m1, at(1));
        order = await k.claimOk(order, m2, at(2));
        order = await k.claimOk(order, m3, at(3));
        expect(order.status).toBe('in_progress');

        const released = await k.act(order, m2, { type: 'release', reason: '临时有事' }, at(4));
        expect(released).toMatchObject({ status: 'open', version: order.version + 1, mode: 'pool' });
        expect(released.holders.map((h) => h.memberId)).toEqual([m1, m3]);
        expect(await store.countActiveClaims(m2)).toBe(0);
        expect(await list({ kind: 'member', memberId: m2, state: 'active' })).toEqual([]);
        const events = await store.events(order.id);
        expect(events[events.length - 1]).toMatchObject({ type: 'release', actorId: m2, actorRole: 'member', from: 'in_progress', to: 'open', note: '临时有事' });

        // The freed slot is a real slot: m2 takes it back, and then the order is full again.
        const late = await k.claimChange(released, m4, at(6));
        const reclaimed = await k.claimOk(released, m2, at(5));
        expect(reclaimed.status).toBe('in_progress');
        expect(reclaimed.holders.map((h) => h.memberId)).toEqual([m1, m3, m2]);
        expect(await k.verdict(late, MAX)).toEqual({ ok: false, reason: 'full' });
      });

      test('releasing an assigned order returns it to staff', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const submitted = await k.submit({ residentId: r });
        const assigned = await k.assign(submitted, s, m1, at(1));
        expect(assigned).toMatchObject({ status: 'assigned', mode: 'assign', assigneeId: m1, headcount: 1 });
        expect(await list({ kind: 'member', memberId: m1, state: 'active' })).toEqual([submitted.id]);
        const accepted = await k.act(assigned, m1, { type: 'accept' }, at(2));
        expect(accepted.status).toBe('in_progress');
        expect(accepted.holders.map((h) => h.memberId)).toEqual([m1]);
        const released = await k.act(accepted, m1, { type: 'release', reason: '无法上门' }, at(3));
        expect(released).toMatchObject({ status: 'submitted', mode: null, assigneeId: null, poolLimit: null, holders: [] });
        expect(await store.countActiveClaims(m1)).toBe(0);
        expect(await store.getOrder(submitted.id)).toEqual(released);
      });

      test('closing finishes every claim and awards each holder once; a stale or repeated award does not count twice', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const m2 = await k.member('m2');
        let order = await k.open({ residentId: r }, s, { headcount: 2, points: 12 });
        order = await k.claimOk(order, m1, at(1));
        order = await k.claimOk(order, m2, at(2));
        order = await k.act(order, m1, { type: 'progress', note: '已上门查看', photos: ['cloud://p/1.jpg'] }, at(3));
        // A team order: each holder reports their own part; the second one sends it to the resident.
        order = await k.act(order, m1, { type: 'report_part', note: '已修好', photos: [], hours: 2, photoRequired: false }, at(4));
        order = await k.act(order, m2, { type: 'report_part', note: '帮忙搬梯子', photos: [], hours: 2, photoRequired: false }, at(4));
        expect(order.status).toBe('awaiting_rating');
        expect(await store.countActiveClaims(m1)).toBe(1);

        const confirm = k.change(order, await k.caller(r), { type: 'confirm', stars: 5, comment: '非常感谢' }, at(5));
        const closed = await store.transition(confirm);
        expect(closed).toMatchObject({ status: 'closed', closedAt: iso(at(5)), rating: { stars: 5, comment: '非常感谢', autoClosed: false } });
        // Who did the work is still shown; their claims are done, not active.
        expect(closed!.holders.map((h) => h.memberId)).toEqual([m1, m2]);
        for (const m of [m1, m2]) {
          expect(await store.countActiveClaims(m)).toBe(0);
          expect(await list({ kind: 'member', memberId: m, state: 'active' })).toEqual([]);
          expect(await list({ kind: 'member', memberId: m, state: 'done' })).toEqual([order.id]);
          expect(await store.ledgerTotals(m, 'c1')).toEqual({ points: 12, hours: 2, orders: 1 });
          const entries = await store.ledgerEntries(m, 'c1', first);
          expect(entries.items).toHaveLength(1);
          expect(entries.items[0]).toMatchObject({ memberId: m, communityId: 'c1', orderId: order.id, points: 12, hours: 2, manual: false, at: iso(at(5)) });
        }
        const eventsAfterClose = await store.events(order.id);
        expect(eventsAfterClose.map((e) => e.type)).toEqual(['submit', 'dispatch', 'claim', 'claim', 'progress', 'report_part', 'report_part', 'confirm']);
        expect(eventsAfterClose[7]).toMatchObject({ actorId: r, actorRole: 'resident', from: 'awaiting_rating', to: 'closed', note: '非常感谢' });

        // The same confirm committed again (a retry) is stale: nothing changes, nothing is awarded.
        expect(await store.transition(confirm)).toBeNull();
        expect(await store.getOrder(order.id)).toEqual(closed);
        expect(await store.events(order.id)).toHaveLength(8);
        for (const m of [m1, m2]) expect(await store.ledgerTotals(m, 'c1')).toEqual({ points: 12, hours: 2, orders: 1 });

        // Even replayed at the current version, an award for the same member and order is kept once.
        await store.transition({ ...confirm, expectVersion: closed!.version, now: at(6) });
        for (const m of [m1, m2]) {
          expect(await store.ledgerTotals(m, 'c1')).toEqual({ points: 12, hours: 2, orders: 1 });
          expect((await store.ledgerEntries(m, 'c1', first)).items).toHaveLength(1);
        }
      });
    });

    describe('orders: team parts', () => {
      const part = (hours: number, photos: string[] = []) =>
        ({ type: 'report_part', note: `我做了${hours}小时`, photos, hours, photoRequired: false }) as const;

      test('each holder’s part is kept on their hold: 2 of 3 leave it in progress, the third completes it; each is paid their own hours', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2, m3] = [await k.member('m1'), await k.member('m2'), await k.member('m3')];
        let order = await k.open({ residentId: r }, s, { headcount: 3, points: 9 });
        for (const [i, m] of [m1, m2, m3].entries()) order = await k.claimOk(order, m, at(1 + i));
        order = await k.act(order, m1, part(2, ['cloud://p/m1.jpg']), at(5));
        order = await k.act(order, m2, part(1), at(6));
        expect(order.status).toBe('in_progress');
        expect(order.holders.map((h) => h.part)).toEqual([
          { note: '我做了2小时', photos: ['cloud://p/m1.jpg'], hours: 2, at: iso(at(5)) },
          { note: '我做了1小时', photos: [], hours: 1, at: iso(at(6)) },
          null,
        ]);
        expect(await store.getOrder(order.id)).toEqual(order);
        // Read through a list too, as the member's own tasks show it.
        const [listed] = (await store.listOrders({ kind: 'member', memberId: m1, state: 'active' }, first)).items;
        expect(listed.holders).toEqual(order.holders);

        order = await k.act(order, m3, part(0.5), at(7));
        expect(order).toMatchObject({ status: 'awaiting_rating', completedAt: iso(at(7)), serviceHours: 3.5 });
        const events = await store.events(order.id);
        expect(events.slice(-3).map((e) => [e.type, e.actorId, e.at, e.photos])).toEqual([
          ['report_part', m1, iso(at(5)), ['cloud://p/m1.jpg']],
          ['report_part', m2, iso(at(6)), []],
          ['report_part', m3, iso(at(7)), []],
        ]);
        await k.act(order, SYSTEM_CALLER, { type: 'auto_close' }, days(9));
        expect(await store.ledgerTotals(m1, 'c1')).toEqual({ points: 9, hours: 2, orders: 1 });
        expect(await store.ledgerTotals(m2, 'c1')).toEqual({ points: 9, hours: 1, orders: 1 });
        expect(await store.ledgerTotals(m3, 'c1')).toEqual({ points: 9, hours: 0.5, orders: 1 });
        // Closed, the parts stay on the holders who did the work.
        expect((await k.get(order.id)).holders.map((h) => h.part?.hours)).toEqual([2, 1, 0.5]);
      });

      test('staff close it for the team with 1 of 3 reported: only that holder is paid', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2, m3] = [await k.member('m1'), await k.member('m2'), await k.member('m3')];
        let order = await k.open({ residentId: r }, s, { headcount: 3, points: 9 });
        for (const [i, m] of [m1, m2, m3].entries()) order = await k.claimOk(order, m, at(1 + i));
        order = await k.act(order, m2, part(3), at(5));
        order = await k.act(order, s, { type: 'close_team', reason: '两名队员临时有事' }, at(6));
        expect(order).toMatchObject({ status: 'awaiting_rating', serviceHours: 3 });
        await k.act(order, r, { type: 'confirm', stars: 5, comment: null }, at(7));
        expect(await store.ledgerTotals(m2, 'c1')).toEqual({ points: 9, hours: 3, orders: 1 });
        for (const m of [m1, m3]) expect(await store.ledgerTotals(m, 'c1')).toEqual({ points: 0, hours: 0, orders: 0 });
        for (const m of [m1, m2, m3]) expect(await store.countActiveClaims(m)).toBe(0);
      });

      test('未解决 clears the parts of those who still hold it; a holder let go (escalated) takes no part back', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2] = [await k.member('m1'), await k.member('m2')];
        let order = await k.open({ residentId: r }, s, { headcount: 2 });
        for (const [i, m] of [m1, m2].entries()) order = await k.claimOk(order, m, at(1 + i));
        order = await k.act(order, m1, part(1), at(3));
        order = await k.act(order, m2, part(1), at(4));
        order = await k.act(order, r, { type: 'reopen', reason: '还没弄好' }, at(5));
        expect(order.status).toBe('in_progress');
        expect(order.holders.map((h) => [h.memberId, h.part])).toEqual([[m1, null], [m2, null]]);
        expect(await k.get(order.id)).toEqual(order);

        order = await k.act(order, m1, part(2), at(6));
        order = await k.act(order, s, { type: 'escalate', note: '需要街道协调', deadline: iso(days(5)), photos: [] }, at(7));
        const street = await k.user('street1');
        await store.grantRole(street, 'street_staff', { streetId: 'st1' });
        order = await k.act(order, street, { type: 'street_return', note: '社区继续办理', photos: [] }, at(8));
        order = await k.dispatch(order, s, { headcount: 2 }, at(9));
        order = await k.claimOk(order, m1, at(10));
        expect(order.holders).toEqual([{ memberId: m1, name: '党员m1', claimedAt: iso(at(10)), progressAt: null, remindedAt: null, part: null }]);
      });

      test('a category’s photo requirement is stored and read back (default: required)', async () => {
        const { categories } = await store.getMenu('c1');
        expect(categories.map((c) => [c.id, c.photoRequired])).toEqual([['c1-k1', false], ['c1-k2', true], ['c1-k3', false]]);
        await store.savePlaces({ ...PLACES, categories: PLACES.categories.map((c) => (c.id === 'c1-k1' ? { ...c, photoRequired: true } : c)) });
        expect((await store.getMenu('c1')).categories[0].photoRequired).toBe(true);
      });
    });

    describe('orders: lists', () => {
      test("a resident's own orders, by status, newest first", async () => {
        const r1 = await k.resident('r1');
        const r2 = await k.resident('r2');
        const a = await k.submit({ residentId: r1, now: at(1) });
        const b = await k.submit({ residentId: r1, now: at(2) });
        const c = await k.submit({ residentId: r1, now: at(3) });
        const d = await k.submit({ residentId: r2, now: at(4) });
        await k.act(b, r1, { type: 'cancel', reason: null }, at(5));
        expect(await list({ kind: 'resident', residentId: r1, statuses: ['submitted'] })).toEqual([c.id, a.id]);
        expect(await list({ kind: 'resident', residentId: r1, statuses: ['cancelled'] })).toEqual([b.id]);
        expect(await list({ kind: 'resident', residentId: r1, statuses: ['submitted', 'cancelled'] })).toEqual([c.id, b.id, a.id]);
        expect(await list({ kind: 'resident', residentId: r1, statuses: ['closed'] })).toEqual([]);
        expect(await list({ kind: 'resident', residentId: r2, statuses: ['submitted'] })).toEqual([d.id]);
        // The page carries the orders themselves, holders included.
        const page = await store.listOrders({ kind: 'resident', residentId: r1, statuses: ['submitted'] }, first);
        expect(page.items[0]).toEqual(await k.get(c.id));
        expect(page.nextCursor).toBeNull();
      });

      test('the pool shows open orders the member is eligible for and does not hold', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const s2 = await k.staff('s2', 'c2');
        const m = await k.member('m1', { skills: ['电工'], teamId: 'c1-t1', gridId: 'c1-g1' });
        const bare = await k.member('m2'); // no skills, team or grid
        const other = await k.member('m3');
        const limit = (l: Partial<{ skills: string[]; teamId: string | null; gridIds: string[] }>) => ({
          skills: [],
          teamId: null,
          gridIds: [],
          ...l,
        });
        const pool = async (n: number, deadlineDays: number, poolLimit: DispatchPlan['poolLimit'], over: Partial<OrderSpec> = {}, headcount = 1) =>
          k.open({ residentId: r, now: at(n), ...over }, s, { poolLimit, deadline: iso(days(deadlineDays)), headcount });

        const A = await pool(1, 4, null);
        const B = await pool(2, 2, limit({ skills: ['电工', '水工'] }));
        await pool(3, 3, limit({ skills: ['法律'] }));
        const D = await pool(4, 5, limit({ teamId: 'c1-t1' }));
        await pool(5, 1, limit({ teamId: 'c1-t2' }));
        const F = await pool(6, 6, limit({ gridIds: ['c1-g1'] }), { categoryId: 'c1-k2', gridId: 'c1-g2' });
        await pool(7, 7, limit({ gridIds: ['c1-g2'] }));
        const H = await pool(8, 8, null, {}, 2);
        const K = await pool(9, 9, null);
        await pool(10, 10, limit({ skills: ['电工'], teamId: 'c1-t2' })); // every axis must match
        await k.submit({ residentId: r, now: at(11) }); // not dispatched
        await k.open({ residentId: await k.resident('r9', 'c2'), communityId: 'c2', now: at(12) }, s2, { deadline: iso(days(1)) });
        const Taken = await pool(13, 1, null); // claimed to the full by someone else
        await k.claimOk(Taken, other, at(20));

        await k.claimOk(H, m, at(21)); // held: out of m's pool, still in others'
        await k.act(await k.claimOk(K, m, at(22)), m, { type: 'release', reason: '没空' }, at(23)); // released: back in

        const me = await k.profile(m);
        const newest = await list({ kind: 'pool', communityId: 'c1', member: me, sort: 'newest' });
        expect(newest).toEqual([K.id, F.id, D.id, B.id, A.id]);
        expect(await list({ kind: 'pool', communityId: 'c1', member: me, sort: 'deadline' })).toEqual([B.id, A.id, D.id, F.id, K.id]);
        expect(await list({ kind: 'pool', communityId: 'c1', member: me, sort: 'newest', categoryId: 'c1-k2' })).toEqual([F.id]);
        expect(await list({ kind: 'pool', communityId: 'c1', member: me, sort: 'newest', gridId: 'c1-g2' })).toEqual([F.id]);
        expect(await list({ kind: 'pool', communityId: 'c1', member: me, sort: 'newest', gridId: 'c1-g1' })).toEqual([K.id, D.id, B.id, A.id]);

        const them = await k.profile(bare);
        expect(await list({ kind: 'pool', communityId: 'c1', member: them, sort: 'newest' })).toEqual([K.id, H.id, A.id]);
        expect(await list({ kind: 'pool', communityId: 'c1', member: them, sort: 'deadline' })).toEqual([A.id, H.id, K.id]);
        expect(await list({ kind: 'pool', communityId: 'c3', member: them, sort: 'newest' })).toEqual([]);
      });

      test("a member's orders: active (held or assigned to them) and done", async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m = await k.member('m1');
        const m2 = await k.member('m2');
        const X = await k.claimOk(await k.open({ residentId: r, now: at(1) }, s, { headcount: 2 }), m, at(10));
        let Y = await k.claimOk(await k.open({ residentId: r, now: at(2) }, s), m, at(11));
        Y = await k.act(Y, m, { type: 'complete', note: '完成', photos: [], hours: 1, photoRequired: false }, at(12));
        Y = await k.act(Y, r, { type: 'confirm', stars: 5, comment: null }, at(13));
        const Z = await k.assign(await k.submit({ residentId: r, now: at(3) }), s, m, at(14));
        const W = await k.claimOk(await k.open({ residentId: r, now: at(4) }, s), m, at(15));
        await k.act(W, m, { type: 'release', reason: '没空' }, at(16));
        await k.claimOk(await k.open({ residentId: r, now: at(5) }, s), m2, at(17));

        expect(await list({ kind: 'member', memberId: m, state: 'active' })).toEqual([Z.id, X.id]);
        expect(await list({ kind: 'member', memberId: m, state: 'done' })).toEqual([Y.id]);
        expect(await list({ kind: 'member', memberId: m2, state: 'done' })).toEqual([]);
      });

      /** Orders of c1 in every queue tab, created a minute apart, and one order elsewhere. */
      async function queueWorld() {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m1 = await k.member('m1');
        const m2 = await k.member('m2');
        const sub = (n: number, over: Partial<OrderSpec> = {}) => k.submit({ residentId: r, now: at(n), ...over });
        const s1 = await sub(1);
        const s2 = await sub(2, { categoryId: 'c1-k2', gridId: 'c1-g2' });
        const s3 = await sub(3);
        const o1 = await k.dispatch(await sub(4), s, { deadline: iso(days(1)) });
        const o2 = await k.dispatch(await sub(5, { gridId: 'c1-g2' }), s, { deadline: iso(days(5)) });
        const a1 = await k.assign(await sub(6), s, m1, at(6), { deadline: iso(days(2)) });
        const p1 = await k.claimOk(await k.dispatch(await sub(7), s, { deadline: iso(days(0.5)) }), m1, at(7));
        const e1 = await k.act(await sub(8), s, { type: 'escalate', note: '需要街道协调', deadline: iso(days(4)), photos: [] }, at(8));
        let w1 = await k.claimOk(await k.dispatch(await sub(9), s, { deadline: iso(days(1)) }), m2, at(9));
        w1 = await k.act(w1, m2, { type: 'complete', note: '完成', photos: [], hours: 1, photoRequired: false }, at(9));
        let c1 = await k.claimOk(await k.dispatch(await sub(10), s, { deadline: iso(days(1)) }), m2, at(10));
        c1 = await k.act(c1, m2, { type: 'complete', note: '完成', photos: [], hours: 1, photoRequired: false }, at(10));
        c1 = await k.act(c1, r, { type: 'confirm', stars: 5, comment: null }, at(10));
        const x1 = await k.act(await sub(11), r, { type: 'cancel', reason: null }, at(11));
        await k.submit({ residentId: await k.resident('r9', 'c2'), communityId: 'c2', now: at(12) });
        return { s1, s2, s3, o1, o2, a1, p1, e1, w1, c1, x1 };
      }
      const NOW = days(3);

      test('staff queues: each tab its status, submitted oldest first, the other active tabs and overdue by deadline, done ones newest first', async () => {
        const w = await queueWorld();
        const queue = (tab: QueueTab, over: { categoryId?: string; gridId?: string; now?: Date } = {}) =>
          list({ kind: 'queue', communityId: 'c1', tab, now: NOW, ...over });
        expect(await queue('submitted')).toEqual([w.s1.id, w.s2.id, w.s3.id]);
        expect(await queue('open')).toEqual([w.o1.id, w.o2.id]);
        expect(await queue('assigned')).toEqual([w.a1.id]);
        expect((await queue('dispatched')).sort()).toEqual([w.o1.id, w.o2.id, w.a1.id].sort());
        expect(await queue('in_progress')).toEqual([w.p1.id]);
        expect(await queue('escalated')).toEqual([w.e1.id]);
        expect(await queue('awaiting_rating')).toEqual([w.w1.id]);
        expect(await queue('closed')).toEqual([w.c1.id]);
        expect(await queue('overdue')).toEqual([w.p1.id, w.o1.id, w.a1.id]);
        expect(await queue('overdue', { now: T0 })).toEqual([]);
        expect(await queue('overdue', { now: days(1.5) })).toEqual([w.p1.id, w.o1.id]);
        expect(await queue('submitted', { categoryId: 'c1-k2' })).toEqual([w.s2.id]);
        expect(await queue('submitted', { gridId: 'c1-g2' })).toEqual([w.s2.id]);
        expect(await queue('open', { gridId: 'c1-g2' })).toEqual([w.o2.id]);
        expect(await list({ kind: 'queue', communityId: 'c3', tab: 'submitted', now: NOW })).toEqual([]);
      });

      test('queueCounts counts each status and the overdue', async () => {
        const zero = { submitted: 0, dispatched: 0, open: 0, assigned: 0, in_progress: 0, awaiting_rating: 0, overdue: 0, escalated: 0, closed: 0 };
        expect(await store.queueCounts('c1', NOW)).toEqual(zero);
        await queueWorld();
        expect(await store.queueCounts('c1', NOW)).toEqual({
          submitted: 3,
          dispatched: 3,
          open: 2,
          assigned: 1,
          in_progress: 1,
          awaiting_rating: 1,
          overdue: 3,
          escalated: 1,
          closed: 1,
        });
        expect(await store.queueCounts('c1', T0)).toMatchObject({ overdue: 0, submitted: 3 });
        expect(await store.queueCounts('c2', NOW)).toEqual({ ...zero, submitted: 1 });
        expect(await store.queueCounts('c3', NOW)).toEqual(zero);
      });

      test('a grid worker\'s queue (我的网格): lists and counts only the orders of the given grids', async () => {
        const w = await queueWorld();
        const queue = (tab: QueueTab, over: { gridId?: string; gridIds?: string[] }) => list({ kind: 'queue', communityId: 'c1', tab, now: NOW, ...over });
        expect(await queue('submitted', { gridIds: ['c1-g2'] })).toEqual([w.s2.id]);
        expect(await queue('submitted', { gridIds: ['c1-g1', 'c1-g2'] })).toEqual([w.s1.id, w.s2.id, w.s3.id]);
        expect(await queue('open', { gridIds: ['c1-g1'] })).toEqual([w.o1.id]);
        expect(await queue('open', { gridIds: [] })).toEqual([]);
        expect(await queue('open', { gridIds: ['c1-g1'], gridId: 'c1-g2' })).toEqual([]);
        expect(await queue('open', { gridIds: ['c1-g1', 'c1-g2'], gridId: 'c1-g2' })).toEqual([w.o2.id]);
        const mine = await store.queueCounts('c1', NOW, ['c1-g2']);
        expect(mine).toMatchObject({ submitted: 1, open: 1, dispatched: 1, in_progress: 0, closed: 0 });
        expect(await store.queueCounts('c1', NOW, [])).toMatchObject({ submitted: 0, open: 0, overdue: 0 });
      });

      test('each queue tab counts exactly the orders it lists, and holds only its statuses', async () => {
        const w = await queueWorld();
        const statusOf = new Map(Object.values(w).map((o) => [o.id, o.status]));
        const counts = await store.queueCounts('c1', NOW);
        for (const tab of QUEUE_TAB_NAMES) {
          const listed = await list({ kind: 'queue', communityId: 'c1', tab, now: NOW });
          expect({ tab, count: counts[tab] }).toEqual({ tab, count: listed.length });
          for (const id of listed) expect(QUEUE_TAB_STATUSES[tab]).toContain(statusOf.get(id));
        }
      });

      test('keyset pagination walks every list kind once over, then ends', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m = await k.member('m1');
        // Five orders; two share a creation time, two share a deadline.
        const times = [at(1), at(2), at(2), at(3), at(4)];
        const submitted: Order[] = [];
        for (const t of times) submitted.push(await k.submit({ residentId: r, now: t }));
        const everyOnce = async (query: OrderQuery, expectedIds: string[]) => {
          const all = await store.listOrders(query, first);
          expect(all.nextCursor).toBeNull();
          expect(new Set(ids(all.items))).toEqual(new Set(expectedIds));
          const { items, sizes } = await walk((page) => store.listOrders(query, page), 2);
          expect(sizes).toEqual([2, 2, 1]);
          expect(ids(items)).toEqual(ids(all.items));
          expect(new Set(ids(items)).size).toBe(5);
          return items;
        };
        const byTime = (xs: Order[], key: 'createdAt' | 'deadline') => xs.map((o) => Date.parse(o[key]!));
        const isSorted = (xs: number[], dir: 1 | -1) => xs.every((x, i) => i === 0 || (x - xs[i - 1]) * dir >= 0);
        const all = ids(submitted);

        expect(isSorted(byTime(await everyOnce({ kind: 'resident', residentId: r, statuses: ['submitted'] }, all), 'createdAt'), -1)).toBe(true);
        expect(isSorted(byTime(await everyOnce({ kind: 'queue', communityId: 'c1', tab: 'submitted', now: T0 }, all), 'createdAt'), 1)).toBe(true);

        const deadlines = [2, 1, 3, 1, 4];
        const open: Order[] = [];
        for (let i = 0; i < 5; i++) open.push(await k.dispatch(submitted[i], s, { deadline: iso(days(deadlines[i])), headcount: 2 }, at(10)));
        const me = await k.profile(m);
        expect(isSorted(byTime(await everyOnce({ kind: 'pool', communityId: 'c1', member: me, sort: 'deadline' }, all), 'deadline'), 1)).toBe(true);
        expect(isSorted(byTime(await everyOnce({ kind: 'pool', communityId: 'c1', member: me, sort: 'newest' }, all), 'createdAt'), -1)).toBe(true);
        expect(isSorted(byTime(await everyOnce({ kind: 'queue', communityId: 'c1', tab: 'open', now: T0 }, all), 'deadline'), 1)).toBe(true);
        expect(isSorted(byTime(await everyOnce({ kind: 'queue', communityId: 'c1', tab: 'overdue', now: days(10) }, all), 'deadline'), 1)).toBe(true);

        for (const o of open) await k.claimOk(o, m, at(20), 10);
        expect(isSorted(byTime(await everyOnce({ kind: 'member', memberId: m, state: 'active' }, all), 'createdAt'), -1)).toBe(true);

        // A page that ends exactly at the last row says so.
        const exact = await walk((page) => store.listOrders({ kind: 'member', memberId: m, state: 'active' }, page), 5);
        expect(exact.sizes).toEqual([5]);
      });

      test('queues staff work from put 危及生命 first, then 紧急, then past a time limit, then the rest; pages keep the rank', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const n1 = await k.submit({ residentId: r, now: at(1) });
        const u1 = await k.submit({ residentId: r, now: at(2), urgency: 'urgent' });
        const l1 = await k.submit({ residentId: r, now: at(3), urgency: 'life_threatening' });
        let n2 = await k.submit({ residentId: r, now: at(4) });
        const u2 = await k.submit({ residentId: r, now: at(5), urgency: 'urgent' });
        // Still waiting past its 受理时限 (a day for normal orders): marked once by the sweep.
        n2 = await k.act(n2, SYSTEM_CALLER, { type: 'accept_overdue' }, days(2));
        expect(n2.acceptOverdueAt).toBe(iso(days(2)));
        const submitted = { kind: 'queue', communityId: 'c1', tab: 'submitted', now: days(2) } as const;
        const want = [l1.id, u1.id, u2.id, n2.id, n1.id];
        expect(await list(submitted)).toEqual(want);
        const paged = await walk((page) => store.listOrders(submitted, page), 2);
        expect(paged.sizes).toEqual([2, 2, 1]);
        expect(ids(paged.items)).toEqual(want);

        // Once accepted, the 受理 mark no longer ranks it; an overdue deadline does.
        const o1 = await k.dispatch(await k.get(n1.id), s, { deadline: iso(days(4)) }, days(2));
        await k.dispatch(await k.get(n2.id), s, { deadline: iso(days(3)) }, days(2));
        await k.dispatch(await k.get(u1.id), s, { deadline: iso(days(5)) }, days(2));
        const open = { kind: 'queue', communityId: 'c1', tab: 'open', now: days(2) } as const;
        expect(await list(open)).toEqual([u1.id, n2.id, n1.id]);
        await k.act(o1, SYSTEM_CALLER, { type: 'mark_overdue' }, days(4.5));
        expect(await list({ ...open, now: days(4.5) })).toEqual([u1.id, n1.id, n2.id]);
        expect(await list({ kind: 'queue', communityId: 'c1', tab: 'dispatched', now: days(4.5) })).toEqual([u1.id, n1.id, n2.id]);
        expect(await list({ kind: 'queue', communityId: 'c1', tab: 'overdue', now: days(6) })).toEqual([u1.id, n1.id, n2.id]);
      });

      test('a malformed cursor is refused as invalid input', async () => {
        const r = await k.resident('r1');
        const m = await k.member('m1');
        await k.submit({ residentId: r });
        await store.addManualEntry({ memberId: m, communityId: 'c1', points: 1, hours: 0, reason: '测试', createdBy: m, at: at(1) });
        const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
        // Opaque to clients, so anything the store did not write must be refused the same way.
        const bad: [string, string][] = [
          ['garbage', 'not-a-cursor'],
          ['not base64', '!!!'],
          ['an object', forged({ a: 1 })],
          ['wrong types', forged([12, 34])],
          ['not a time', forged(['not a time', 'ord-001'])],
          ['not an id', forged([null, 'abc'])],
        ];
        const lists: [string, (page: PageRequest) => Promise<unknown>][] = [
          ['resident', (page) => store.listOrders({ kind: 'resident', residentId: r, statuses: ['submitted'] }, page)],
          ['queue', (page) => store.listOrders({ kind: 'queue', communityId: 'c1', tab: 'overdue', now: T0 }, page)],
          ['members', (page) => store.listMembers({ communityId: 'c1' }, page)],
          ['ledger', (page) => store.ledgerEntries(m, 'c1', page)],
        ];
        const refusals: string[] = [];
        for (const [list, fetch] of lists) {
          for (const [label, cursor] of bad) {
            const outcome = await fetch({ cursor, limit: 2 }).then(
              () => 'accepted',
              (e: unknown) => (e instanceof DomainError ? e.code : `${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`),
            );
            refusals.push(`${list} / ${label}: ${outcome}`);
          }
        }
        expect(refusals).toEqual(lists.flatMap(([list]) => bad.map(([label]) => `${list} / ${label}: INPUT.INVALID`)));
      });
    });

    describe('orders: due for the sweep', () => {
      test('overdue: active orders past their deadline not yet marked, soonest deadline first', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const s2 = await k.staff('s2', 'c2');
        const ov1 = await k.open({ residentId: r, now: at(1) }, s, { deadline: iso(days(1)) });
        const ov2 = await k.open({ residentId: r, now: at(2) }, s, { deadline: iso(days(0.5)) });
        await k.open({ residentId: r, now: at(3) }, s, { deadline: iso(days(3)) }); // not yet due
        const marked = await k.open({ residentId: r, now: at(4) }, s, { deadline: iso(days(1)) });
        await k.act(marked, SYSTEM_CALLER, { type: 'mark_overdue' }, days(1.5)); // already marked
        const cancelled = await k.open({ residentId: r, now: at(5) }, s, { deadline: iso(days(1)) });
        await k.act(cancelled, r, { type: 'cancel', reason: null }, at(6)); // no longer active
        await k.submit({ residentId: r, now: at(7) }); // no deadline yet
        await k.open({ residentId: await k.resident('r9', 'c2'), communityId: 'c2', now: at(8) }, s2, { deadline: iso(days(1)) });

        const due = await store.dueForSweep('overdue', 'c1', days(2), 10);
        expect(ids(due)).toEqual([ov2.id, ov1.id]);
        expect(due[0]).toEqual(await k.get(ov2.id));
        expect(ids(await store.dueForSweep('overdue', 'c1', days(2), 1))).toEqual([ov2.id]);
        expect(await store.dueForSweep('overdue', 'c1', T0, 10)).toEqual([]);

        await k.act(ov2, SYSTEM_CALLER, { type: 'mark_overdue' }, days(2));
        expect(ids(await store.dueForSweep('overdue', 'c1', days(2), 10))).toEqual([ov1.id]);
      });

      test('auto_close: orders awaiting a rating completed before the cut-off, oldest first', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const completeAt = async (n: number, when: Date) => {
          const m = await k.member(`m${n}`);
          const claimed = await k.claimOk(await k.open({ residentId: r, now: at(n) }, s, { deadline: iso(days(9)) }), m, at(n + 1));
          return k.act(claimed, m, { type: 'complete', note: '完成', photos: [], hours: 1, photoRequired: false }, when);
        };
        const ac1 = await completeAt(1, days(1));
        const ac2 = await completeAt(2, days(0.5));
        await completeAt(3, days(3)); // too recent
        const rated = await completeAt(4, days(1));
        await k.act(rated, r, { type: 'confirm', stars: 5, comment: null }, days(1.2)); // already closed

        expect(ids(await store.dueForSweep('auto_close', 'c1', days(2), 10))).toEqual([ac2.id, ac1.id]);
        expect(ids(await store.dueForSweep('auto_close', 'c1', days(2), 1))).toEqual([ac2.id]);
        expect(await store.dueForSweep('auto_close', 'c2', days(2), 10)).toEqual([]);

        // The sweep's close: no rating stars, marked auto-closed, points still awarded.
        const closed = await k.act(ac2, SYSTEM_CALLER, { type: 'auto_close' }, days(8));
        expect(closed).toMatchObject({ status: 'closed', rating: { stars: null, comment: null, autoClosed: true } });
        expect(await store.getOrder(ac2.id)).toEqual(closed);
        expect(await store.ledgerTotals(ac2.holders[0].memberId, 'c1')).toEqual({ points: 10, hours: 1, orders: 1 });
        expect(ids(await store.dueForSweep('auto_close', 'c1', days(2), 10))).toEqual([ac1.id]);
      });

      test('assign_timeout: assignments unanswered since before the cut-off, oldest first', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const m = await k.member('m1');
        const as1 = await k.assign(await k.submit({ residentId: r, now: at(0) }), s, m, at(10));
        const as2 = await k.assign(await k.submit({ residentId: r, now: at(0) }), s, m, at(5));
        await k.assign(await k.submit({ residentId: r, now: at(0) }), s, m, days(1.5)); // too recent
        const accepted = await k.assign(await k.submit({ residentId: r, now: at(0) }), s, m, at(1));
        await k.act(accepted, m, { type: 'accept' }, at(2)); // answered

        expect(ids(await store.dueForSweep('assign_timeout', 'c1', days(1), 10))).toEqual([as2.id, as1.id]);
        expect(ids(await store.dueForSweep('assign_timeout', 'c1', days(1), 1))).toEqual([as2.id]);

        const back = await k.act(as2, SYSTEM_CALLER, { type: 'assign_timeout' }, days(1));
        expect(back).toMatchObject({ status: 'submitted', mode: null, assigneeId: null });
        expect(ids(await store.dueForSweep('assign_timeout', 'c1', days(1), 10))).toEqual([as1.id]);
      });

      test('accept_overdue: orders still waiting past their 受理时限, not yet marked, soonest limit first', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const normal = await k.submit({ residentId: r, now: at(0) }); // 受理时限 24 h
        const life = await k.submit({ residentId: r, now: at(10), urgency: 'life_threatening' }); // 15 min
        const urgent = await k.submit({ residentId: r, now: at(0), urgency: 'urgent' }); // 2 h
        await k.dispatch(await k.submit({ residentId: r, now: at(0), urgency: 'urgent' }), s); // accepted in time
        expect(normal.acceptBy).toBe(iso(days(1)));
        expect(ids(await store.dueForSweep('accept_overdue', 'c1', at(20), 10))).toEqual([]);
        expect(ids(await store.dueForSweep('accept_overdue', 'c1', at(30), 10))).toEqual([life.id]);
        expect(ids(await store.dueForSweep('accept_overdue', 'c1', days(2), 10))).toEqual([life.id, urgent.id, normal.id]);
        await k.act(life, SYSTEM_CALLER, { type: 'accept_overdue' }, at(30));
        expect(ids(await store.dueForSweep('accept_overdue', 'c1', days(2), 10))).toEqual([urgent.id, normal.id]);
        expect(ids(await store.dueForSweep('accept_overdue', 'c2', days(2), 10))).toEqual([]);
      });

      test('claim_remind and claim_timeout: orders holding a claim without progress, by claim or by reminder', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const s2 = await k.staff('s2', 'c2');
        const [m1, m2, m3] = [await k.member('m1'), await k.member('m2'), await k.member('m3')];
        const idle = await k.claimOk(await k.open({ residentId: r }, s, { deadline: iso(days(5)) }), m1, at(10));
        const soon = await k.claimOk(await k.open({ residentId: r }, s, { deadline: iso(days(4)) }), m2, at(20));
        const reported = await k.claimOk(await k.open({ residentId: r }, s), m3, at(5));
        await k.act(reported, m3, { type: 'progress', note: '已上门', photos: [] }, at(30)); // progress: never due
        const fresh = await k.claimOk(await k.open({ residentId: r }, s), m3, days(2)); // claimed after the cut-off
        const done = await k.act(fresh, m3, { type: 'complete', note: '完成', photos: [], hours: 1, photoRequired: false }, days(2.1)); // completed
        const other = await k.member('m9', { communityId: 'c2' });
        await k.claimOk(await k.open({ residentId: await k.resident('r9', 'c2'), communityId: 'c2' }, s2), other, at(1));

        expect(ids(await store.dueForSweep('claim_remind', 'c1', days(1), 10))).toEqual([soon.id, idle.id]);
        expect(ids(await store.dueForSweep('claim_remind', 'c1', days(1), 1))).toEqual([soon.id]);
        expect(ids(await store.dueForSweep('claim_remind', 'c1', at(15), 10))).toEqual([idle.id]);
        expect(await store.dueForSweep('claim_timeout', 'c1', days(9), 10)).toEqual([]);
        expect(done.status).toBe('awaiting_rating');

        const reminded = await k.act(soon, SYSTEM_CALLER, { type: 'claim_remind', memberId: m2, idleBefore: iso(days(1)) }, days(1));
        expect(ids(await store.dueForSweep('claim_remind', 'c1', days(1), 10))).toEqual([idle.id]);
        expect(ids(await store.dueForSweep('claim_timeout', 'c1', days(1), 10))).toEqual([]);
        expect(ids(await store.dueForSweep('claim_timeout', 'c1', days(2), 10))).toEqual([soon.id]);
        expect((await store.dueForSweep('claim_timeout', 'c1', days(2), 10))[0]).toEqual(reminded);

        const released = await k.act(reminded, SYSTEM_CALLER, { type: 'claim_timeout', memberId: m2, remindedBefore: iso(days(2)) }, days(2));
        expect(released).toMatchObject({ status: 'open', holders: [] });
        expect(await store.dueForSweep('claim_timeout', 'c1', days(2), 10)).toEqual([]);
        expect(await store.countActiveClaims(m2)).toBe(0);
      });

      test('recent pool orders: open ones of the community changed since, oldest first', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const s2 = await k.staff('s2', 'c2');
        await k.open({ residentId: r, now: at(1) }, s); // before the window
        const o2 = await k.open({ residentId: r, now: at(3) }, s);
        const o3 = await k.dispatch(await k.submit({ residentId: r, now: at(2) }), s, {}, at(4)); // dispatched later than submitted
        await k.submit({ residentId: r, now: at(5) }); // not in the pool
        const gone = await k.open({ residentId: r, now: at(5) }, s);
        await k.act(gone, r, { type: 'cancel', reason: null }, at(6));
        await k.open({ residentId: await k.resident('r9', 'c2'), communityId: 'c2', now: at(5) }, s2);

        const recent = await store.recentPoolOrders('c1', at(2.5), 10);
        expect(ids(recent)).toEqual([o2.id, o3.id]);
        expect(recent[0]).toEqual(await k.get(o2.id));
        expect(ids(await store.recentPoolOrders('c1', at(2.5), 1))).toEqual([o2.id]);
        expect(await store.recentPoolOrders('c1', at(7), 10)).toEqual([]);
      });
    });

    describe('notices', () => {
      const draft = (to: NoticeDraft['to'], orderId: string, key: string, over: Partial<NoticeDraft> = {}): NoticeDraft => ({
        to,
        kind: 'progress',
        orderId,
        title: '需要帮助',
        text: `消息 ${key}`,
        key,
        actorId: null,
        ...over,
      });
      const mine = async (userId: string) => (await store.listNotices(userId, first)).items;
      const texts = async (userId: string) => (await mine(userId)).map((n) => n.text);

      test('an order step queues its notices in the same write: staff audiences expanded, the actor left out, nothing for a stale version', async () => {
        const r = await k.resident('r1');
        const s1 = await k.staff('s1');
        const s2 = await k.staff('s2');
        await store.grantRole(s2, 'admin', { communityId: 'c1' }); // staff and admin: told once
        const other = await k.staff('s9', 'c2');
        const order = k.build({ residentId: r, now: at(1) });
        const news = [draft({ staffOf: 'c1' }, order.id, 'new', { kind: 'new_order', actorId: r })];
        expect((await store.createOrder(order, 'key-1', news)).created).toBe(true);
        expect(await texts(s1)).toEqual(['消息 new']);
        expect(await texts(s2)).toEqual(['消息 new']);
        expect(await texts(other)).toEqual([]);
        expect(await texts(r)).toEqual([]);
        expect(await mine(s1)).toEqual([
          { id: expect.any(String), userId: s1, kind: 'new_order', orderId: order.id, title: '需要帮助', text: '消息 new', at: iso(at(1)), readAt: null, push: 'pending', attempts: 0, pushError: null },
        ]);
        // A retried submission queues nothing again.
        const again = [draft({ staffOf: 'c1' }, order.id, 'new-again', { actorId: r })];
        expect((await store.createOrder(k.build({ residentId: r, id: 'ord-retry' }), 'key-1', again)).created).toBe(false);
        expect(await texts(s1)).toEqual(['消息 new']);

        // The actor (s1 here) is never told of their own step.
        const caller = await k.caller(s1);
        const change = { ...k.change(order, caller, { type: 'dispatch', plan: k.plan(order) }, at(2)), notices: [draft({ staffOf: 'c1' }, order.id, 'dispatched', { actorId: s1 }), draft({ userId: r }, order.id, 'to-r')] };
        expect(await store.transition(change)).not.toBeNull();
        expect(await texts(s1)).toEqual(['消息 new']);
        expect(await texts(s2)).toEqual(['消息 dispatched', '消息 new']);
        expect(await texts(r)).toEqual(['消息 to-r']);
        // The same change again is stale: no step, no notice.
        expect(await store.transition({ ...change, notices: [draft({ userId: r }, order.id, 'stale')] })).toBeNull();
        expect(await texts(r)).toEqual(['消息 to-r']);
      });

      test('a claim queues its notices only when it wins the slot', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const [m1, m2] = [await k.member('m1'), await k.member('m2')];
        const order = await k.open({ residentId: r }, s);
        const c1 = await k.claimChange(order, m1, at(5));
        const c2 = await k.claimChange(order, m2, at(5));
        expect((await store.claim({ ...c1, notices: [draft({ userId: r }, order.id, 'm1')] }, MAX)).ok).toBe(true);
        expect(await k.verdict({ ...c2, notices: [draft({ userId: r }, order.id, 'm2')] }, MAX)).toEqual({ ok: false, reason: 'full' });
        expect(await texts(r)).toEqual(['消息 m1']);
      });

      test('the message centre: own notices newest first in pages, the unread count, marking some or all read', async () => {
        const r = await k.resident('r1');
        const other = await k.resident('r2');
        const order = await k.submit({ residentId: r });
        for (let i = 1; i <= 5; i++) await store.addNotices([draft({ userId: r }, order.id, `n${i}`)], at(i));
        await store.addNotices([draft({ userId: other }, order.id, 'theirs')], at(9));
        const paged = await walk((page) => store.listNotices(r, page), 2);
        expect(paged.sizes).toEqual([2, 2, 1]);
        expect(paged.items.map((n) => n.text)).toEqual(['消息 n5', '消息 n4', '消息 n3', '消息 n2', '消息 n1']);
        expect(await store.unreadNotices(r)).toBe(5);

        const [n5, n4] = paged.items;
        const theirs = (await mine(other))[0];
        // Someone else's id, an unknown one and garbage change nothing of anyone's.
        await store.markNoticesRead(r, [n5.id, theirs.id, 'no-such-notice', '99999', "1' OR '1'='1"], at(20));
        expect(await store.unreadNotices(r)).toBe(4);
        expect(await store.unreadNotices(other)).toBe(1);
        expect((await mine(r)).map((n) => n.readAt)).toEqual([iso(at(20)), null, null, null, null]);
        // Read once, its time stays.
        await store.markNoticesRead(r, [n5.id, n4.id], at(21));
        expect((await mine(r)).slice(0, 2).map((n) => n.readAt)).toEqual([iso(at(20)), iso(at(21))]);
        await store.markNoticesRead(r, 'all', at(22));
        expect(await store.unreadNotices(r)).toBe(0);
        expect(await store.unreadNotices(other)).toBe(1);
        expect(await store.listNotices(r, { cursor: 'not-a-cursor', limit: 2 }).catch((e: DomainError) => e.code)).toBe('INPUT.INVALID');
      });

      test('sentNotices: which orders these people were told of by one kind since an instant', async () => {
        const [a, b, c] = [await k.resident('a'), await k.resident('b'), await k.resident('c')];
        const [o1, o2] = [await k.submit({ residentId: a }), await k.submit({ residentId: a })];
        await store.addNotices([draft({ userId: a }, o1.id, 'old', { kind: 'pool_match' })], at(1));
        await store.addNotices([draft({ userId: a }, o2.id, 'new', { kind: 'pool_match' }), draft({ userId: b }, o1.id, 'b', { kind: 'pool_match' })], at(3));
        await store.addNotices([draft({ userId: a }, o1.id, 'other kind'), draft({ userId: c }, o1.id, 'c', { kind: 'pool_match' })], at(4));
        const sent = await store.sentNotices('pool_match', [a, b], at(2));
        expect(sent.map((s) => `${s.userId === a ? 'a' : 'b'}:${s.orderId === o1.id ? 'o1' : 'o2'}`).sort()).toEqual(['a:o2', 'b:o1']);
        expect(await store.sentNotices('pool_match', [], at(0))).toEqual([]);
      });

      test('addNotices keeps a key once per person, however often it is queued', async () => {
        const r = await k.resident('r1');
        const s = await k.staff('s1');
        const order = await k.submit({ residentId: r });
        const remind = [draft({ userId: r }, order.id, 'remind'), draft({ staffOf: 'c1' }, order.id, 'remind')];
        await store.addNotices(remind, at(1));
        await Promise.all([store.addNotices(remind, at(2)), store.addNotices(remind, at(3))]);
        expect(await mine(r)).toMatchObject([{ text: '消息 remind', at: iso(at(1)) }]);
        expect(await mine(s)).toMatchObject([{ text: '消息 remind', at: iso(at(1)) }]);
      });

      test('pushes: pending oldest first; each attempt recorded; only pending ones come back', async () => {
        const r = await k.resident('r1');
        const order = await k.submit({ residentId: r });
        for (let i = 1; i <= 3; i++) await store.addNotices([draft({ userId: r }, order.id, `p${i}`)], at(i));
        const pending = await store.pendingPushes(10);
        expect(pending.map((n) => n.text)).toEqual(['消息 p1', '消息 p2', '消息 p3']);
        expect((await store.pendingPushes(2)).map((n) => n.text)).toEqual(['消息 p1', '消息 p2']);
        await store.markPush(pending[0].id, 'sent', null);
        await store.markPush(pending[1].id, 'pending', '-1 system busy');
        await store.markPush(pending[2].id, 'refused', '43101 user refuse to accept the msg');
        expect((await store.pendingPushes(10)).map((n) => [n.text, n.attempts, n.pushError])).toEqual([['消息 p2', 1, '-1 system busy']]);
        expect((await mine(r)).map((n) => [n.text, n.push, n.attempts])).toEqual([
          ['消息 p3', 'refused', 1],
          ['消息 p2', 'pending', 1],
          ['消息 p1', 'sent', 1],
        ]);
      });
    });

    describe('members (党员报到)', () => {
      const base = { phone: '13900001111', workUnit: '某单位', branch: '某支部', skills: [] as string[], teamId: null, gridId: null };

      test('a member opts in to pool-match notices and out again; nobody else has a profile to set', async () => {
        const u = await k.user('u1');
        await store.applyMember({ ...base, userId: u, communityId: 'c1', realName: '张三', skills: [], teamId: null, gridId: null, createdAt: iso(at(1)) });
        expect((await store.getMember(u, 'c1'))!.notifyPool).toBe(false);
        expect(await store.setMemberNotify(u, 'c1', true)).toMatchObject({ userId: u, notifyPool: true, status: 'pending' });
        expect((await store.getMember(u, 'c1'))!.notifyPool).toBe(true);
        expect((await store.setMemberNotify(u, 'c1', false))!.notifyPool).toBe(false);
        expect(await store.setMemberNotify(u, 'c2', true)).toBeNull();
        expect(await store.getMember(u, 'c2')).toBeNull();
      });

      test('apply, review once, re-apply only after a rejection', async () => {
        const u = await k.user('u1');
        const application = {
          ...base,
          userId: u,
          communityId: 'c1',
          realName: '张三',
          skills: ['电工', '水工'],
          teamId: 'c1-t1',
          gridId: 'c1-g2',
          createdAt: iso(at(1)),
        };
        const pending = await store.applyMember(application);
        expect(pending).toEqual({ ...application, pledge: '', status: 'pending', reviewNote: null, notifyPool: false });
        expect(await store.getMember(u, 'c1')).toEqual(pending);
        expect(await store.getMember(u, 'c2')).toBeNull();
        expect(await store.rolesOf(u)).toEqual([{ role: 'member', communityId: 'c1', streetId: null, memberStatus: 'pending' }]);

        expect(await store.applyMember({ ...application, realName: '张三改', createdAt: iso(at(2)) })).toBeNull();
        expect(await store.getMember(u, 'c1')).toEqual(pending);

        const verified = await store.reviewMember(u, 'c1', 'verified', '材料齐全', 'staff-1', at(3));
        expect(verified).toMatchObject({ userId: u, status: 'verified', reviewNote: '材料齐全', realName: '张三' });
        expect(await store.getMember(u, 'c1')).toEqual(verified);
        expect(await store.reviewMember(u, 'c1', 'rejected', '再审', 'staff-1', at(4))).toBeNull();
        expect((await store.getMember(u, 'c1'))!.status).toBe('verified');
        expect(await store.applyMember({ ...application, createdAt: iso(at(5)) })).toBeNull();
        expect(await store.rolesOf(u)).toEqual([{ role: 'member', communityId: 'c1', streetId: null, memberStatus: 'verified' }]);
        expect(await store.reviewMember(await k.user('nobody'), 'c1', 'verified', null, 'staff-1', at(4))).toBeNull();

        const v = await k.user('u2');
        await store.applyMember({ ...application, userId: v, realName: '李四' });
        const rejected = await store.reviewMember(v, 'c1', 'rejected', '信息不符', 'staff-1', at(6));
        expect(rejected).toMatchObject({ status: 'rejected', reviewNote: '信息不符' });
        expect(await store.reviewMember(v, 'c1', 'verified', null, 'staff-1', at(7))).toBeNull();
        const again = await store.applyMember({ ...application, userId: v, realName: '李四', phone: '13900002222', createdAt: iso(at(8)) });
        expect(again).toMatchObject({ userId: v, status: 'pending', reviewNote: null, phone: '13900002222' });
        expect(await store.getMember(v, 'c1')).toEqual(again);
        expect(await store.reviewMember(v, 'c1', 'verified', null, 'staff-1', at(9))).toMatchObject({ status: 'verified' });

        // 报到 is per community.
        expect(await store.applyMember({ ...application, communityId: 'c2', teamId: 'c2-t1', gridId: null })).toMatchObject({ communityId: 'c2', status: 'pending' });
        expect((await store.getMember(u, 'c1'))!.status).toBe('verified');
      });

      test('listMembers filters by status, text (LIKE characters literal) and skill, newest first, paginated', async () => {
        const people = [
          { openid: 'u1', realName: '张三', phone: '13900000001', workUnit: '区卫健委', branch: '第一支部', skills: ['电工'], status: 'verified' },
          { openid: 'u2', realName: '李四', phone: '13900000002', workUnit: '100%服务中心', branch: '第二支部', skills: ['水工'], status: 'pending' },
          { openid: 'u3', realName: '王五', phone: '13800000003', workUnit: '街道办', branch: '第一支部', skills: ['电工', '法律'], status: 'rejected' },
          { openid: 'u4', realName: '赵六', phone: '13800000004', workUnit: 'A_B公司', branch: '第三支部', skills: [], status: 'verified' },
          { openid: 'u5', realName: '张小明', phone: '13700000005', workUnit: '区教育局', branch: '第二支部', skills: ['法律'], status: 'pending' },
        ] as const;
        const id: Record<string, string> = {};
        for (const [i, p] of people.entries()) {
          id[p.openid] = await k.user(p.openid);
          await store.applyMember({
            ...base,
            userId: id[p.openid],
            communityId: 'c1',
            realName: p.realName,
            phone: p.phone,
            workUnit: p.workUnit,
            branch: p.branch,
            skills: [...p.skills],
            createdAt: iso(at(i + 1)),
          });
          if (p.status !== 'pending') await store.reviewMember(id[p.openid], 'c1', p.status, null, 'staff-1', at(10));
        }
        const elsewhere = await k.user('u6');
        await store.applyMember({ ...base, userId: elsewhere, communityId: 'c2', realName: '张三丰', skills: ['电工'], createdAt: iso(at(6)) });

        const who = async (q: Omit<MemberQuery, 'communityId'>) =>
          (await store.listMembers({ communityId: 'c1', ...q }, first)).items.map((m) => people.find((p) => id[p.openid] === m.userId)!.openid);

        expect(await who({})).toEqual(['u5', 'u4', 'u3', 'u2', 'u1']);
        expect(await who({ status: 'verified' })).toEqual(['u4', 'u1']);
        expect(await who({ status: 'pending' })).toEqual(['u5', 'u2']);
        expect(await who({ status: 'rejected' })).toEqual(['u3']);
        expect(await who({ q: '张' })).toEqual(['u5', 'u1']);
        expect(await who({ q: '1380' })).toEqual(['u4', 'u3']);
        expect(await who({ q: '卫健' })).toEqual(['u1']);
        expect(await who({ q: '第二支部' })).toEqual(['u5', 'u2']);
        expect(await who({ q: '%' })).toEqual(['u2']);
        expect(await who({ q: '100%服务' })).toEqual(['u2']);
        expect(await who({ q: '_' })).toEqual(['u4']);
        expect(await who({ q: 'A_B' })).toEqual(['u4']);
        expect(await who({ q: 'A%' })).toEqual([]);
        expect(await who({ q: '1_9' })).toEqual([]);
        expect(await who({ q: '\\' })).toEqual([]);
        expect(await who({ skill: '电工' })).toEqual(['u3', 'u1']);
        expect(await who({ skill: '法律', status: 'pending' })).toEqual(['u5']);
        expect(await who({ q: '张', status: 'verified' })).toEqual(['u1']);
        expect(await who({ q: '没有这个人' })).toEqual([]);

        const all = (await store.listMembers({ communityId: 'c1' }, first)).items;
        expect(all.find((m) => m.userId === id.u2)).toEqual(await store.getMember(id.u2, 'c1'));
        const { items, sizes } = await walk((page) => store.listMembers({ communityId: 'c1' }, page), 2);
        expect(sizes).toEqual([2, 2, 1]);
        expect(items).toEqual(all);
        const firstTwo = await walk((page) => store.listMembers({ communityId: 'c1', status: 'verified' }, page), 1);
        expect(firstTwo.items.map((m) => m.userId)).toEqual([id.u4, id.u1]);
      });
    });

    describeUploadsContract(() => store);
    describeResidentsContract(() => store);
    describePlacesContract(() => store);
    describeVisitsContract(() => store);
    describeStatsContract(() => store);
    describeExportsContract(() => store, () => k);
    describeWishesContract(() => store);
    describeTopicsContract(() => store);
    describeBoardContract(() => store, () => ({
      async closedOrder({ closeAt, comment = null, communityId = 'c1', id }) {
        const r = await k.resident(`br-${communityId}`, communityId);
        const s = await k.staff(`bs-${communityId}`, communityId);
        const m = await k.member(`bm-${id}`, { communityId });
        const claimed = await k.claimOk(await k.open({ id, residentId: r, communityId, now: at(0) }, s), m, at(1));
        const done = await k.act(claimed, m, { type: 'complete', note: '已完成', photos: [], hours: 1, photoRequired: false }, at(2));
        return k.act(done, r, { type: 'confirm', stars: 5, comment }, at(closeAt));
      },
    }));
    describeStreetsContract(() => store);
    describePointsContract(() => store, () => k);
    describeDepartmentsContract(() => store, () => k);

    describe('ledger', () => {
      test('manual entries are marked with their reason; totals sum points, hours and orders', async () => {
        const m = await k.member('m1');
        const s = await k.staff('s1');
        expect(await store.ledgerTotals(m, 'c1')).toEqual({ points: 0, hours: 0, orders: 0 });
        const entry = await store.addManualEntry({ memberId: m, communityId: 'c1', points: 5, hours: 1, reason: '参加志愿活动', createdBy: s, at: at(1) });
        expect(entry).toEqual({
          id: expect.any(String),
          memberId: m,
          communityId: 'c1',
          orderId: null,
          points: 5,
          hours: 1,
          manual: true,
          reason: '参加志愿活动',
          createdBy: s,
          at: iso(at(1)),
        });
        await store.addManualEntry({ memberId: m, communityId: 'c1', points: 3, hours: 0.5, reason: '社区宣传', createdBy: s, at: at(2) });
        await store.addManualEntry({ memberId: m, communityId: 'c2', points: 7, hours: 2, reason: '别的社区', createdBy: s, at: at(3) });
        expect(await store.ledgerTotals(m, 'c1')).toEqual({ points: 8, hours: 1.5, orders: 0 });
        expect(await store.ledgerTotals(m, 'c2')).toEqual({ points: 7, hours: 2, orders: 0 });

        // An order closed adds its award and counts as one order.
        const r = await k.resident('r1');
        let order = await k.claimOk(await k.open({ residentId: r }, s, { points: 6 }), m, at(4));
        order = await k.act(order, m, { type: 'complete', note: '完成', photos: [], hours: 2.5, photoRequired: false }, at(5));
        await k.act(order, r, { type: 'confirm', stars: 5, comment: null }, at(6));
        expect(await store.ledgerTotals(m, 'c1')).toEqual({ points: 14, hours: 4, orders: 1 });
      });

      test('ledgerEntries pages newest first', async () => {
        const m = await k.member('m1');
        const other = await k.member('m2');
        const s = await k.staff('s1');
        const made = [];
        for (let i = 1; i <= 5; i++) {
          made.push(await store.addManualEntry({ memberId: m, communityId: 'c1', points: i, hours: 0, reason: `第${i}次`, createdBy: s, at: at(i) }));
        }
        await store.addManualEntry({ memberId: other, communityId: 'c1', points: 9, hours: 0, reason: '别人', createdBy: s, at: at(9) });
        const all = await store.ledgerEntries(m, 'c1', first);
        expect(all.items).toEqual([...made].reverse());
        expect(all.nextCursor).toBeNull();
        const { items, sizes } = await walk((page) => store.ledgerEntries(m, 'c1', page), 2);
        expect(sizes).toEqual([2, 2, 1]);
        expect(items.map((e) => e.reason)).toEqual(['第5次', '第4次', '第3次', '第2次', '第1次']);
        expect((await store.ledgerEntries(m, 'c2', first)).items).toEqual([]);
      });
    });

    describe('people and places', () => {
      test('ensureUser is idempotent per openid, also in parallel', async () => {
        const a = await store.ensureUser('wx-a', '阿明');
        expect(a).toEqual({ id: expect.any(String), openid: 'wx-a', name: '阿明' });
        expect(await store.ensureUser('wx-a', '阿明')).toEqual(a);
        expect((await store.ensureUser('wx-a')).id).toBe(a.id);
        expect(await store.findUserByOpenid('wx-a')).toEqual(a);
        expect(await store.findUserByOpenid('wx-none')).toBeNull();

        const many = await Promise.all(Array.from({ length: 6 }, () => store.ensureUser('wx-b', '阿华')));
        expect(new Set(many.map((u) => u.id)).size).toBe(1);
        expect(many[0].id).not.toBe(a.id);

        await store.setUserName(a.id, '阿明明');
        const users = await store.getUsers([a.id, many[0].id, 'no-such-user']);
        expect(users.map((u) => [u.openid, u.name]).sort()).toEqual([
          ['wx-a', '阿明明'],
          ['wx-b', '阿华'],
        ]);
        expect(await store.getUsers([])).toEqual([]);
      });

      test('rolesOf lists each grant once, however often it is granted', async () => {
        const u = await k.user('u1');
        expect(await store.rolesOf(u)).toEqual([]);
        await store.grantRole(u, 'staff', { communityId: 'c1' });
        await store.grantRole(u, 'staff', { communityId: 'c1' });
        expect(await store.rolesOf(u)).toEqual([{ role: 'staff', communityId: 'c1', streetId: null, memberStatus: null }]);
        await store.grantRole(u, 'resident', { communityId: 'c1' });
        await store.grantRole(u, 'staff', { communityId: 'c2' });
        await store.grantRole(u, 'street_staff', { streetId: 'st1' });
        await store.grantRole(u, 'street_staff', { streetId: 'st1' });
        const key = (g: { role: string; communityId: string | null; streetId: string | null }) => `${g.role}/${g.communityId}/${g.streetId}`;
        const roles = await store.rolesOf(u);
        expect(roles.map(key).sort()).toEqual(['resident/c1/null', 'staff/c1/null', 'staff/c2/null', 'street_staff/null/st1']);
        expect(roles.every((g) => g.memberStatus === null)).toBe(true);
        expect(await store.rolesOf(await k.user('u2'))).toEqual([]);
      });

      test('places: communities with settings, menus, and set-up by id', async () => {
        expect(await store.getCommunity('nowhere')).toBeNull();
        const c1 = await store.getCommunity('c1');
        expect(c1).toMatchObject({ id: 'c1', streetId: 'st1', name: '一号社区', dutyPhone: '0519-1111111' });
        expect(c1!.settings.maxActiveClaims).toBe(MAX);
        expect((await store.listCommunities()).map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3']);
        const menu = await store.getMenu('c1');
        expect(menu.categories.map((c) => c.id)).toEqual(['c1-k1', 'c1-k2', 'c1-k3']);
        expect(menu.categories[1]).toEqual(PLACES.categories.find((c) => c.id === 'c1-k2'));
        expect(menu.grids.map((g) => g.id).sort()).toEqual(['c1-g1', 'c1-g2']);
        expect(menu.teams.map((t) => t.id).sort()).toEqual(['c1-t1', 'c1-t2']);

        const places = testPlaces();
        places.communities[0] = { ...places.communities[0], name: '一号社区（新）', settings: { maxActiveClaims: 5 } };
        await store.savePlaces(places);
        const renamed = await store.getCommunity('c1');
        expect(renamed).toMatchObject({ name: '一号社区（新）', settings: { maxActiveClaims: 5, autoCloseDays: c1!.settings.autoCloseDays } });
        expect(await store.listCommunities()).toHaveLength(3);
      });
    });
  });
}
