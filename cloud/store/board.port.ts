/**
 * The 晒 board part of the store port (store.port.ts): the community's finished orders, realised wishes and published
 * topics in one list, newest first, with staff's marks (hidden, an order's comment approved) kept beside them.
 */
import type { BoardKind } from '../../types/board';
import type { Rating } from '../../types/domain';
import type { TopicDecision } from '../../types/topics';
import type { Page } from '../../types/views';
import type { WishClaimer } from '../../types/wishes';
import { DomainError } from '../domain/domain.error';
import { decodeCursor, type CursorKey } from './cursor';
import type { PageRequest } from './store.port';

interface SourceBase {
  id: string;
  communityId: string;
  /** When it reached the board: closed, realised or published. */
  at: string;
  hidden: boolean;
}

/** What the store hands the board: only the fields a board view may draw from, never an order's people or place. */
export type BoardSource =
  | (SourceBase & {
      kind: 'order';
      categoryId: string;
      gridId: string | null;
      createdAt: string;
      completedAt: string | null;
      rating: Rating | null;
      commentApproved: boolean;
    })
  | (SourceBase & { kind: 'wish'; title: string; beneficiaryLabel: string; claimer: WishClaimer | null })
  | (SourceBase & { kind: 'topic'; title: string; decision: TopicDecision | null; outcome: string | null; ratingSum: number; ratingCount: number });

export interface BoardQuery {
  communityId: string;
  /** Staff moderating: hidden items too. */
  withHidden: boolean;
  /** Only this item (still only if it is on the board, and not hidden unless `withHidden`). */
  item?: { kind: BoardKind; id: string };
}

/** Staff's mark on one item: whichever of the two is given changes. */
export interface BoardMark {
  communityId: string;
  kind: BoardKind;
  id: string;
  hidden?: boolean;
  commentApproved?: boolean;
  by: string;
  at: Date;
}

export interface BoardOps {
  /** The board by keyset on (at, kind, id), descending; each source read by its own index. */
  boardItems(q: BoardQuery, page: PageRequest): Promise<Page<BoardSource>>;
  /** Records a mark (insert or update), with who set it and when. */
  markBoardItem(mark: BoardMark): Promise<void>;
}

/** The board's cursor key: the instant, then `kind:id` (the kinds differ in their first letter, so this sorts by kind, then id). */
export const boardKey = (s: { kind: BoardKind; id: string; at: string }): CursorKey => [s.at, `${s.kind}:${s.id}`];

/** A board cursor read back: the instant, the kind and the id of the last item seen. */
export function decodeBoardCursor(cursor: string | null): { at: string; kind: BoardKind; id: string } | null {
  const key = decodeCursor(cursor);
  if (!key) return null;
  const [kind, ...rest] = String(key[1]).split(':');
  const id = rest.join(':');
  if (!['order', 'wish', 'topic'].includes(kind) || !id) throw new DomainError('INPUT.INVALID', { cursor: '翻页参数无效，请刷新列表' });
  return { at: String(key[0]), kind: kind as BoardKind, id };
}
