/**
 * 微心愿 and partner units on CloudBase (documents in wishes.docs.ts). A claim first takes a place on the claimer's
 * `wishHolds` document with one conditional update (fewer than the limit), then takes the wish with another
 * (`status: 'open'` within its window); if the wish refuses, the place is given back. Steps that end a hold give
 * it back after the wish commits. Points and notices follow the step, each write idempotent by its id.
 */
import type { WishPatch } from '../../domain/wish.effects';
import type { WishClaimer } from '../../../types/wishes';
import type { WishPort } from '../store.port';
import { byId, insertOnce, pageOf, readAll, readSorted, updated, type Cb, type Doc, type Filter } from './db';
import { date } from './docs';
import type { CbNotices } from './notices';
import { insertLedger } from './points';
import { claimerKey, newWishDoc, toUnit, toWish, unitNameKey } from './wishes.docs';

const HOLDING = ['claimed', 'delivered'];

export function cbWishes(cb: Cb, notices: CbNotices): WishPort {
  const { _ } = cb;
  const wishes = cb.coll('wishes');
  const units = cb.coll('units');
  const holds = cb.coll('wishHolds');

  function patchData(patch: WishPatch): Doc {
    const data: Doc = {};
    for (const [field, v] of Object.entries(patch)) {
      if (field === 'claimer') {
        data.claimer = v ? _.set(v) : null;
        data.claimerKey = claimerKey(v as WishClaimer | null);
      } else if (field === 'deliveryPhotos') data.deliveryPhotos = _.set(v as string[]);
      else if (field.endsWith('At') || field === 'deadline') data[field] = date(v as string | null);
      else data[field] = v;
    }
    return data;
  }

  /** A place on the claimer's limit, or false at the limit. */
  async function enter(key: string, limit: number): Promise<boolean> {
    const take = () => updated(holds.where({ _id: key, held: _.lt(limit) }).update({ data: { held: _.inc(1) } }));
    if (await take()) return true;
    // A first claim: make the document (parallel first claims race here; one makes it, all go on) and try again.
    await insertOnce(holds, { _id: key, held: 0 }, () => byId(cb, 'wishHolds', key));
    return (await take()) > 0;
  }
  const leave = (key: string) => holds.where({ _id: key, held: _.gt(0) }).update({ data: { held: _.inc(-1) } });

  return {
    async createWish(w) {
      await wishes.add({ data: newWishDoc(w) });
      return w;
    },

    async getWish(id) {
      const d = await byId(cb, 'wishes', id);
      return d && toWish(d);
    },

    async wishHeld(claimer) {
      return (await byId(cb, 'wishHolds', claimerKey(claimer)!))?.held ?? 0;
    },

    async claimWish(change, holdLimit) {
      const patch = change.decision.patch;
      const key = claimerKey(patch.claimer!)!;
      if (!(await enter(key, holdLimit))) return { ok: false, reason: 'limit' };
      const now = change.now;
      const open = { _id: change.wishId, status: 'open', releaseAt: _.lte(now), deadline: _.gt(now) };
      const data = { ...patchData(patch), status: 'claimed', updatedAt: now, version: _.inc(1) };
      if (!(await updated(wishes.where(open).update({ data })))) {
        await leave(key);
        return { ok: false, reason: 'taken' };
      }
      return { ok: true, wish: toWish((await byId(cb, 'wishes', change.wishId))!) };
    },

    async transitionWish(change) {
      const d = change.decision;
      const before = await byId(cb, 'wishes', change.wishId, { claimerKey: true, communityId: true, title: true });
      const data = { ...patchData(d.patch), status: d.to, updatedAt: change.now, version: _.inc(1) };
      if (!before || !(await updated(wishes.where({ _id: change.wishId, version: change.expectVersion }).update({ data }))) ) return null;
      if (before.claimerKey && HOLDING.includes(d.from) && !HOLDING.includes(d.to)) await leave(before.claimerKey);
      if (d.award) {
        const entry = { _id: `wish:${d.award.memberId}:${change.wishId}`, memberId: d.award.memberId, communityId: before.communityId, orderId: null,
          wishId: change.wishId, points: d.award.points, hours: 0, manual: false, reason: `微心愿：${before.title}`, createdBy: null, at: change.now };
        await insertLedger(cb, entry);
      }
      await notices.queue(change.notices ?? [], change.now);
      return toWish((await byId(cb, 'wishes', change.wishId))!);
    },

    listWishes(q, page) {
      const read = ((): { filter: Filter[]; field: 'releaseAt' | 'createdAt' | 'claimedAt' } => {
        switch (q.kind) {
          case 'wall':
            return { filter: [{ communityId: q.communityId, status: _.neq('returned'), releaseAt: _.lte(q.now) }], field: 'releaseAt' };
          case 'staff':
            return { filter: [{ communityId: q.communityId, ...(q.status ? { status: q.status } : {}) }], field: 'createdAt' };
          case 'claimer':
            return { filter: [{ claimerKey: _.in(q.claimers.map((c) => claimerKey(c)!)) }], field: 'claimedAt' };
        }
      })();
      const sort = [[read.field, 'desc'], ['_id', 'desc']] as const;
      return pageOf(cb, 'wishes', { filter: read.filter, sort }, page, toWish, (w) => [w[read.field], w.id]);
    },

    async dueWishes(communityId, before, limit) {
      const filter = [{ communityId, status: _.in(['open', 'claimed']), deadline: _.lt(before) }];
      return (await readSorted(cb, 'wishes', { filter, sort: [['deadline', 'asc'], ['_id', 'asc']] }, null, limit)).map(toWish);
    },

    async wishRanking(communityId, from, to, limit) {
      const rows = await readAll(cb, 'wishes', {
        filter: [{ communityId, status: 'realised', realisedAt: _.gte(from) }, { realisedAt: _.lt(to) }],
        sort: [['realisedAt', 'asc'], ['_id', 'asc']],
        projection: { claimer: true },
      });
      // Read by realisedAt: the Map keeps each claimer where their first realised wish put them, breaking ties.
      const counts = new Map<string, { kind: WishClaimer['kind']; id: string; name: string; count: number }>();
      for (const { claimer: c } of rows) {
        const key = claimerKey(c)!;
        counts.set(key, { kind: c.kind, id: c.id, name: c.name, count: (counts.get(key)?.count ?? 0) + 1 });
      }
      return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, limit);
    },

    async createUnit(u) {
      const { id, ...fields } = u;
      const doc = { ...fields, _id: id, nameKey: unitNameKey(u.communityId, u.name), createdAt: date(u.createdAt), reviewNote: null };
      try {
        await units.add({ data: doc });
        return u;
      } catch (e) {
        const clash = await readSorted(cb, 'units', { filter: [{ nameKey: doc.nameKey }], sort: [['_id', 'asc']] }, null, 1);
        if (clash.length > 0) return null;
        throw e;
      }
    },

    async getUnit(id) {
      const d = await byId(cb, 'units', id);
      return d && toUnit(d);
    },

    async unitsOf(userId, communityId) {
      const rows = await readAll(cb, 'units', { filter: [{ contactIds: userId, communityId }], sort: [['createdAt', 'asc'], ['_id', 'asc']] });
      return rows.map(toUnit);
    },

    listUnits(communityId, status, page) {
      const filter = [{ communityId, ...(status ? { status } : {}) }];
      return pageOf(cb, 'units', { filter, sort: [['createdAt', 'desc'], ['_id', 'desc']] }, page, toUnit, (u) => [u.createdAt, u.id]);
    },

    async reviewUnit(id, status, note, reviewer, now) {
      const unit = await byId(cb, 'units', id, { communityId: true, name: true });
      if (!unit) return null;
      const nameKey = status === 'rejected' ? `${unitNameKey(unit.communityId, unit.name)}:rejected:${id}` : unitNameKey(unit.communityId, unit.name);
      const data = { status, reviewNote: note, reviewedBy: reviewer, updatedAt: now, nameKey };
      if (!(await updated(units.where({ _id: id, status: 'pending' }).update({ data })))) return null;
      return toUnit((await byId(cb, 'units', id))!);
    },
  };
}
