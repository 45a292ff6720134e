/**
 * Who is told about a wish step: staff when a claimer reports it delivered or the sweep returns it, the claimer
 * when staff confirm it. Notices carry the wish's id where orders carry theirs; the kind says which it is.
 */
import type { Wish } from '../../types/wishes';
import type { NoticeDraft } from './notices';
import type { WishDecision } from './wish.decide';

export function wishNoticesFor(wish: Wish, d: WishDecision, actorId: string | null): NoticeDraft[] {
  const base = { orderId: wish.id, title: wish.title, key: `wish:${wish.id}:${wish.version + 1}`, actorId };
  const staff = { staffOf: wish.communityId };
  switch (d.command) {
    case 'expire':
      return [{ ...base, to: staff, kind: 'wish_returned', text: wish.claimer ? `${wish.claimer.name}未在截止前送达，心愿已退回社区` : '截止前无人认领，心愿已退回社区' }];
    case 'deliver':
      return [{ ...base, to: staff, kind: 'wish_delivered', text: `${wish.claimer?.name ?? ''}已送达心愿，请确认` }];
    case 'confirm':
      return wish.claimedBy ? [{ ...base, to: { userId: wish.claimedBy }, kind: 'wish_realised', text: '社区已确认心愿实现，感谢您的爱心' }] : [];
    default:
      return [];
  }
}
