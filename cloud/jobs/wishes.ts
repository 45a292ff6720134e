/**
 * The sweep's part for 微心愿: wishes nobody claimed, or the claimer did not deliver, by their deadline go back to
 * staff (`expire`), each an ordinary decided step by the system with its notice to staff.
 */
import { SYSTEM_CALLER } from '../domain/access';
import { DomainError } from '../domain/domain.error';
import { decideWish } from '../domain/wish.decide';
import { wishNoticesFor } from '../domain/wish.notices';
import type { Store } from '../store/store.port';

const BATCH = 100;

/** Returns the community's wishes past their deadline; how many went back. */
export async function returnDueWishes(store: Store, communityId: string, now: Date): Promise<number> {
  let returned = 0;
  for (;;) {
    const due = await store.dueWishes(communityId, now, BATCH);
    let moved = 0;
    for (const wish of due) {
      try {
        const decision = decideWish(wish, { type: 'expire' }, { now, caller: SYSTEM_CALLER, unit: null });
        const notices = wishNoticesFor(wish, decision, null);
        if (await store.transitionWish({ wishId: wish.id, expectVersion: wish.version, decision, actor: { id: null, role: 'system' }, now, notices })) moved++;
      } catch (e) {
        // Delivered or changed between the query and the decision: the next run sees it as it is.
        if (!(e instanceof DomainError)) throw e;
      }
    }
    returned += moved;
    if (due.length < BATCH || moved === 0) return returned;
  }
}
