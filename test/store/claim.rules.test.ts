/**
 * The claim's rules live in the domain (order.machine.ts); the store's one conditional statement re-checks three of
 * them and sets the status afterClaim sets (cloud/store/pg/claim.sql.ts). Here both judge the same orders — every
 * headcount, slots taken, holding or not, under or at the limit — and must agree: the same verdict, the same reason
 * when one rule fails, the same status after a won claim.
 */
import { DomainError } from '../../cloud/domain/domain.error';
import { decide } from '../../cloud/domain/order.decide';
import type { ClaimSnapshot } from '../../cloud/store/store.port';
import type { PgStore } from '../../cloud/store/store.pg';
import { benchPlaces, openBatch } from '../../bench/data';
import { ENGINES, makePerson, openTestStore, resetStore } from '../factories';

const MAX = 2;
/** The domain's refusals as the store names them; a full order has left the pool (no claim from in_progress). */
const REASON = {
  'ORDER.NOT_CLAIMABLE': 'full',
  'ORDER.INVALID_TRANSITION': 'full',
  'ORDER.ALREADY_HOLDING': 'holding',
  'ORDER.CLAIM_LIMIT': 'limit',
} as const;

describe.each(ENGINES)('claim rules: domain and store agree on $name', ({ url }) => {
  let store: PgStore;
  let n = 0;
  beforeAll(async () => {
    store = await openTestStore(url);
  });
  afterAll(() => store.close());

  async function caller(userId: string) {
    return { userId, name: 'x', roles: await store.rolesOf(userId), member: await store.getMember(userId, 'c1') };
  }

  /** The domain's decision, as a claim change the store can be given whatever the domain says. */
  async function change(snapshot: ClaimSnapshot, memberId: string) {
    const c = await caller(memberId);
    const cmd = { type: 'claim', activeClaims: snapshot.activeClaims, maxActiveClaims: MAX } as const;
    let verdict: string = 'ok';
    let to: string | null = null;
    try {
      to = decide(snapshot.order, cmd, { now: new Date(), caller: c }).to;
    } catch (e) {
      verdict = REASON[(e as DomainError).code as keyof typeof REASON] ?? (e as DomainError).code;
    }
    // What the store is given does not depend on the verdict: the domain's decision for an order it accepts.
    const open = { ...snapshot.order, status: 'open' as const, holders: [], headcount: 99 };
    const decision = decide(open, { ...cmd, activeClaims: 0 }, { now: new Date(), caller: c });
    return { verdict, to, change: { orderId: snapshot.order.id, expectVersion: snapshot.order.version, decision, actor: { id: memberId, role: 'member' as const }, now: new Date() } };
  }

  test.each([1, 2, 3])('headcount %i: every number of slots taken, holding or not, under or at the limit', async (headcount) => {
    await resetStore(store);
    await store.savePlaces(benchPlaces()); // the categories and grids openBatch writes
    const resident = await makePerson(store, 'r', 'resident');
    const others = [];
    for (let i = 0; i < 3; i++) others.push(await makePerson(store, `o${i}`, 'member'));
    const me = await makePerson(store, 'me', 'member');
    const claimAs = async (id: string, memberId: string) =>
      expect((await store.claim((await change((await store.getOrderForClaim(id, memberId))!, memberId)).change, 99)).ok).toBe(true);

    for (const taken of Array.from({ length: headcount + 1 }, (_, i) => i)) {
      for (const holding of taken > 0 ? [false, true] : [false]) {
        for (const atLimit of [false, true]) {
          const [id] = await openBatch(store.db, `rule${++n}`, 1, resident, new Date());
          await store.db.query('UPDATE orders SET headcount = $2 WHERE id = $1', [id, headcount]);
          for (const h of holding ? [me, ...others.slice(0, taken - 1)] : others.slice(0, taken)) await claimAs(id, h);
          // The member's other unfinished claims: up to the limit, or one short of it.
          const more = (atLimit ? MAX : MAX - 1) - (holding ? 1 : 0);
          for (const s of await openBatch(store.db, `spare${++n}`, more, resident, new Date())) {
            await store.db.query('UPDATE orders SET headcount = 1 WHERE id = $1', [s]);
            await claimAs(s, me);
          }

          const snapshot = (await store.getOrderForClaim(id, me))!;
          const judged = await change(snapshot, me);
          const outcome = await store.claim(judged.change, MAX);
          const failing = [taken >= headcount, holding, snapshot.activeClaims >= MAX].filter(Boolean).length;
          const label = `taken ${taken}, holding ${holding}, active ${snapshot.activeClaims}`;
          expect([label, outcome.ok]).toEqual([label, judged.verdict === 'ok']);
          if (outcome.ok) expect([label, outcome.order.status]).toEqual([label, judged.to]);
          else if (failing === 1) expect([label, outcome.reason]).toEqual([label, judged.verdict]);
          await store.db.query(`UPDATE claims SET state = 'done' WHERE state = 'active'`);
        }
      }
    }
  });
});
