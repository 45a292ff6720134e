/**
 * 微心愿 "秒杀": 200 members claim one order at the same moment through the real host.
 * Exactly N win; everyone else is told clearly; nothing in the store is left half-done.
 */
import { ENGINES, inDays, makePerson, resetStore, startTestHost, submission, type Client, type TestHost } from '../factories';

const RUSH = 200;

describe.each(ENGINES)('claim rush on $name', ({ url }) => {
  let host: TestHost;
  let members: Client[];
  let staff: Client;
  let resident: Client;

  beforeAll(async () => {
    host = await startTestHost({ databaseUrl: url });
    await resetStore(host.store);
    await makePerson(host.store, 'resident', 'resident');
    await makePerson(host.store, 'staff', 'staff');
    for (let i = 0; i < RUSH; i++) await makePerson(host.store, `m${i}`, 'member');
    [resident, staff] = await Promise.all([host.as('resident'), host.as('staff')]);
    members = await Promise.all(Array.from({ length: RUSH }, (_, i) => host.as(`m${i}`)));
  });
  afterAll(() => host.stop());

  test.each([1, 3])('%i slot(s): exactly that many winners, the rest a clear error', async (headcount) => {
    const order = await resident.ok('order.submit', submission(`rush-${headcount}`));
    await staff.ok('order.dispatch', { orderId: order.id, deadline: inDays(1), headcount });

    const results = await Promise.all(members.map((m) => m.call('order.claim', { orderId: order.id })));

    const winners = results.filter((r) => r.code === 0);
    const losers = results.filter((r) => r.code !== 0);
    expect(winners).toHaveLength(headcount);
    expect(new Set(losers.map((r) => r.code))).toEqual(new Set(['ORDER.NOT_CLAIMABLE']));
    expect(losers[0]).toMatchObject({ message: '该需求已被其他党员认领' });

    const [row] = await host.store.db.query<{ status: string; held: number; version: number }>(
      'SELECT status, held, version FROM orders WHERE id = $1',
      [order.id],
    );
    expect(row).toMatchObject({ status: 'in_progress', held: headcount });
    const claims = await host.store.db.query<{ member_id: string }>(`SELECT member_id FROM claims WHERE order_id = $1 AND state = 'active'`, [order.id]);
    expect(new Set(claims.map((c) => c.member_id)).size).toBe(headcount);
    const events = await host.store.events(order.id);
    expect(events.filter((e) => e.type === 'claim')).toHaveLength(headcount);
    // Each winner really holds it: their detail lists them among the holders, with the contact unmasked.
    for (const w of winners) {
      const detail = (w as { data: { holders: { memberId: string }[]; contactMasked: boolean } }).data;
      expect(detail.holders.length).toBeGreaterThan(0);
      expect(detail.contactMasked).toBe(false);
    }
    const holderIds = (await host.store.getOrder(order.id))!.holders.map((h) => h.memberId).sort();
    expect(holderIds).toEqual(claims.map((c) => c.member_id).sort());
  });
});
