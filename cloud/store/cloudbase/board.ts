/**
 * The 晒 board on CloudBase. `boardMarks/{kind}:{id}` holds staff's mark on one item (hidden, comment approved, who,
 * when). A page reads each source (closed orders, realised wishes, published topics) newest first by its own index,
 * past the cursor and without the community's hidden items, up to the page size, and merges them.
 */
import type { BoardKind } from '../../../types/board';
import { toPage } from '../cursor';
import { boardKey, decodeBoardCursor, type BoardOps, type BoardSource } from '../board.port';
import { insertOnce, readAll, readSorted, updated, type Cb, type Doc, type Filter } from './db';
import { iso } from './docs';

const SOURCES: Record<BoardKind, { coll: 'orders' | 'wishes' | 'topics'; at: string; status: string; fields: string[] }> = {
  order: { coll: 'orders', at: 'closedAt', status: 'closed', fields: ['categoryId', 'gridId', 'createdAt', 'completedAt', 'rating'] },
  wish: { coll: 'wishes', at: 'realisedAt', status: 'realised', fields: ['title', 'beneficiaryLabel', 'claimer'] },
  topic: { coll: 'topics', at: 'publishedAt', status: 'published', fields: ['title', 'decision', 'outcome', 'ratingSum', 'ratingCount'] },
};
const KINDS = Object.keys(SOURCES) as BoardKind[];
const markId = (kind: BoardKind, id: string) => `${kind}:${id}`;

function toSource(kind: BoardKind, d: Doc, mark: Doc | undefined): BoardSource {
  const base = { id: d._id as string, communityId: d.communityId as string, at: iso(d[SOURCES[kind].at])!, hidden: !!mark?.hidden };
  switch (kind) {
    case 'order':
      return {
        ...base, kind, categoryId: d.categoryId, gridId: d.gridId ?? null, createdAt: iso(d.createdAt)!, completedAt: iso(d.completedAt),
        rating: d.rating ?? null, commentApproved: !!mark?.commentApproved,
      };
    case 'wish':
      return { ...base, kind, title: d.title, beneficiaryLabel: d.beneficiaryLabel, claimer: d.claimer ?? null };
    case 'topic':
      return { ...base, kind, title: d.title, decision: d.decision ?? null, outcome: d.outcome ?? null, ratingSum: d.ratingSum, ratingCount: d.ratingCount };
  }
}

export function cbBoard(cb: Cb): BoardOps {
  const { _ } = cb;
  const marks = cb.coll('boardMarks');
  return {
    async boardItems(q, page) {
      const after = decodeBoardCursor(page.cursor);
      const hidden = q.withHidden
        ? []
        : await readAll(cb, 'boardMarks', { filter: [{ communityId: q.communityId, hidden: true }], sort: [['_id', 'asc']], projection: { kind: true, itemId: true } });
      const kinds = KINDS.filter((k) => !q.item || q.item.kind === k);
      const read = await Promise.all(
        kinds.map(async (kind) => {
          const s = SOURCES[kind];
          const filter: Filter[] = [{ communityId: q.communityId, status: s.status }];
          if (q.item) filter.push({ _id: q.item.id });
          const out = hidden.filter((m) => m.kind === kind).map((m) => m.itemId as string);
          if (out.length > 0) filter.push({ _id: _.nin(out) });
          // The cursor's key is `kind:id`: at its instant, items of an earlier kind all come after it, of a later none.
          const bound = !after ? '' : kind === after.kind ? after.id : kind < after.kind ? '\uffff' : '';
          const projection = Object.fromEntries([...s.fields, s.at, 'communityId'].map((f) => [f, true]));
          const docs = await readSorted(cb, s.coll, { filter, sort: [[s.at, 'desc'], ['_id', 'desc']], projection }, after && [new Date(after.at), bound], page.limit + 1);
          return docs.map((d) => ({ kind, d }));
        }),
      );
      const key = (r: { kind: BoardKind; d: Doc }) => markId(r.kind, r.d._id);
      const merged = read
        .flat()
        .sort((a, b) => b.d[SOURCES[b.kind].at].getTime() - a.d[SOURCES[a.kind].at].getTime() || (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0))
        .slice(0, page.limit + 1);
      const found = merged.length ? await readAll(cb, 'boardMarks', { filter: [{ _id: _.in(merged.map(key)) }], sort: [['_id', 'asc']] }) : [];
      const byId = new Map(found.map((m) => [m._id as string, m]));
      return toPage(merged.map((r) => toSource(r.kind, r.d, byId.get(key(r)))), page.limit, boardKey);
    },

    async markBoardItem(m) {
      const _id = markId(m.kind, m.id);
      const change: Doc = { updatedBy: m.by, updatedAt: m.at };
      if (m.hidden !== undefined) change.hidden = m.hidden;
      if (m.commentApproved !== undefined) change.commentApproved = m.commentApproved;
      if ((await updated(marks.where({ _id }).update({ data: change }))) > 0) return;
      const doc = { _id, kind: m.kind, itemId: m.id, communityId: m.communityId, hidden: false, commentApproved: false, ...change };
      const { created } = await insertOnce(marks, doc, () => marks.where({ _id }).limit(1).get().then((r) => r.data[0] ?? null));
      // Someone else's mark got there first: ours still applies on top of it.
      if (!created) await marks.where({ _id }).update({ data: change });
    },
  };
}

