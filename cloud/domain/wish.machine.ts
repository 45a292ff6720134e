/**
 * The 微心愿 workflow as data: for each status, the commands it accepts, who may give them, what must hold, and
 * where the wish goes. A status without a row fails to compile.
 *
 *   open ──claim (released, first wins)──▶ claimed ──deliver──▶ delivered ──confirm (staff)──▶ realised
 *    │  ▲                                   │ release ↺ open
 *    │  └──────repost (staff)── returned ◀──┴── expire (sweep, past the deadline)
 *    └──expire──▶ returned
 */
import type { WishCommand, WishStatus } from '../../types/wishes';
import type { WishRelation } from './wish.access';
import { beforeDeadline, newDatesValid, pastDeadline, released, underHoldLimit, type WishGuard } from './wish.guards';

export interface WishRule {
  /** Any one of these relations may give the command. */
  by: readonly WishRelation[];
  /** Checked in order; the first failure is the user's error. */
  guards?: readonly WishGuard[];
  to: WishStatus;
}

type Row = Partial<Record<WishCommand, WishRule>>;

const expire: WishRule = { by: ['system'], guards: [pastDeadline], to: 'returned' };

export const WISH_MACHINE = {
  open: {
    claim: { by: ['member', 'unit'], guards: [released, beforeDeadline, underHoldLimit], to: 'claimed' },
    expire,
  },
  claimed: {
    release: { by: ['claimer'], to: 'open' },
    deliver: { by: ['claimer'], to: 'delivered' },
    expire,
  },
  delivered: {
    confirm: { by: ['staff'], to: 'realised' },
  },
  realised: {},
  returned: {
    repost: { by: ['staff'], guards: [newDatesValid], to: 'open' },
  },
} satisfies Record<WishStatus, Row>;

export function wishRuleFor(status: WishStatus, command: WishCommand): WishRule | undefined {
  return (WISH_MACHINE[status] as Row)[command];
}
