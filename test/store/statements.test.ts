/**
 * The budget of the two busiest requests in database round trips (bench/calls.ts): statements on PostgreSQL, as the
 * bench counts them (a transaction is one more); calls on CloudBase, each one billed on WeChat cloud.
 */
import { cloudbaseCalls, pgCalls } from '../../bench/calls';
import { ENGINES, openTestStore, resetStore, testPlaces } from '../factories';

describe.each(ENGINES)('statements per request on $name', ({ url }) => {
  test('a won claim takes 2, a lost claim 1, a submission 1', async () => {
    const store = await openTestStore(url);
    try {
      await resetStore(store);
      expect(await pgCalls(store, testPlaces())).toEqual({ won: 2, lost: 1, submit: 1 });
    } finally {
      await store.close();
    }
  });
});

test('database calls per request on CloudBase (wx-server-sdk on mingo)', async () => {
  // The order document carries its holders and timeline; the member's limit sits on its own document (claimers).
  expect(await cloudbaseCalls(testPlaces())).toEqual({ won: 9, lost: 2, submit: 4 });
});
