/**
 * 议事 on CloudBase. `topics/{id}` holds the topic (instants as Dates); `topicCosigns/{topicId}:{userId}` one
 * co-sign each (the _id keeps it to one), with the rating. A co-sign takes its document, then counts itself on the
 * topic with one conditional increment; the one whose count reaches the threshold moves it to the agenda with a
 * conditional update on `status: 'collecting'`, which only one write can win, and queues the staff notice.
 */
import type { Topic } from '../../../types/topics';
import type { TopicPatch } from '../../domain/topic.commands';
import type { TopicOps } from '../topic.port';
import { byId, insertOnce, pageOf, readAll, updated, type Cb, type Doc } from './db';
import { date, iso } from './docs';
import type { CbNotices } from './notices';

const TAKING = ['collecting', 'agenda', 'scheduled'];
const cosignId = (topicId: string, userId: string) => `${topicId}:${userId}`;

const toTopic = ({ _id, agendaAt, publishedAt, createdAt, updatedAt, ...d }: Doc): Topic => ({
  ...(d as Omit<Topic, 'id' | 'agendaAt' | 'publishedAt' | 'createdAt' | 'updatedAt'>),
  id: _id,
  agendaAt: iso(agendaAt),
  publishedAt: iso(publishedAt),
  createdAt: iso(createdAt)!,
  updatedAt: iso(updatedAt)!,
});

export function cbTopics(cb: Cb, notices: CbNotices): TopicOps {
  const { _ } = cb;
  const topics = cb.coll('topics');
  const cosigns = cb.coll('topicCosigns');
  const load = async (id: string) => {
    const d = await byId(cb, 'topics', id);
    return d && toTopic(d);
  };

  function patchData(patch: TopicPatch): Doc {
    const data: Doc = {};
    for (const [field, v] of Object.entries(patch)) {
      if (field === 'agendaAt' || field === 'publishedAt') data[field] = date(v as string | null);
      else data[field] = v !== null && typeof v === 'object' ? _.set(v) : v;
    }
    return data;
  }

  return {
    async createTopic({ id, ...t }) {
      await topics.add({ data: { ...t, _id: id, agendaAt: date(t.agendaAt), publishedAt: null, createdAt: date(t.createdAt), updatedAt: date(t.updatedAt) } });
      return (await load(id))!;
    },

    getTopic: load,

    async getCosign(topicId, userId) {
      const d = await byId(cb, 'topicCosigns', cosignId(topicId, userId));
      return d && { topicId, userId, rating: d.rating ?? null, at: iso(d.at)! };
    },

    async cosignersOf(topicId) {
      const rows = await readAll(cb, 'topicCosigns', { filter: [{ topicId }], sort: [['at', 'asc'], ['_id', 'asc']], projection: { userId: true } });
      return rows.map((r) => r.userId);
    },

    async cosignTopic(topicId, userId, now, reachedNotice) {
      const _id = cosignId(topicId, userId);
      const { created } = await insertOnce(cosigns, { _id, topicId, userId, rating: null, at: now }, () => byId(cb, 'topicCosigns', _id));
      if (!created) return { ok: false, reason: 'twice' };
      const counted = await updated(topics.where({ _id: topicId, status: _.in(TAKING) }).update({ data: { cosigns: _.inc(1), updatedAt: now } }));
      if (!counted) {
        await cosigns.where({ _id }).remove();
        return { ok: false, reason: 'closed' };
      }
      let topic = (await load(topicId))!;
      let reached = false;
      if (topic.status === 'collecting' && topic.cosigns >= topic.threshold) {
        const data = { status: 'agenda', agendaAt: now, updatedAt: now, version: _.inc(1) };
        reached = (await updated(topics.where({ _id: topicId, status: 'collecting' }).update({ data }))) > 0;
        if (reached) {
          await notices.queue([reachedNotice], now);
          topic = (await load(topicId))!;
        }
      }
      return { ok: true, topic, reached };
    },

    async withdrawCosign(topicId, userId, now) {
      const _id = cosignId(topicId, userId);
      const mine = await byId(cb, 'topicCosigns', _id);
      if (!mine) return null;
      const counted = await updated(topics.where({ _id: topicId, status: 'collecting', cosigns: _.gt(0) }).update({ data: { cosigns: _.inc(-1), updatedAt: now } }));
      if (!counted) return null;
      await cosigns.where({ _id }).remove();
      return load(topicId);
    },

    async rateTopic(topicId, userId, stars, now) {
      const topic = await byId(cb, 'topics', topicId, { status: true });
      if (topic?.status !== 'published') return null;
      if (!(await updated(cosigns.where({ _id: cosignId(topicId, userId), rating: null }).update({ data: { rating: stars } })))) return null;
      await topics.where({ _id: topicId }).update({ data: { ratingSum: _.inc(stars), ratingCount: _.inc(1), updatedAt: now } });
      return load(topicId);
    },

    async topicRatings(communityIds, from, to) {
      const published = await readAll(cb, 'topics', {
        filter: [{ communityId: _.in(communityIds), status: 'published', publishedAt: _.gte(new Date(from)) }, { publishedAt: _.lt(new Date(to)) }],
        sort: [['publishedAt', 'asc'], ['_id', 'asc']],
        projection: { communityId: true, publishedAt: true },
      });
      const out = Object.fromEntries(communityIds.map((id) => [id, { published: 0, rated: 0, ratings: 0, satisfied: 0 }]));
      const communityOf = new Map(published.map((t) => [t._id as string, t.communityId as string]));
      for (const t of published) out[t.communityId].published++;
      const ids = [...communityOf.keys()];
      for (let i = 0; i < ids.length; i += 100) {
        const rated = await readAll(cb, 'topicCosigns', {
          filter: [{ topicId: _.in(ids.slice(i, i + 100)), rating: _.gte(1) }],
          sort: [['topicId', 'asc'], ['at', 'asc'], ['_id', 'asc']], // the by_topic index
          projection: { topicId: true, rating: true },
        });
        for (const topicId of new Set(rated.map((c) => c.topicId as string))) out[communityOf.get(topicId)!].rated++;
        for (const c of rated) {
          const counts = out[communityOf.get(c.topicId)!];
          counts.ratings++;
          if (c.rating >= 4) counts.satisfied++;
        }
      }
      return out;
    },

    async transitionTopic(change) {
      const d = change.decision;
      const data = { ...patchData(d.patch), status: d.to, updatedAt: change.now, version: _.inc(1) };
      const where = { _id: change.topicId, version: change.expectVersion, status: d.from };
      if (!(await updated(topics.where(where).update({ data })))) return null;
      await notices.queue(change.notices ?? [], change.now);
      return load(change.topicId);
    },

    listTopics(q, page) {
      const filter = [{ communityId: q.communityId, ...(q.status ? { status: q.status } : {}) }];
      return pageOf(cb, 'topics', { filter, sort: [['createdAt', 'desc'], ['_id', 'desc']] }, page, toTopic, (t) => [t.createdAt, t.id]);
    },
  };
}
