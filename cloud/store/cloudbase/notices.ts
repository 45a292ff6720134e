/**
 * Notices on CloudBase: one `notices` document per person and notice, its id `${userId}:${key}`, so queuing the
 * same notice again (a retried write, a sweep run twice) finds the document already there. CloudBase has no
 * transaction across documents: an order step writes its notices right after its conditional update commits; a
 * process that dies between the two loses them (the step itself stands), as with the awards beside it.
 */
import type { Audience, NoticeDraft } from '../../domain/notices';
import type { Notice, NoticePort } from '../store.port';
import { byId, insertOnce, pageOf, readAll, readSorted, type Cb, type Doc } from './db';
import { iso } from './docs';

const toNotice = (d: Doc): Notice => ({
  id: d._id,
  userId: d.userId,
  kind: d.kind,
  orderId: d.orderId,
  title: d.title,
  text: d.text,
  at: iso(d.at)!,
  readAt: iso(d.readAt),
  push: d.push,
  attempts: d.attempts,
  pushError: d.pushError,
});

export interface CbNotices extends NoticePort {
  /** Writes the drafts as of `now`, a place audience expanded to the people in it (the actor left out). */
  queue(drafts: NoticeDraft[], now: Date): Promise<void>;
}

export function cbNotices(cb: Cb): CbNotices {
  const { _ } = cb;
  const notices = cb.coll('notices');

  /** The people of a place audience: each read by its own index (users' staff_of, street_of, department_of). */
  async function peopleOf(to: Exclude<Audience, { userId: string }>): Promise<string[]> {
    const [field, id, roles] =
      'staffOf' in to
        ? ['communityId', to.staffOf, ['staff', 'admin']]
        : 'streetOf' in to
          ? ['streetId', to.streetOf, ['street_staff']]
          : ['departmentId', to.departmentOf, ['department_staff']];
    const grant = _.elemMatch({ [field]: id, role: _.in(roles) });
    const rows = await readAll(cb, 'users', { filter: [{ [`roles.${field}`]: id, roles: grant }], sort: [['_id', 'asc']], projection: { _id: true } });
    return rows.map((r) => r._id as string);
  }

  async function queue(drafts: NoticeDraft[], now: Date): Promise<void> {
    const places = new Map<string, string[]>();
    const docs: Doc[] = [];
    for (const d of drafts) {
      let people: string[];
      if ('userId' in d.to) people = [d.to.userId];
      else {
        const key = JSON.stringify(d.to);
        if (!places.has(key)) places.set(key, await peopleOf(d.to));
        people = places.get(key)!.filter((u) => u !== d.actorId);
      }
      for (const userId of people) {
        docs.push({ _id: `${userId}:${d.key}`, userId, kind: d.kind, orderId: d.orderId, title: d.title, text: d.text, at: now, readAt: null, push: 'pending', attempts: 0, pushError: null });
      }
    }
    await Promise.all(docs.map((doc) => insertOnce(notices, doc, () => byId(cb, 'notices', doc._id))));
  }

  return {
    queue,

    listNotices(userId, page) {
      return pageOf(cb, 'notices', { filter: [{ userId }], sort: [['at', 'desc'], ['_id', 'desc']] }, page, toNotice, (n) => [n.at, n.id]);
    },

    async unreadNotices(userId) {
      return (await notices.where({ userId, readAt: null }).count()).total;
    },

    async markNoticesRead(userId, which, now) {
      const only = which === 'all' ? {} : { _id: _.in(which) };
      await notices.where({ userId, readAt: null, ...only }).update({ data: { readAt: now } });
    },

    addNotices: queue,

    async sentNotices(kind, userIds, since) {
      if (userIds.length === 0) return [];
      const filter = [{ userId: _.in(userIds), kind, at: _.gte(since) }];
      const rows = await readAll(cb, 'notices', { filter, sort: [['at', 'desc'], ['_id', 'desc']], projection: { userId: true, orderId: true } });
      return rows.map((d) => ({ userId: d.userId, orderId: d.orderId }));
    },

    async pendingPushes(limit) {
      const rows = await readSorted(cb, 'notices', { filter: [{ push: 'pending' }], sort: [['at', 'asc'], ['_id', 'asc']] }, null, limit);
      return rows.map(toNotice);
    },

    async markPush(id, state, error) {
      await notices.where({ _id: id }).update({ data: { push: state, attempts: _.inc(1), pushError: error } });
    },
  };
}
