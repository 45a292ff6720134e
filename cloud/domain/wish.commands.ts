/**
 * What each wish command carries, and the context a wish is decided in. Actions build these from parsed input and
 * what they loaded.
 */
import type { Unit, WishClaimer } from '../../types/wishes';
import type { Caller } from './access';

export type WishCommandInput =
  | { type: 'claim'; claimer: WishClaimer; held: number; holdLimit: number }
  | { type: 'release' }
  | { type: 'deliver'; note: string; photos: string[] }
  | { type: 'confirm'; thanks: string | null }
  | { type: 'expire' }
  | { type: 'repost'; releaseAt: string; deadline: string };

export type WishCommandOf<T extends WishCommandInput['type']> = Extract<WishCommandInput, { type: T }>;

export interface WishContext {
  now: Date;
  caller: Caller;
  /** The partner unit the caller acts for in this call, or null when they act as themself. */
  unit: Unit | null;
}
