/**
 * Board items as everyone sees them, and as staff moderate them. An order shows only its category, grid, days taken,
 * the resident's own stars and — once staff approved it — their comment; a wish only the beneficiary's label and a
 * unit's name (members are not named); a topic its title, decision, outcome and mean rating.
 */
import type { BoardItem, BoardReviewItem } from '../../types/board';
import type { Category, Grid } from '../../types/domain';
import type { BoardSource } from '../store/board.port';

const DAY_MS = 86_400_000;

/** Phone and door numbers someone may have typed into a text: never on the board, approved or not. */
const PERSONAL = [/1[3-9]\d{9}/g, /0\d{2,3}-?\d{7,8}/g, /\d+\s*(室|号房|户)/g, /\d+-\d+/g];
const scrub = (text: string) => PERSONAL.reduce((t, re) => t.replace(re, '**'), text);

/** The names the board shows for an order's category and grid. */
export interface BoardNames {
  categories: Pick<Category, 'id' | 'name'>[];
  grids: Pick<Grid, 'id' | 'name'>[];
}

/** The resident's own rating: not auto-closed, not given for them (代评). */
const ownRating = (s: Extract<BoardSource, { kind: 'order' }>) => (s.rating && !s.rating.autoClosed && !s.rating.proxy ? s.rating : null);

/** One item as the public board shows it. */
export function boardItem(s: BoardSource, names: BoardNames): BoardItem {
  switch (s.kind) {
    case 'order': {
      const rating = ownRating(s);
      const done = Date.parse(s.completedAt ?? s.at);
      return {
        kind: 'order',
        id: s.id,
        at: s.at,
        category: names.categories.find((c) => c.id === s.categoryId)?.name ?? '社区服务',
        grid: (s.gridId && names.grids.find((g) => g.id === s.gridId)?.name) || '本社区',
        days: Math.max(1, Math.ceil((done - Date.parse(s.createdAt)) / DAY_MS)),
        stars: rating?.stars ?? null,
        comment: s.commentApproved && rating?.comment ? scrub(rating.comment) : null,
      };
    }
    case 'wish':
      return {
        kind: 'wish',
        id: s.id,
        at: s.at,
        title: scrub(s.title),
        beneficiary: s.beneficiaryLabel,
        claimer: s.claimer?.kind === 'unit' ? s.claimer.name : '社区党员',
      };
    case 'topic':
      return {
        kind: 'topic',
        id: s.id,
        at: s.at,
        title: scrub(s.title),
        adopted: s.decision?.adopted ?? true,
        decision: scrub(s.decision?.text ?? ''),
        outcome: scrub(s.outcome ?? ''),
        rating: s.ratingCount > 0 ? Math.round((s.ratingSum / s.ratingCount) * 10) / 10 : null,
        ratings: s.ratingCount,
      };
  }
}

/** One item as staff moderate it: hidden or not, and an order's comment whatever its approval. */
export function boardReviewItem(s: BoardSource, names: BoardNames): BoardReviewItem {
  const item = boardItem(s, names);
  if (s.kind !== 'order') return { ...item, hidden: s.hidden };
  return { ...item, hidden: s.hidden, pendingComment: ownRating(s)?.comment ?? null, commentApproved: s.commentApproved };
}
