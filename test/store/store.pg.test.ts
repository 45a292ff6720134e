/**
 * The store contract on the PostgreSQL adapter: PGlite in memory always, a PostgreSQL server too when
 * TEST_DATABASE_URL is set. One store per engine for the whole file; emptied between tests.
 */
import { ENGINES, openTestStore, resetStore } from '../factories';
import { describeStoreContract } from './store.contract';

for (const engine of ENGINES) {
  describeStoreContract(engine.name, async () => {
    const store = await openTestStore(engine.url);
    return { store, reset: () => resetStore(store), close: () => store.close() };
  });
}
