/**
 * 晒 board: what a community shows everyone, signed in or not — finished orders, realised 微心愿 and published 议事
 * outcomes, newest first, and the month's figures. Nothing on it names, locates or pictures a person: orders show
 * only their category, grid, days taken, stars and a comment staff approved; wishes only the beneficiary's label.
 */
import type { GridColors } from './stats';

/** What an item on the board is. */
export type BoardKind = 'order' | 'wish' | 'topic';

export const BOARD_KINDS = ['order', 'wish', 'topic'] as const satisfies readonly BoardKind[];

/** A finished order: never its title, description, address, contact or photos. */
export interface BoardOrderItem {
  kind: 'order';
  id: string;
  /** When it was closed. */
  at: string;
  category: string;
  grid: string;
  /** Whole days from submission to completion, at least 1. */
  days: number;
  /** The resident's own stars; null when closed without them (auto-closed, or rated by staff for the resident). */
  stars: number | null;
  /** The resident's comment, only once staff approved it for publication. */
  comment: string | null;
}

export interface BoardWishItem {
  kind: 'wish';
  id: string;
  /** When it was realised. */
  at: string;
  title: string;
  /** e.g. "东头村 · 独居老人". */
  beneficiary: string;
  /** A partner unit's name, or 党员 for a member (members are not named on the board). */
  claimer: string;
}

export interface BoardTopicItem {
  kind: 'topic';
  id: string;
  /** When the outcome was published. */
  at: string;
  title: string;
  adopted: boolean;
  decision: string;
  outcome: string;
  /** Co-signers' mean rating, one decimal; null before anyone rated. */
  rating: number | null;
  ratings: number;
}

export type BoardItem = BoardOrderItem | BoardWishItem | BoardTopicItem;

/** The month's figures (this calendar month at +08:00, orders received so far). Rates from 0 to 1, or null. */
export interface BoardFigures {
  /** The month, e.g. "2026-11". */
  month: string;
  received: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfaction: number | null;
}

/** One page of the board; `figures`, `gridColors` and the community's name come with the first page only. */
export interface BoardPage {
  community: { id: string; name: string };
  figures: BoardFigures | null;
  /** 三色网格 of this quarter: each grid's colour and the figures it was rated on (no person in them). */
  gridColors: GridColors | null;
  items: BoardItem[];
  nextCursor: string | null;
}

/** An item as staff moderate it: hidden or shown, and an order's comment with whether it is approved. */
export type BoardReviewItem = BoardItem & {
  hidden: boolean;
  /** Orders only: the resident's comment whatever its approval, and the approval. */
  pendingComment?: string | null;
  commentApproved?: boolean;
};
