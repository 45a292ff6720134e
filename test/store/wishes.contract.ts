/**
 * The 微心愿 part of the store contract: posting and the lists (wall, staff, claimer), the first-claimer-wins claim
 * within the hold limit (also under 200 claimers at once), steps conditional on the version with their points and
 * notices, the sweep's due list, rankings, and partner units. Called from describeStoreContract for every adapter.
 */
import type { Caller } from '../../cloud/domain/access';
import { decideWish } from '../../cloud/domain/wish.decide';
import type { WishCommandInput } from '../../cloud/domain/wish.commands';
import { newWish } from '../../cloud/domain/wish.create';
import { DEFAULT_SETTINGS } from '../../cloud/domain/policies';
import type { Store } from '../../cloud/store/store.port';
import type { Unit, Wish, WishClaimer } from '../../types/wishes';

const T0 = new Date('2026-03-01T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const first = { cursor: null, limit: 50 };
const LIMIT = DEFAULT_SETTINGS.wishHoldLimit;

export function describeWishesContract(storeOf: () => Store): void {
  describe('微心愿', () => {
    let seq = 0;
    const store = () => storeOf();

    async function person(openid: string, role: 'member' | 'staff' | 'resident' = 'member'): Promise<Caller> {
      const s = store();
      const { id } = await s.ensureUser(openid, openid);
      if (role === 'member') {
        await s.applyMember({ userId: id, communityId: 'c1', realName: `党员${openid}`, phone: '13900001111', workUnit: '单位', branch: '支部', skills: [], teamId: null, gridId: null, createdAt: T0.toISOString() });
        await s.reviewMember(id, 'c1', 'verified', null, 'reviewer', T0);
      } else await s.grantRole(id, role, { communityId: 'c1' });
      return { userId: id, name: openid, roles: await s.rolesOf(id), member: await s.getMember(id, 'c1') };
    }

    async function post(spec: { release?: Date; deadline?: Date; title?: string } = {}): Promise<Wish> {
      const id = `wish-${String(++seq).padStart(3, '0')}`;
      const wish = newWish(
        {
          id, community: { id: 'c1', streetId: 'st1', name: '一号社区' }, beneficiaryId: null, beneficiaryTag: '独居老人',
          title: spec.title ?? `想要一台收音机 ${id}`, story: '老人独居，想听戏曲', photos: [], value: 80, points: 6,
          releaseAt: (spec.release ?? at(0)).toISOString(), deadline: (spec.deadline ?? at(60 * 24 * 7)).toISOString(), postedBy: 'staff',
        },
        at(-10),
        DEFAULT_SETTINGS,
      );
      return store().createWish(wish);
    }

    const asMember = (c: Caller): WishClaimer => ({ kind: 'member', id: c.userId, name: c.member!.realName });

    async function claim(wish: Wish, caller: Caller, now = at(1), unit: Unit | null = null, limit = LIMIT) {
      const claimer = unit ? { kind: 'unit' as const, id: unit.id, name: unit.name } : asMember(caller);
      const decision = decideWish(wish, { type: 'claim', claimer, held: 0, holdLimit: limit }, { now, caller, unit });
      return store().claimWish({ wishId: wish.id, expectVersion: wish.version, decision, actor: { id: caller.userId, role: 'member' }, now }, limit);
    }

    async function step(wish: Wish, cmd: WishCommandInput, caller: Caller, now = at(2), unit: Unit | null = null) {
      const decision = decideWish(wish, cmd, { now, caller, unit });
      return store().transitionWish({ wishId: wish.id, expectVersion: wish.version, decision, actor: { id: caller.userId, role: 'staff' }, now });
    }

    async function unit(name: string, contact: Caller, status: 'pending' | 'verified' = 'verified'): Promise<Unit> {
      const u = (await store().createUnit({
        id: `unit-${++seq}`, communityId: 'c1', name, kind: 'private_firm', contactName: '联系人', phone: '13800001111',
        contactIds: [contact.userId], status: 'pending', reviewNote: null, createdAt: at(seq).toISOString(),
      }))!;
      return status === 'verified' ? (await store().reviewUnit(u.id, 'verified', null, 'staff', T0))! : u;
    }

    test('a posted wish reads back whole; the wall shows released ones only, staff see every one', async () => {
      const now = await post({ release: at(0) });
      const later = await post({ release: at(30) });
      expect(await store().getWish(now.id)).toEqual(now);
      expect(now).toMatchObject({ status: 'open', beneficiaryLabel: '一号社区 · 独居老人', claimer: null, version: 1 });
      const wall = (t: Date) => store().listWishes({ kind: 'wall', communityId: 'c1', now: t }, first).then((p) => p.items.map((w) => w.id));
      expect(await wall(at(1))).toEqual([now.id]);
      expect(await wall(at(30))).toEqual([later.id, now.id]);
      expect(await wall(at(-5))).toEqual([]);
      expect((await store().listWishes({ kind: 'wall', communityId: 'c2', now: at(60) }, first)).items).toEqual([]);
      const staff = await store().listWishes({ kind: 'staff', communityId: 'c1' }, { cursor: null, limit: 1 });
      expect(staff.items.map((w) => w.id)).toEqual([later.id]);
      const next = await store().listWishes({ kind: 'staff', communityId: 'c1' }, { cursor: staff.nextCursor, limit: 1 });
      expect(next.items.map((w) => w.id)).toEqual([now.id]);
      expect(next.nextCursor).toBeNull();
    });

    test('the first claimer wins; the next is refused and nothing changes; the hold is counted', async () => {
      const w = await post();
      const [a, b] = [await person('wa'), await person('wb')];
      const won = await claim(w, a);
      expect(won).toMatchObject({ ok: true, wish: { status: 'claimed', claimer: asMember(a), claimedBy: a.userId, version: 2 } });
      expect(await claim(w, b)).toEqual({ ok: false, reason: 'taken' });
      expect((await store().getWish(w.id))!.claimer).toEqual(asMember(a));
      expect(await store().wishHeld({ kind: 'member', id: a.userId })).toBe(1);
      expect(await store().wishHeld({ kind: 'member', id: b.userId })).toBe(0);
      const mine = await store().listWishes({ kind: 'claimer', claimers: [{ kind: 'member', id: a.userId }] }, first);
      expect(mine.items.map((x) => x.id)).toEqual([w.id]);
    });

    test('the store itself refuses a claim before the release time or past the deadline', async () => {
      const early = await post({ release: at(30) });
      const a = await person('wa');
      // Decided as if at the release time, committed a minute early.
      const decision = decideWish(early, { type: 'claim', claimer: asMember(a), held: 0, holdLimit: LIMIT }, { now: at(30), caller: a, unit: null });
      const change = { wishId: early.id, expectVersion: 1, decision, actor: { id: a.userId, role: 'member' as const }, now: at(29) };
      expect(await store().claimWish(change, LIMIT)).toEqual({ ok: false, reason: 'taken' });
      expect(await store().claimWish({ ...change, now: at(60 * 24 * 8) }, LIMIT)).toEqual({ ok: false, reason: 'taken' });
      expect(await store().wishHeld({ kind: 'member', id: a.userId })).toBe(0);
    });

    test('a claimer holds at most the limit of unrealised wishes; realising one frees a place', async () => {
      const a = await person('wa');
      const staff = await person('ws', 'staff');
      const [w1, w2, w3] = [await post(), await post(), await post()];
      expect(await claim(w1, a)).toMatchObject({ ok: true });
      expect(await claim(w2, a)).toMatchObject({ ok: true });
      expect(await claim(w3, a)).toEqual({ ok: false, reason: 'limit' });
      expect((await store().getWish(w3.id))!.status).toBe('open');
      const delivered = (await step((await store().getWish(w1.id))!, { type: 'deliver', note: '已送到老人家', photos: [] }, a))!;
      expect(await store().wishHeld({ kind: 'member', id: a.userId })).toBe(2);
      await step(delivered, { type: 'confirm', thanks: '谢谢' }, staff, at(3));
      expect(await store().wishHeld({ kind: 'member', id: a.userId })).toBe(1);
      expect(await claim(w3, a, at(4))).toMatchObject({ ok: true });
    });

    test('200 claimers at once on one wish: one winner, and only the winner holds it', async () => {
      const w = await post();
      const callers = await Promise.all(Array.from({ length: 200 }, (_, i) => person(`rush${i}`)));
      const outcomes = await Promise.all(callers.map((c) => claim(w, c)));
      const winners = outcomes.flatMap((o, i) => (o.ok ? [callers[i]] : []));
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.reason === 'taken')).toBe(true);
      expect((await store().getWish(w.id))!).toMatchObject({ status: 'claimed', claimer: asMember(winners[0]), version: 2 });
      const held = await Promise.all(callers.map((c) => store().wishHeld({ kind: 'member', id: c.userId })));
      expect(held.reduce((a, b) => a + b, 0)).toBe(1);
    });

    test("one unit's contacts racing for five wishes at once stay within its hold limit", async () => {
      const [c1, c2] = [await person('contact1', 'resident'), await person('contact2', 'resident')];
      const u = await unit('常州某科技公司', c1);
      const shared = (await store().getUnit(u.id))!;
      const wishes = await Promise.all([1, 2, 3, 4, 5].map(() => post()));
      const outcomes = await Promise.all(wishes.map((w, i) => claim(w, i % 2 ? c2 : c1, at(1), { ...shared, contactIds: [c1.userId, c2.userId] })));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(LIMIT);
      expect(await store().wishHeld({ kind: 'unit', id: u.id })).toBe(LIMIT);
    });

    test('steps commit on the version only; confirming awards the member once and tells them', async () => {
      const a = await person('wa');
      const staff = await person('ws', 'staff');
      const w = await post();
      const claimed = ((await claim(w, a)) as { wish: Wish }).wish;
      const delivered = (await step(claimed, { type: 'deliver', note: '已送到', photos: ['/files/p.png'] }, a))!;
      expect(delivered).toMatchObject({ status: 'delivered', deliveryNote: '已送到', deliveryPhotos: ['/files/p.png'], deliveredAt: at(2).toISOString(), version: 3 });
      expect(await step(claimed, { type: 'release' }, a)).toBeNull();
      const decision = decideWish(delivered, { type: 'confirm', thanks: '老人说谢谢' }, { now: at(3), caller: staff, unit: null });
      const notices = [{ to: { userId: a.userId }, kind: 'wish_realised' as const, orderId: w.id, title: w.title, text: '已实现', key: `wish:${w.id}:4`, actorId: staff.userId }];
      const change = { wishId: w.id, expectVersion: 3, decision, actor: { id: staff.userId, role: 'staff' as const }, now: at(3), notices };
      expect(await store().transitionWish(change)).toMatchObject({ status: 'realised', thanks: '老人说谢谢', realisedAt: at(3).toISOString(), version: 4 });
      expect(await store().transitionWish(change)).toBeNull();
      expect(await store().ledgerTotals(a.userId, 'c1')).toEqual({ points: 6, hours: 0, orders: 0 });
      const told = await store().listNotices(a.userId, first);
      expect(told.items.map((n) => [n.kind, n.orderId])).toEqual([['wish_realised', w.id]]);
    });

    test('the sweep finds open and claimed wishes past their deadline, earliest first; returning frees the hold', async () => {
      const a = await person('wa');
      const soon = await post({ deadline: at(10) });
      const sooner = await post({ deadline: at(5) });
      await post({ deadline: at(100) });
      await claim(sooner, a);
      const due = await store().dueWishes('c1', at(20), 10);
      expect(due.map((w) => w.id)).toEqual([sooner.id, soon.id]);
      const returned = await step(due[0], { type: 'expire' }, { userId: 'system', name: '系统', roles: [], member: null, system: true }, at(20));
      expect(returned).toMatchObject({ status: 'returned', claimer: null, returnedAt: at(20).toISOString() });
      expect(await store().wishHeld({ kind: 'member', id: a.userId })).toBe(0);
      expect((await store().dueWishes('c1', at(20), 10)).map((w) => w.id)).toEqual([soon.id]);
      expect((await store().listWishes({ kind: 'wall', communityId: 'c1', now: at(20) }, first)).items.map((w) => w.id)).not.toContain(sooner.id);
    });

    test('rankings count realised wishes per member and per unit within the period', async () => {
      const [a, b, contact] = [await person('wa'), await person('wb'), await person('wc', 'resident')];
      const staff = await person('ws', 'staff');
      const u = await unit('爱心企业', contact);
      const realise = async (c: Caller, when: Date, un: Unit | null = null) => {
        const w = await post();
        const claimed = ((await claim(w, c, at(1), un)) as { wish: Wish }).wish;
        const d = (await step(claimed, { type: 'deliver', note: '送到了', photos: [] }, c, at(1), un))!;
        await step(d, { type: 'confirm', thanks: null }, staff, when);
      };
      await realise(a, at(10));
      await realise(a, at(11));
      await realise(b, at(12));
      await realise(contact, at(13), u);
      await realise(b, at(500));
      expect(await store().wishRanking('c1', at(0), at(100), 10)).toEqual([
        { kind: 'member', id: a.userId, name: '党员wa', count: 2 },
        // Ties: whoever realised one first.
        { kind: 'member', id: b.userId, name: '党员wb', count: 1 },
        { kind: 'unit', id: u.id, name: '爱心企业', count: 1 },
      ]);
      expect(await store().wishRanking('c2', at(0), at(1000), 10)).toEqual([]);
    });

    test('units: one of a name per community until rejected; contacts find theirs; reviewed once', async () => {
      const c = await person('wc', 'resident');
      const u = await unit('社区超市', c, 'pending');
      expect(await store().getUnit(u.id)).toEqual(u);
      expect(u).toMatchObject({ status: 'pending', contactIds: [c.userId], reviewNote: null });
      const again = { ...u, id: 'unit-dup' };
      expect(await store().createUnit(again)).toBeNull();
      expect(await store().unitsOf(c.userId, 'c1')).toEqual([u]);
      expect(await store().unitsOf(c.userId, 'c2')).toEqual([]);
      expect(await store().reviewUnit(u.id, 'rejected', '材料不全', 'staff', T0)).toMatchObject({ status: 'rejected', reviewNote: '材料不全' });
      expect(await store().reviewUnit(u.id, 'verified', null, 'staff', T0)).toBeNull();
      expect(await store().createUnit(again)).toMatchObject({ id: 'unit-dup', status: 'pending' });
      const all = await store().listUnits('c1', null, first);
      expect(all.items.map((x) => x.id)).toEqual(['unit-dup', u.id]);
      expect((await store().listUnits('c1', 'pending', first)).items.map((x) => x.id)).toEqual(['unit-dup']);
    });
  });
}
