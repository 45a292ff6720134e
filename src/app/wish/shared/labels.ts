/**
 * How wishes and units are named on screen.
 */
import type { UnitKind, WishStatus, WishView } from '../../../../types/wishes';
import { UNIT_KIND_NAMES } from '../../../../types/wishes';

export const WISH_STATUS_LABEL: Record<WishStatus, string> = {
  open: '待认领',
  claimed: '已认领',
  delivered: '待确认',
  realised: '已实现',
  returned: '已退回',
};

/** 即将发布 before the release time, else the status. */
export const wishStateLabel = (w: Pick<WishView, 'status' | 'released'>) => (w.status === 'open' && !w.released ? '即将发布' : WISH_STATUS_LABEL[w.status]);

export const UNIT_KINDS = (Object.keys(UNIT_KIND_NAMES) as UnitKind[]).map((kind) => ({ value: kind, label: UNIT_KIND_NAMES[kind] }));

export const UNIT_STATUS_LABEL = { pending: '待审核', verified: '已审核', rejected: '未通过' } as const;
