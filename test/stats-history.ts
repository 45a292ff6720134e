/**
 * A small history for the dashboard tests, played through the store port with the real domain (decide) at fixed
 * instants, in two phases with a fold between them. The figures it must give are worked out by hand in EXPECTED.
 */
import type { Order } from '../types/domain';
import { SYSTEM_CALLER, TIMELINE_ROLE, type Caller } from '../cloud/domain/access';
import type { Command } from '../cloud/domain/order.commands';
import { newOrder } from '../cloud/domain/order.create';
import { decide } from '../cloud/domain/order.decide';
import type { Store } from '../cloud/store/store.port';
import { testPlaces } from './factories';

/** Sunday 2026-03-01 10:00 at +08:00. */
export const T0 = new Date('2026-03-01T02:00:00Z');
export const min = (n: number) => new Date(T0.getTime() + n * 60_000);
export const DAY = 1440;

const places = testPlaces();

export class History {
  private constructor(
    readonly store: Store,
    readonly people: { resident: string; staff: string; staff2: string; m1: string; m2: string },
  ) {}

  /** Users with the roles the history needs (created through the port; openid `h-<key>`, e.g. h-staff). */
  static async start(store: Store): Promise<History> {
    const user = async (key: string, name: string) => (await store.ensureUser(`h-${key}`, name)).id;
    const [resident, staff, staff2, m1, m2] = [await user('resident', '居民'), await user('staff', '社工'), await user('staff2', '社工二'), await user('m1', '党员甲'), await user('m2', '党员乙')];
    await store.grantRole(resident, 'resident', { communityId: 'c1' });
    await store.grantRole(staff, 'staff', { communityId: 'c1' });
    await store.grantRole(staff2, 'staff', { communityId: 'c2' });
    for (const m of [m1, m2]) {
      const profile = { realName: m === m1 ? '党员甲' : '党员乙', phone: '13900001111', workUnit: '单位', branch: '支部', skills: [], teamId: null, gridId: null };
      await store.applyMember({ userId: m, communityId: 'c1', ...profile, createdAt: T0.toISOString() });
      await store.reviewMember(m, 'c1', 'verified', null, staff, T0);
    }
    return new History(store, { resident, staff, staff2, m1, m2 });
  }

  private async caller(userId: string): Promise<Caller> {
    return { userId, name: '', roles: await this.store.rolesOf(userId), member: await this.store.getMember(userId, 'c1') };
  }

  async submit(id: string, at: Date, o: { communityId?: string; categoryId?: string; gridId?: string; urgency?: Order['urgency'] } = {}): Promise<void> {
    const community = places.communities.find((c) => c.id === (o.communityId ?? 'c1'))!;
    const order = newOrder(
      {
        id,
        residentId: this.people.resident,
        category: places.categories.find((c) => c.id === (o.categoryId ?? `${community.id}-k1`)),
        community: { id: community.id, streetId: community.streetId, name: community.name, dutyPhone: community.dutyPhone },
        gridId: o.gridId ?? `${community.id}-g1`,
        gridIds: places.grids.filter((g) => g.communityId === community.id).map((g) => g.id),
        title: `需要帮助 ${id}`,
        description: '',
        photos: [],
        address: null,
        preferredTime: null,
        contactName: '王阿姨',
        contactPhone: '13912345678',
        urgency: o.urgency ?? 'normal',
      },
      at,
    );
    await this.store.createOrder(order, `key-${id}`);
  }

  /** Decides `cmd` for `who` (a user id, or 'system') on the order as stored and commits it at `at`. */
  async act(id: string, who: string, cmd: Command, at: Date): Promise<void> {
    const order = (await this.store.getOrder(id))!;
    const caller = who === 'system' ? SYSTEM_CALLER : await this.caller(who);
    const decision = decide(order, cmd, { now: at, caller });
    const change = { orderId: id, expectVersion: order.version, decision, actor: { id: who === 'system' ? null : who, role: TIMELINE_ROLE[decision.actorRole] }, now: at };
    const done = cmd.type === 'claim' ? (await this.store.claim(change, 3)).ok : !!(await this.store.transition(change));
    if (!done) throw new Error(`${cmd.type} on ${id} did not commit`);
  }

  dispatch(id: string, at: Date, deadline = min(3 * DAY), staff = this.people.staff) {
    const plan = { categoryId: '', priority: 'normal' as const, deadline: deadline.toISOString(), headcount: 1, points: 5, poolLimit: null };
    return this.store.getOrder(id).then((o) => this.act(id, staff, { type: 'dispatch', plan: { ...plan, categoryId: o!.categoryId } }, at));
  }
  claim = (id: string, member: string, at: Date) => this.act(id, member, { type: 'claim', activeClaims: 0, maxActiveClaims: 3 }, at);
  complete = (id: string, member: string, at: Date) => this.act(id, member, { type: 'complete', note: '已完成', photos: [], hours: 1, photoRequired: false }, at);
  confirm = (id: string, stars: number, at: Date) => this.act(id, this.people.resident, { type: 'confirm', stars, comment: null }, at);

  /** Phase 1: everything up to T0 + 1 day + 1 minute. */
  async phase1(): Promise<void> {
    const { m1, m2, staff2 } = this.people;
    await this.submit('A', T0);
    await this.submit('B', min(60), { categoryId: 'c1-k2', gridId: 'c1-g2' });
    await this.submit('C', T0, { urgency: 'urgent' });
    await this.submit('E', T0, { categoryId: 'c1-k3' });
    await this.submit('F', T0, { communityId: 'c2' });
    await this.dispatch('A', min(10));
    await this.dispatch('E', T0, min(DAY));
    await this.act('F', staff2, { type: 'reject', reason: '不属于社区服务范围', referral: null }, min(5));
    await this.claim('A', m1, min(20));
    await this.dispatch('B', min(180));
    await this.act('C', 'system', { type: 'accept_overdue' }, min(180));
    await this.claim('B', m1, min(200));
    await this.complete('A', m1, min(300));
    await this.act('A', this.people.resident, { type: 'reopen', reason: '还没修好' }, min(400));
    await this.complete('A', m1, min(500));
    await this.submit('D', min(DAY));
    await this.dispatch('D', min(DAY), min(DAY + 720));
    await this.claim('D', m2, min(DAY + 1));
  }

  /** Phase 2: from T0 + 1 day + 10 minutes to T0 + 9 days. */
  async phase2(): Promise<void> {
    const { m1, m2, staff } = this.people;
    await this.confirm('A', 5, min(DAY + 10));
    await this.complete('B', m1, min(DAY + 20));
    await this.dispatch('C', min(2 * DAY));
    await this.act('E', 'system', { type: 'mark_overdue' }, min(2 * DAY));
    await this.complete('D', m2, min(2 * DAY));
    await this.confirm('D', 2, min(2 * DAY + 60));
    await this.act('D', staff, { type: 'visit', note: '电话回访', satisfied: false, photos: [], reached: true }, min(3 * DAY));
    await this.act('D', staff, { type: 'visit', note: '电话无人接听', satisfied: true, photos: [], reached: false }, min(3 * DAY + 60));
    await this.act('B', 'system', { type: 'auto_close' }, min(9 * DAY));
  }
}

/**
 * c1 after both phases (A, B, C, E received on 03-01, D on 03-02), worked out by hand:
 * 受理 minutes A 10, B 120, C 2880 (late: urgent, 2 h limit), D 0, E 0; completed A, B on time, D late;
 * own ratings A 5★, D 2★; B auto-closed; A reopened once; D two 回访 (one reached, 不满意; one not reached);
 * E past its deadline now. m1 held A and B, m2 held D. In c2, F was rejected 5 minutes after submission.
 */
export const EXPECTED = {
  received: 5,
  byStatus: { submitted: 0, open: 2, assigned: 0, in_progress: 0, escalated: 0, awaiting_rating: 0, closed: 3, rejected: 0, cancelled: 0 },
  responseRate: 4 / 5,
  resolutionRate: 3 / 5,
  satisfaction: 1 / 2,
  ratings: { own: 2, satisfied: 1, proxyRated: 0, autoClosed: 1, unrated: 0 },
  onTimeRate: 2 / 3,
  visitReachRate: 1 / 2,
  acceptP50Minutes: 15,
  acceptP90Minutes: 2880,
  autoClosed: 1,
  reopenRate: 1 / 3,
  counts: { acceptDue: 5, acceptInTime: 4, resolved: 3, completed: 3, onTime: 2, reopened: 1, visits: 2, visitsReached: 1, visitsUnsatisfied: 1, overdue: 1 },
};
