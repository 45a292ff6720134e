/**
 * The 微心愿 and partner-unit part of the store port (store.port.ts): posting, the lists, the first-claimer-wins
 * claim within a hold limit, steps conditional on the version, the sweep's due list, rankings, and units.
 */
import type { Unit, UnitStatus, Wish, WishClaimer } from '../../types/wishes';
import type { Page } from '../../types/views';
import type { NoticeDraft } from '../domain/notices';
import type { WishDecision } from '../domain/wish.decide';
import type { Actor, PageRequest } from './store.port';

/** A decided wish step, committed only if the wish is still at `expectVersion`. */
export interface WishChange {
  wishId: string;
  expectVersion: number;
  decision: WishDecision;
  actor: Actor;
  now: Date;
  /** Queued in the same write as the step. */
  notices?: NoticeDraft[];
}

/** Won: the wish as the claim left it. Refused: the claimer's hold limit, or the wish is no longer open (or not yet). */
export type WishClaimOutcome = { ok: true; wish: Wish } | { ok: false; reason: 'limit' | 'taken' };

export type WishQuery =
  /** The wall: released and not returned, newest release first. */
  | { kind: 'wall'; communityId: string; now: Date }
  /** Staff: every wish of the community, newest posted first, optionally of one status. */
  | { kind: 'staff'; communityId: string; status?: Wish['status'] }
  /** What these claimers (a member, the units they act for) hold or held, newest claim first. */
  | { kind: 'claimer'; claimers: Pick<WishClaimer, 'kind' | 'id'>[] };

/** Realised wishes per claimer in a period, most first. */
export interface WishRankingRow {
  kind: WishClaimer['kind'];
  id: string;
  name: string;
  count: number;
}

export interface WishOps {
  /** Inserts a posted wish. */
  createWish(wish: Wish): Promise<Wish>;
  getWish(id: string): Promise<Wish | null>;
  /** Unrealised wishes (claimed or delivered) the claimer holds now. */
  wishHeld(claimer: Pick<WishClaimer, 'kind' | 'id'>): Promise<number>;
  /**
   * The first claimer wins: one conditional write takes the wish while it is open, released and before its
   * deadline, within the claimer's hold limit.
   */
  claimWish(change: WishChange, holdLimit: number): Promise<WishClaimOutcome>;
  /** Commits a decided step (points for a realised wish with it), or null if the wish changed since it was read. */
  transitionWish(change: WishChange): Promise<Wish | null>;
  listWishes(query: WishQuery, page: PageRequest): Promise<Page<Wish>>;
  /** Open or claimed wishes of the community whose deadline is before `before`, earliest first (the sweep). */
  dueWishes(communityId: string, before: Date, limit: number): Promise<Wish[]>;
  /** Realised wishes in [from, to) counted per member and per unit. */
  wishRanking(communityId: string, from: Date, to: Date, limit: number): Promise<WishRankingRow[]>;
  /** Registers a unit; null when the community already has one of that name (pending or verified). */
  createUnit(unit: Unit): Promise<Unit | null>;
  getUnit(id: string): Promise<Unit | null>;
  /** The units of the community this person is a contact of. */
  unitsOf(userId: string, communityId: string): Promise<Unit[]>;
  /** The community's units, newest first, optionally of one status. */
  listUnits(communityId: string, status: UnitStatus | null, page: PageRequest): Promise<Page<Unit>>;
  /** Decides a pending unit; null if it was not pending. */
  reviewUnit(id: string, status: 'verified' | 'rejected', note: string | null, reviewer: string, now: Date): Promise<Unit | null>;
}
