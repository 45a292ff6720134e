/**
 * Orders on CloudBase. An order is one document carrying its holders and its timeline (see docs.ts), so every state
 * change is ONE conditional update of it, checked by `stats.updated`:
 * - a transition: `where({ _id, version: expectVersion })` sets the patch and the status, `_.inc`s the version,
 *   `_.push`es the event, and pushes or pulls holders (moving `slotsLeft` with them);
 * - a claim: `where({ _id, status: 'open', slotsLeft, 'holders.memberId': _.neq(member) })` takes a slot, pushes the
 *   holder and the event, and bumps the version; the member's limit is guarded first on `claimers` (claimers.ts).
 * What lies beyond the order document is written after it commits, each write idempotent: awards as ledger
 * documents with the id `${memberId}:${orderId}`, the member's place on `claimers`, the step's notices (notices.ts),
 * and the attention rank when the step moved it.
 */
import { randomUUID } from 'node:crypto';
import { ACTIVE_STATUSES, type OrderStatus } from '../../../types/domain';
import { QUEUE_TAB_NAMES, type QueueTab } from '../../../types/views';
import { attentionOf } from '../../domain/attention';
import type { Decision } from '../../domain/order.decide';
import type { HolderMark, OrderPatch } from '../../domain/order.effects';
import type { ClaimOutcome, OrderChange, OrderPort } from '../store.port';
import { cbClaimers } from './claimers';
import { byId, insertOnce, first, pageOf, readAll, readSorted, updated, type Cb, type Command, type Doc } from './db';
import { awardId, date, departmentDoc, newHolder, newOrderDoc, poolKeys, poolLimitOf, toEvent, toOrder } from './docs';
import type { CbNotices } from './notices';
import { byAsc, planList, queueFilter } from './orders.plan';
import { insertLedger } from './points';

/** Orders are read without their timeline, which only `events` returns. */
const NO_EVENTS = { events: false } as const;
const ACTIVE = [...ACTIVE_STATUSES];
/** Where claims are worked on: only there do the claim sweeps act. */
const WORKED = ['open', 'in_progress'];

/** The holders with one member's own fields changed (HolderMark: instants stored as dates). */
function markHolder(holders: Doc[], mark: HolderMark): Doc[] {
  const fields: Doc = {};
  if (mark.progressAt) fields.progressAt = date(mark.progressAt);
  if (mark.remindedAt) fields.remindedAt = date(mark.remindedAt);
  return holders.map((h) => (h.memberId === mark.memberId ? { ...h, ...fields } : h));
}

/** Field writers for each patchable field; objects are set whole (`_.set`), never merged into what was there. */
function patchData(_: Command, patch: OrderPatch): Doc {
  const writers: { [K in keyof Required<OrderPatch>]: (v: OrderPatch[K]) => Doc } = {
    categoryId: (v) => ({ categoryId: v }),
    priority: (v) => ({ priority: v }),
    deadline: (v) => ({ deadline: date(v) }),
    headcount: (v) => ({ headcount: v }),
    points: (v) => ({ points: v }),
    mode: (v) => ({ mode: v }),
    poolLimit: (v) => {
      const limit = poolLimitOf(v);
      return { poolLimit: limit && _.set(limit), ...poolKeys(limit) };
    },
    assigneeId: (v) => ({ assigneeId: v }),
    escalationNote: (v) => ({ escalationNote: v }),
    department: (v) => ({ department: v ? _.set(departmentDoc(v)) : null }),
    completedAt: (v) => ({ completedAt: date(v) }),
    serviceHours: (v) => ({ serviceHours: v }),
    rating: (v) => ({ rating: v && _.set(v) }),
    overdueAt: (v) => ({ overdueAt: date(v) }),
    urgedAt: (v) => ({ urgedAt: date(v) }),
    acceptOverdueAt: (v) => ({ acceptOverdueAt: date(v) }),
    closedAt: (v) => ({ closedAt: date(v) }),
  };
  const data: Doc = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value !== undefined) Object.assign(data, writers[field as keyof OrderPatch](value as never));
  }
  return data;
}

/** Whether a step can move the attention rank: in or out of 待受理, or a time limit marked or cleared. */
const movesAttention = (d: Decision) =>
  (d.from !== d.to && (d.from === 'submitted' || d.to === 'submitted')) || 'overdueAt' in d.patch || 'acceptOverdueAt' in d.patch;

export function cbOrders(cb: Cb, notices: CbNotices): Omit<OrderPort, 'memberWorkload'> {
  const { _ } = cb;
  const orders = cb.coll('orders');
  const claimers = cbClaimers(cb);

  const countActive = async (memberId: string) => (await orders.where({ 'holders.memberId': memberId, finished: false }).count()).total;

  const load = async (id: string) => {
    const d = await byId(cb, 'orders', id, NO_EVENTS);
    return d && toOrder(d);
  };

  const event = (change: OrderChange, from: OrderStatus | null, to: OrderStatus): Doc => ({
    id: randomUUID(),
    at: change.now,
    actorId: change.actor.id,
    actorRole: change.actor.role,
    type: change.decision.command,
    from,
    to,
    note: change.decision.note,
    photos: change.decision.photos ?? [],
  });

  /** A member taking on an order, named as the pg adapter names holders: their 报到 name there, else their user name. */
  async function holderFor(memberId: string, orderId: string, at: Date): Promise<Doc | null> {
    const [order, profiles, user] = await Promise.all([
      byId(cb, 'orders', orderId, { communityId: true }),
      readAll(cb, 'members', { filter: [{ userId: memberId }], sort: [['_id', 'asc']], projection: { communityId: true, realName: true } }),
      byId(cb, 'users', memberId, { name: true }),
    ]);
    if (!order) return null;
    const name = profiles.find((p) => p.communityId === order.communityId)?.realName ?? user?.name ?? '';
    return newHolder(memberId, name, at);
  }

  /** Takes one free slot: the last one starts the work. Tried as the decision expected first, then the other way. */
  async function takeSlot(change: OrderChange, holder: Doc): Promise<{ outcome: ClaimOutcome; holds: boolean }> {
    const { orderId, now } = change;
    const member = holder.memberId as string;
    let lastFirst = change.decision.to === 'in_progress';
    for (let round = 0; round < 10; round++) {
      for (const last of lastFirst ? [true, false] : [false, true]) {
        const to: OrderStatus = last ? 'in_progress' : 'open';
        const where = { _id: orderId, status: 'open', 'holders.memberId': _.neq(member), slotsLeft: last ? 1 : _.gt(1) };
        const data = {
          status: to,
          slotsLeft: _.inc(-1),
          version: _.inc(1),
          updatedAt: now,
          holders: _.push(holder),
          events: _.push(event(change, 'open', to)),
        };
        if (await updated(orders.where(where).update({ data }))) {
          // The order as the claim left it, with its timeline: the same one read serves the caller's view.
          const doc = (await byId(cb, 'orders', orderId))!;
          const events = (doc.events as Doc[]).map((e) => toEvent(orderId, e));
          return { outcome: { ok: true, order: toOrder(doc), events }, holds: true };
        }
      }
      // Neither matched: say why, or go again if a slot is still free (another claim moved the count meanwhile).
      const seen = await byId(cb, 'orders', orderId, { status: true, slotsLeft: true, holders: true, finished: true });
      if (!seen) return { outcome: { ok: false, reason: 'gone' }, holds: false };
      if ((seen.holders as Doc[]).some((h) => h.memberId === member)) return { outcome: { ok: false, reason: 'holding' }, holds: !seen.finished };
      if (seen.status !== 'open' || seen.slotsLeft < 1) break;
      lastFirst = seen.slotsLeft === 1;
    }
    return { outcome: { ok: false, reason: 'full' }, holds: false };
  }

  return {
    async createOrder(order, key, drafts = []) {
      const submit = {
        id: randomUUID(),
        at: new Date(order.createdAt),
        // 代点单: placed by a grid worker or staff on the resident's behalf.
        actorId: order.placedBy?.userId ?? order.residentId,
        actorRole: order.placedBy?.role ?? 'resident',
        type: 'submit',
        from: null,
        to: order.status,
        note: null,
        photos: order.photos,
      };
      // A retry with the same key hits the unique (residentId, idempotencyKey) index and reads the first order back.
      const { doc, created } = await insertOnce(orders, newOrderDoc(order, key, submit), () =>
        first(orders.where({ residentId: order.residentId, idempotencyKey: key }).field(NO_EVENTS)),
      );
      if (created) await notices.queue(drafts, new Date(order.createdAt));
      return { order: toOrder(doc), created };
    },

    getOrder: load,

    async getOrderForClaim(orderId, memberId) {
      const [order, activeClaims] = await Promise.all([load(orderId), countActive(memberId)]);
      return order && { order, activeClaims };
    },

    async transition(change) {
      const d = change.decision;
      const { orderId, now } = change;
      const released = d.release ?? [];
      if (d.hold && released.length > 0) throw new Error('A decision takes on a holder or releases some, not both');
      const holder = d.hold ? await holderFor(d.hold, orderId, now) : null;
      if (d.hold && !holder) return null;

      const where: Doc = { _id: orderId, version: change.expectVersion };
      const data: Doc = {
        ...patchData(_, d.patch),
        status: d.to,
        updatedAt: now,
        version: _.inc(1),
        events: _.push(event(change, d.from, d.to)),
      };
      if (d.to === 'assigned') data.assignedAt = now;
      if (holder) data.holders = _.push(holder);
      if (released.length > 0) {
        data.holders = _.pull({ memberId: _.in(released) });
        data.parts = _.pull({ memberId: _.in(released) });
      }
      if (d.part) data.parts = _.push({ ...d.part, at: now });
      if (d.clearParts) data.parts = _.set([]);
      // The holders as they were: a mark writes one holder's fields back in the list, a release keeps the claim's time.
      const before = d.mark || released.length > 0 ? await byId(cb, 'orders', orderId, { holders: true, version: true }) : null;
      if (before && before.version !== change.expectVersion) return null;
      const claimedAt = (m: string) => (before?.holders as Doc[] | undefined)?.find((h) => h.memberId === m)?.claimedAt;
      if (d.mark) data.holders = _.set(markHolder(before!.holders as Doc[], d.mark));
      const freed = released.length - (holder ? 1 : 0);
      if (d.patch.headcount !== undefined) {
        // The headcount is set only while nobody holds the order (dispatch, assign: from submitted); the condition
        // keeps it so, and the free slots are then the headcount itself.
        where['holders.0'] = _.exists(false);
        data.slotsLeft = d.patch.headcount + freed;
      } else if (freed !== 0) {
        data.slotsLeft = _.inc(freed);
      }
      if (d.finish) data.finished = true;

      if (!(await updated(orders.where(where).update({ data })))) return null;
      const order = await load(orderId);
      if (!order) return null;
      if (movesAttention(d)) {
        await orders.where({ _id: orderId, version: order.version }).update({ data: { attention: attentionOf(order) } });
      }

      await Promise.all([
        ...(d.awards ?? []).map((a) => {
          const _id = awardId(a.memberId, orderId);
          const award = { _id, memberId: a.memberId, communityId: order.communityId, orderId, points: a.points, hours: a.hours, manual: false, reason: null, createdBy: null, at: now };
          return insertLedger(cb, award);
        }),
        ...(d.hold ? [claimers.hold(d.hold, orderId, now)] : []),
        ...(d.mark?.progressAt ? [claimers.touch(d.mark.memberId, now)] : []),
        ...released.map((m) => claimers.leave(m, orderId, date(claimedAt(m)) ?? undefined)),
        ...(d.finish ? order.holders.map((h) => claimers.leave(h.memberId, orderId, new Date(h.claimedAt))) : []),
        notices.queue(change.notices ?? [], now),
      ]);
      return order;
    },

    async claim(change, maxActiveClaims) {
      const member = change.decision.hold!;
      const holder =
        change.holderName === undefined ? await holderFor(member, change.orderId, change.now) : newHolder(member, change.holderName, change.now);
      if (!holder) return { ok: false, reason: 'gone' };
      const place = await claimers.enter(member, change.orderId, maxActiveClaims, change.now);
      if (place !== 'ok') return { ok: false, reason: place };
      const { outcome, holds } = await takeSlot(change, holder);
      // Refused by the order: give the place back, unless the member does hold it (then the place is right).
      if (!holds) await claimers.leave(member, change.orderId);
      if (outcome.ok) await notices.queue(change.notices ?? [], change.now);
      return outcome;
    },

    async events(orderId) {
      const d = await byId(cb, 'orders', orderId, { events: true });
      return ((d?.events ?? []) as Doc[]).map((e) => toEvent(orderId, e));
    },

    async listOrders(query, page) {
      const plan = planList(_, query);
      if (plan.ranked) {
        return pageOf(cb, 'orders', { ...plan, projection: NO_EVENTS }, page, toOrder, (o) => [attentionOf(o), o[plan.key]!, o.id], 'ranked');
      }
      return pageOf(cb, 'orders', { ...plan, projection: NO_EVENTS }, page, toOrder, (o) => [o[plan.key], o.id]);
    },

    async queueCounts(communityId, now, gridIds) {
      const grids = gridIds ? { gridId: _.in(gridIds) } : {};
      const each = await Promise.all(
        QUEUE_TAB_NAMES.map(async (tab) => (await orders.where({ communityId, ...queueFilter(_, tab, now), ...grids }).count()).total),
      );
      return Object.fromEntries(QUEUE_TAB_NAMES.map((tab, i) => [tab, each[i]])) as Record<QueueTab, number>;
    },

    async dueForSweep(kind, communityId, before, limit) {
      const plans = {
        overdue: { filter: { overdueAt: null, status: _.in(ACTIVE), deadline: _.lt(before) }, key: 'deadline' },
        auto_close: { filter: { status: 'awaiting_rating', completedAt: _.lt(before) }, key: 'completedAt' },
        assign_timeout: { filter: { status: 'assigned', assignedAt: _.lt(before) }, key: 'assignedAt' },
        accept_overdue: { filter: { status: 'submitted', acceptOverdueAt: null, acceptBy: _.lt(before) }, key: 'acceptBy' },
        claim_remind: { filter: { status: _.in(WORKED), holders: _.elemMatch({ progressAt: null, remindedAt: null, claimedAt: _.lt(before) }) }, key: 'deadline' },
        claim_timeout: { filter: { status: _.in(WORKED), holders: _.elemMatch({ progressAt: null, remindedAt: _.lt(before) }) }, key: 'deadline' },
        // An order never sent has no department.deadline, so the range leaves it out.
        department_overdue: {
          filter: { 'department.outcome': null, 'department.overdueAt': null, 'department.deadline': _.lt(before) },
          key: 'department.deadline',
        },
      };
      const { filter, key } = plans[kind];
      const rows = await readSorted(cb, 'orders', { filter: [{ communityId, ...filter }], sort: byAsc(key), projection: NO_EVENTS }, null, limit);
      return rows.map(toOrder);
    },

    async recentPoolOrders(communityId, since, limit) {
      const filter = [{ communityId, status: 'open', updatedAt: _.gte(since) }];
      const rows = await readSorted(cb, 'orders', { filter, sort: [['updatedAt', 'asc'], ['_id', 'asc']], projection: NO_EVENTS }, null, limit);
      return rows.map(toOrder);
    },

    countActiveClaims: countActive,
  };
}
