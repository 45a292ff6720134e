/**
 * 议事 on PostgreSQL. A co-sign, a withdrawal and a rating each run in one transaction that first locks the topic
 * row, so 50 co-signs at once on a threshold of 10 are counted one after another and exactly one of them moves it to
 * the agenda (with the staff notice). Other steps are conditional on the version.
 */
import type { Topic } from '../../../types/topics';
import type { TopicPatch } from '../../domain/topic.commands';
import { decodeCursor, toPage } from '../cursor';
import type { TopicOps } from '../topic.port';
import type { Db } from './db';
import { insertNotices } from './notices';
import { iso } from './rows';

type Row = Record<string, any>;
const TAKING = `('collecting', 'agenda', 'scheduled')`;

const toTopic = (r: Row): Topic => ({
  id: r.id, communityId: r.community_id, streetId: r.street_id, level: r.level, title: r.title, problem: r.problem, place: r.place,
  photos: r.photos, raisedBy: r.raised_by, raiserName: r.raiser_name, proposed: r.proposed, status: r.status, threshold: r.threshold,
  cosigns: r.cosigns, agendaAt: iso(r.agenda_at), meeting: r.meeting, minutes: r.minutes, decision: r.decision, orderIds: r.order_ids,
  outcome: r.outcome, publishedAt: iso(r.published_at), ratingSum: r.rating_sum, ratingCount: r.rating_count,
  createdAt: iso(r.created_at)!, updatedAt: iso(r.updated_at)!, version: r.version,
});

const COLUMNS: Record<keyof Required<TopicPatch>, [string, (v: unknown) => unknown]> = {
  agendaAt: ['agenda_at', (v) => v],
  proposed: ['proposed', (v) => v],
  meeting: ['meeting', (v) => JSON.stringify(v)],
  minutes: ['minutes', (v) => JSON.stringify(v)],
  decision: ['decision', (v) => JSON.stringify(v)],
  orderIds: ['order_ids', (v) => JSON.stringify(v)],
  outcome: ['outcome', (v) => v],
  publishedAt: ['published_at', (v) => v],
};

export function pgTopics(db: Db): TopicOps {
  return {
    async createTopic(t) {
      const [r] = await db.query(
        `INSERT INTO topics (id, community_id, street_id, level, title, problem, place, photos, raised_by, raiser_name, proposed, status,
           threshold, agenda_at, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15) RETURNING *`,
        [t.id, t.communityId, t.streetId, t.level, t.title, t.problem, t.place, JSON.stringify(t.photos), t.raisedBy, t.raiserName, t.proposed,
          t.status, t.threshold, t.agendaAt, t.createdAt],
      );
      return toTopic(r);
    },

    async getTopic(id) {
      const [r] = await db.query('SELECT * FROM topics WHERE id = $1', [id]);
      return r ? toTopic(r) : null;
    },

    async getCosign(topicId, userId) {
      const [r] = await db.query<Row>('SELECT * FROM topic_cosigns WHERE topic_id = $1 AND user_id = $2', [topicId, userId]);
      return r ? { topicId, userId, rating: r.rating, at: iso(r.at)! } : null;
    },

    async cosignersOf(topicId) {
      const rows = await db.query<{ user_id: string }>('SELECT user_id FROM topic_cosigns WHERE topic_id = $1 ORDER BY at, user_id', [topicId]);
      return rows.map((r) => r.user_id);
    },

    cosignTopic(topicId, userId, now, reachedNotice) {
      return db.tx(async (sql) => {
        const [locked] = await sql.query<Row>(`SELECT status FROM topics WHERE id = $1 AND status IN ${TAKING} FOR UPDATE`, [topicId]);
        if (!locked) return { ok: false, reason: 'closed' } as const;
        const added = await sql.query('INSERT INTO topic_cosigns (topic_id, user_id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1', [topicId, userId, now]);
        if (added.length === 0) return { ok: false, reason: 'twice' } as const;
        const reach = `status = 'collecting' AND cosigns + 1 >= threshold`;
        const [r] = await sql.query<Row>(
          `UPDATE topics SET cosigns = cosigns + 1, updated_at = $2,
             status = CASE WHEN ${reach} THEN 'agenda' ELSE status END,
             agenda_at = CASE WHEN ${reach} THEN $2 ELSE agenda_at END,
             version = CASE WHEN ${reach} THEN version + 1 ELSE version END
           WHERE id = $1 RETURNING *`,
          [topicId, now],
        );
        const reached = locked.status === 'collecting' && r.status === 'agenda';
        if (reached) await insertNotices(sql, [reachedNotice], now);
        return { ok: true, topic: toTopic(r), reached };
      });
    },

    withdrawCosign(topicId, userId, now) {
      return db.tx(async (sql) => {
        const [locked] = await sql.query(`SELECT 1 FROM topics WHERE id = $1 AND status = 'collecting' FOR UPDATE`, [topicId]);
        if (!locked) return null;
        const gone = await sql.query('DELETE FROM topic_cosigns WHERE topic_id = $1 AND user_id = $2 RETURNING 1', [topicId, userId]);
        if (gone.length === 0) return null;
        const [r] = await sql.query('UPDATE topics SET cosigns = cosigns - 1, updated_at = $2 WHERE id = $1 RETURNING *', [topicId, now]);
        return toTopic(r);
      });
    },

    rateTopic(topicId, userId, stars, now) {
      return db.tx(async (sql) => {
        const [locked] = await sql.query(`SELECT 1 FROM topics WHERE id = $1 AND status = 'published' FOR UPDATE`, [topicId]);
        if (!locked) return null;
        const rated = await sql.query('UPDATE topic_cosigns SET rating = $3 WHERE topic_id = $1 AND user_id = $2 AND rating IS NULL RETURNING 1', [topicId, userId, stars]);
        if (rated.length === 0) return null;
        const [r] = await sql.query(
          'UPDATE topics SET rating_sum = rating_sum + $2, rating_count = rating_count + 1, updated_at = $3 WHERE id = $1 RETURNING *',
          [topicId, stars, now],
        );
        return toTopic(r);
      });
    },

    async topicRatings(communityIds, from, to) {
      const rows = await db.query(
        `SELECT t.community_id, count(DISTINCT t.id)::int AS published, count(DISTINCT c.topic_id)::int AS rated,
                count(c.rating)::int AS ratings, count(c.rating) FILTER (WHERE c.rating >= 4)::int AS satisfied
         FROM topics t LEFT JOIN topic_cosigns c ON c.topic_id = t.id AND c.rating IS NOT NULL
         WHERE t.community_id = ANY($1) AND t.status = 'published' AND t.published_at >= $2 AND t.published_at < $3
         GROUP BY t.community_id`,
        [communityIds, from, to],
      );
      return Object.fromEntries(
        communityIds.map((id) => {
          const r: Row | undefined = rows.find((x: Row) => x.community_id === id);
          return [id, { published: r?.published ?? 0, rated: r?.rated ?? 0, ratings: r?.ratings ?? 0, satisfied: r?.satisfied ?? 0 }];
        }),
      );
    },

    transitionTopic(change) {
      const d = change.decision;
      const params: unknown[] = [change.topicId, change.expectVersion, d.from, d.to, change.now];
      const sets = Object.entries(d.patch).map(([field, v]) => {
        const [column, encode] = COLUMNS[field as keyof TopicPatch];
        return `, ${column} = $${params.push(encode(v))}`;
      });
      return db.tx(async (sql) => {
        const [r] = await sql.query(
          `UPDATE topics SET status = $4, updated_at = $5, version = version + 1${sets.join('')}
           WHERE id = $1 AND version = $2 AND status = $3 RETURNING *`,
          params,
        );
        if (!r) return null;
        await insertNotices(sql, change.notices ?? [], change.now);
        return toTopic(r);
      });
    },

    async listTopics(query, page) {
      const params: unknown[] = [query.communityId];
      const status = query.status ? ` AND status = $${params.push(query.status)}` : '';
      const after = decodeCursor(page.cursor, 'instant');
      const keyset = after ? ` AND (created_at, id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])})` : '';
      const rows = await db.query(
        `SELECT * FROM topics WHERE community_id = $1${status}${keyset} ORDER BY created_at DESC, id DESC LIMIT $${params.push(page.limit + 1)}`,
        params,
      );
      return toPage(rows.map(toTopic), page.limit, (t) => [t.createdAt, t.id]);
    },
  };
}
