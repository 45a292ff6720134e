/**
 * The 晒 board part of the store contract: closed orders and realised wishes of one community in one list, newest
 * first by (instant, kind, id), paged without skipping or repeating; hidden items left out unless asked for; staff's
 * marks (hidden, comment approved) set, changed and read back; one item by id. Called for every adapter.
 */
import type { Caller } from '../../cloud/domain/access';
import { DEFAULT_SETTINGS } from '../../cloud/domain/policies';
import { decideWish } from '../../cloud/domain/wish.decide';
import { newWish } from '../../cloud/domain/wish.create';
import type { BoardSource } from '../../cloud/store/board.port';
import type { Store } from '../../cloud/store/store.port';
import type { Order } from '../../types/domain';
import type { Page } from '../../types/views';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** What the contract needs from the order kit: an order of c1 (or c2) closed by its resident at a minute. */
export interface BoardKit {
  closedOrder(spec: { closeAt: number; comment?: string | null; communityId?: string; id?: string }): Promise<Order>;
}

export function describeBoardContract(storeOf: () => Store, kitOf: () => BoardKit): void {
  describe('晒 board', () => {
    const store = () => storeOf();

    async function realisedWish(id: string, minute: number) {
      const s = store();
      const { id: userId } = await s.ensureUser('bw-member', 'bw-member');
      await s.applyMember({ userId, communityId: 'c1', realName: '王党员', phone: '13900001111', workUnit: '单位', branch: '支部', skills: [], teamId: null, gridId: null, createdAt: T0.toISOString() });
      await s.reviewMember(userId, 'c1', 'verified', null, 'reviewer', T0);
      const caller: Caller = { userId, name: '王党员', roles: await s.rolesOf(userId), member: await s.getMember(userId, 'c1') };
      const { id: staffId } = await s.ensureUser('bw-staff', 'bw-staff');
      await s.grantRole(staffId, 'staff', { communityId: 'c1' });
      const staff: Caller = { userId: staffId, name: '社工', roles: await s.rolesOf(staffId), member: null };
      let wish = await s.createWish(
        newWish(
          {
            id, community: { id: 'c1', streetId: 'st1', name: '一号社区' }, beneficiaryId: null, beneficiaryTag: '独居老人', title: '想要一台收音机',
            story: '老人独居', photos: [], value: 80, points: 6, releaseAt: at(0).toISOString(), deadline: at(60 * 24 * 7).toISOString(), postedBy: 'staff',
          },
          at(-10),
          DEFAULT_SETTINGS,
        ),
      );
      const step = async (cmd: Parameters<typeof decideWish>[1], now: Date) => {
        const decision = decideWish(wish, cmd, { now, caller: cmd.type === 'confirm' ? staff : caller, unit: null });
        const change = { wishId: wish.id, expectVersion: wish.version, decision, actor: { id: userId, role: 'member' as const }, now };
        const out = cmd.type === 'claim' ? await s.claimWish(change, 3) : { ok: true as const, wish: await s.transitionWish(change) };
        if (!out.ok || !out.wish) throw new Error(`wish ${cmd.type} failed`);
        wish = out.wish;
      };
      await step({ type: 'claim', claimer: { kind: 'member', id: userId, name: '王党员' }, held: 0, holdLimit: 3 }, at(1));
      await step({ type: 'deliver', note: '已送到', photos: [] }, at(2));
      await step({ type: 'confirm', thanks: null }, at(minute));
      return wish;
    }

    async function walk(q: Parameters<Store['boardItems']>[0], limit: number): Promise<BoardSource[]> {
      const out: BoardSource[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<BoardSource> = await store().boardItems(q, { cursor, limit });
        out.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return out;
    }
    const keys = (items: BoardSource[]) => items.map((i) => `${i.kind}:${i.id}`);
    const c1 = { communityId: 'c1', withHidden: false };

    test('closed orders and realised wishes, newest first, ties by kind then id, in pages that neither skip nor repeat', async () => {
      const k = kitOf();
      const a = await k.closedOrder({ id: 'bo-a', closeAt: 10, comment: '很及时' });
      await k.closedOrder({ id: 'bo-b', closeAt: 20 });
      await k.closedOrder({ id: 'bo-c', closeAt: 20 });
      await k.closedOrder({ id: 'bo-other', closeAt: 25, communityId: 'c2' });
      await realisedWish('bw-1', 20);
      await realisedWish('bw-2', 30);
      const all = await walk(c1, 2);
      expect(keys(all)).toEqual(['wish:bw-2', 'wish:bw-1', 'order:bo-c', 'order:bo-b', 'order:bo-a']);
      for (const size of [1, 3, 10]) expect(keys(await walk(c1, size))).toEqual(keys(all));
      expect(a.rating).toMatchObject({ stars: 5, comment: '很及时' });
      expect(all[4]).toEqual({
        kind: 'order', id: 'bo-a', communityId: 'c1', at: at(10).toISOString(), hidden: false, commentApproved: false,
        categoryId: a.categoryId, gridId: a.gridId, createdAt: a.createdAt, completedAt: a.completedAt,
        rating: a.rating,
      });
      expect(all[0]).toMatchObject({ kind: 'wish', at: at(30).toISOString(), title: '想要一台收音机', beneficiaryLabel: '一号社区 · 独居老人', claimer: { kind: 'member', name: '王党员' } });
      expect(keys(await walk({ communityId: 'c2', withHidden: false }, 5))).toEqual(['order:bo-other']);
    });

    test('staff marks: a hidden item leaves the public board and by-id reads, stays for staff; marks change and read back', async () => {
      const k = kitOf();
      await k.closedOrder({ id: 'bo-a', closeAt: 10, comment: '很及时' });
      await k.closedOrder({ id: 'bo-b', closeAt: 20 });
      await realisedWish('bw-1', 15);
      await store().markBoardItem({ communityId: 'c1', kind: 'order', id: 'bo-b', hidden: true, by: 'staff', at: at(40) });
      await store().markBoardItem({ communityId: 'c1', kind: 'wish', id: 'bw-1', hidden: true, by: 'staff', at: at(40) });
      await store().markBoardItem({ communityId: 'c1', kind: 'order', id: 'bo-a', commentApproved: true, by: 'staff', at: at(41) });
      expect(keys(await walk(c1, 1))).toEqual(['order:bo-a']);
      expect((await walk(c1, 5))[0]).toMatchObject({ hidden: false, commentApproved: true });
      const staffView = await walk({ communityId: 'c1', withHidden: true }, 1);
      expect(staffView.map((i) => [i.id, i.hidden])).toEqual([['bo-b', true], ['bw-1', true], ['bo-a', false]]);
      expect((await store().boardItems({ ...c1, item: { kind: 'order', id: 'bo-b' } }, { cursor: null, limit: 1 })).items).toEqual([]);
      expect(keys((await store().boardItems({ ...c1, item: { kind: 'order', id: 'bo-a' } }, { cursor: null, limit: 1 })).items)).toEqual(['order:bo-a']);
      expect((await store().boardItems({ ...c1, item: { kind: 'wish', id: 'bo-a' } }, { cursor: null, limit: 1 })).items).toEqual([]);
      expect((await store().boardItems({ communityId: 'c2', withHidden: true, item: { kind: 'order', id: 'bo-a' } }, { cursor: null, limit: 1 })).items).toEqual([]);

      // Showing it again keeps the other mark; approving keeps the hiding.
      await store().markBoardItem({ communityId: 'c1', kind: 'order', id: 'bo-b', hidden: false, by: 'staff', at: at(50) });
      await store().markBoardItem({ communityId: 'c1', kind: 'order', id: 'bo-a', hidden: true, by: 'staff', at: at(51) });
      const after = await walk({ communityId: 'c1', withHidden: true }, 5);
      expect(after.map((i) => [i.id, i.hidden, i.kind === 'order' && i.commentApproved])).toEqual([['bo-b', false, false], ['bw-1', true, false], ['bo-a', true, true]]);
      expect(keys(await walk(c1, 5))).toEqual(['order:bo-b']);
    });

    test('a cursor the store did not write is refused', async () => {
      await expect(store().boardItems(c1, { cursor: 'bm90LWEtY3Vyc29y', limit: 5 })).rejects.toMatchObject({ code: 'INPUT.INVALID' });
      const forged = Buffer.from(JSON.stringify([at(0).toISOString(), 'member:x'])).toString('base64url');
      await expect(store().boardItems(c1, { cursor: forged, limit: 5 })).rejects.toMatchObject({ code: 'INPUT.INVALID' });
    });
  });
}
