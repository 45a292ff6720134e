/**
 * The stats fold job with an injected clock: it reads what changed since its watermark in batches and goes on from
 * there on the next run, leaves orders changed after its `now` for later, and still folds a step whose transaction
 * committed after the watermark had passed its instant (the overlap).
 */
import { foldStats, FOLD_OVERLAP_MS } from '../../cloud/jobs/stats.fold';
import type { PgStore } from '../../cloud/store/store.pg';
import { openTestStore, resetStore } from '../factories';
import { History, min } from '../stats-history';

let store: PgStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());
beforeEach(() => resetStore(store));

const received = async () => (await store.statsDays(['c1'], { fromDay: '2026-03-01', toDay: '2026-03-31' }, 'month')).reduce((n, r) => n + r.counters.received, 0);

test('a backlog is folded batch by batch, one run going on where the last stopped', async () => {
  const h = await History.start(store);
  for (let i = 0; i < 450; i++) await h.submit(`o${String(i).padStart(3, '0')}`, min(i));
  expect(await foldStats(store, min(1000), { maxBatches: 1 })).toEqual({ read: 200, folded: 200 });
  expect(await received()).toBe(200);
  expect(await store.statsWatermark()).toEqual({ at: min(199).toISOString(), orderId: 'o199' });
  // The next run starts 5 minutes before the watermark: it reads minutes 194–199 again and folds none of them twice.
  expect(await foldStats(store, min(1000), { maxBatches: 1 })).toEqual({ read: 200, folded: 194 });
  expect(await foldStats(store, min(1000))).toEqual({ read: 62, folded: 56 });
  expect(await received()).toBe(450);
});

test('orders changed after the run\'s instant wait for a later run', async () => {
  const h = await History.start(store);
  await h.submit('early', min(0));
  await h.submit('late', min(30));
  expect(await foldStats(store, min(10))).toEqual({ read: 1, folded: 1 });
  expect(await received()).toBe(1);
  expect((await foldStats(store, min(31))).folded).toBe(1);
  expect(await received()).toBe(2);
});

test('a step committed with an instant the watermark had already passed is folded within the overlap', async () => {
  const h = await History.start(store);
  await h.submit('a', min(0));
  await h.submit('b', min(10));
  await foldStats(store, min(20));
  // A transaction that began at minute 8 and committed only now: its updatedAt is behind the watermark (minute 10).
  await h.dispatch('a', min(8));
  expect(FOLD_OVERLAP_MS).toBeGreaterThanOrEqual(2 * 60_000);
  expect((await foldStats(store, min(20))).folded).toBe(1);
  const [row] = await store.statsDays(['c1'], { fromDay: '2026-03-01', toDay: '2026-03-01' }, 'month');
  expect(row.counters).toMatchObject({ received: 2, st_open: 1, st_submitted: 1, accept_due: 1, accept_in_time: 1 });
});
